// A TCP proxy the test controls, put between an app instance and PostgreSQL to simulate an outage:
// `cut()` drops every open connection and then refuses new ones (nothing listens) or holds them
// (accepted, never answered: the "network black hole" that only a timeout ends); `restore()` forwards
// again. Test code only.
import net from "node:net";

export type OutageMode = "refuse" | "hold";

export interface TcpProxy {
  /** The port the proxy listens on (stays the same across cut and restore). */
  readonly port: number;
  /** `url` with its host and port replaced by the proxy's (database name, user and options kept). */
  urlThrough(url: string): string;
  /** Drops every open connection; then refuses or holds new ones until `restore()`. */
  cut(mode?: OutageMode): Promise<void>;
  /** Forwards new connections again (held ones are dropped: their clients have given up by now). */
  restore(): Promise<void>;
  /** Connections currently forwarded. */
  readonly openConnections: number;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }, listenPort = 0): Promise<TcpProxy> {
  let mode: "forward" | OutageMode = "forward";
  const pairs = new Set<[net.Socket, net.Socket]>();
  const held = new Set<net.Socket>();

  const onConnection = (client: net.Socket) => {
    client.on("error", () => undefined);
    if (mode === "hold") {
      held.add(client);
      client.once("close", () => held.delete(client));
      return;
    }
    const upstream = net.connect(target.port, target.host);
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.once("close", drop);
    upstream.once("close", drop);
    client.pipe(upstream);
    upstream.pipe(client);
  };

  const server = net.createServer(onConnection);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve((server.address() as net.AddressInfo).port);
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  const port = await listen(listenPort);

  const dropAll = () => {
    for (const [client, upstream] of pairs) {
      // A reset, not a polite FIN: what a crashed server or a dropped network looks like to pg.
      client.resetAndDestroy();
      upstream.destroy();
    }
    pairs.clear();
  };

  return {
    port,
    urlThrough(url: string) {
      const u = new URL(url);
      u.hostname = "127.0.0.1";
      u.port = String(port);
      return u.toString();
    },
    async cut(next: OutageMode = "refuse") {
      mode = next;
      // server.close() stops accepting at once but reports "closed" only when the last connection has
      // gone, so the connections are dropped in between.
      const stopped = next === "refuse" ? stopListening() : Promise.resolve();
      dropAll();
      if (next === "refuse") {
        for (const socket of held) socket.destroy();
        held.clear();
        await stopped;
      } else if (!server.listening) await listen(port);
    },
    async restore() {
      mode = "forward";
      for (const socket of held) socket.destroy();
      held.clear();
      if (!server.listening) await listen(port);
    },
    get openConnections() {
      return pairs.size;
    },
    async close() {
      const stopped = stopListening();
      dropAll();
      for (const socket of held) socket.destroy();
      await stopped;
    },
  };
}

/** Host and port of a postgresql:// URL (the default port when it names none). */
export function databaseAddress(url: string): { host: string; port: number } {
  const u = new URL(url);
  return {
    host: u.hostname === "localhost" ? "127.0.0.1" : u.hostname.replace(/^\[|\]$/g, ""),
    port: Number(u.port || 5432),
  };
}
