// The embedded database (scripts/embedded-db.ts) is one PGlite session behind pglite-socket, whose
// queue runs the protocol messages of all connections one message at a time, keeping a connection's
// messages together only inside a transaction block. A query in the extended protocol (Parse, Bind,
// Describe, Execute, Sync) is several messages outside one, so when a connection's messages arrive
// in pieces (TCP may split a write anywhere; the app's connections also pass a proxy in
// scripts/dev.ts), another connection's Parse could replace its unnamed statement before its Bind:
// "bind message supplies 1 parameters, but prepared statement "" requires 2" on a newcomer's
// `npm run dev`, 6 December 2026 (upstream: electric-sql/pglite#1046). This loopback gate in front of
// it lets one connection at a time talk to the session, from its first message until the session is
// idle again: every Sync or Query it sent has been answered (ReadyForQuery), outside a transaction
// block, with no message of its begun. The other connections' bytes wait in order.
import net from "node:net";

const SSL_REQUEST = 80877103;

/**
 * Reads where the protocol messages of one direction begin and end without keeping them: a result
 * of several megabytes passes through in its chunks. Each message's type and the first byte of its
 * body are reported (ReadyForQuery's body is the transaction status). With `startup`, the first
 * messages have no type byte (the startup message, or an SSL request answered by one raw byte).
 */
class Frames {
  private head: number[] = [];
  private skip = 0;
  constructor(
    private startup: boolean,
    private readonly onMessage: (type: string, first: number | undefined) => void,
    private readonly onStartup: (code: number) => void = () => undefined,
  ) {}

  /** Whether a message has begun and not ended. */
  get midMessage(): boolean {
    return this.head.length > 0 || this.skip > 0;
  }

  push(chunk: Buffer): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - i);
        this.skip -= n;
        i += n;
        continue;
      }
      this.head.push(chunk[i++]!);
      const h = Buffer.from(this.head);
      if (this.startup) {
        if (h.length < 8) continue;
        const code = h.readInt32BE(4);
        this.skip = h.readInt32BE(0) - 8;
        this.head = [];
        this.onStartup(code);
        if (code !== SSL_REQUEST) this.startup = false;
        continue;
      }
      // Type, length, and the body's first byte (none when the body is empty).
      if (h.length < 5) continue;
      const body = h.readInt32BE(1) - 4;
      if (body > 0 && h.length < 6) continue;
      this.onMessage(String.fromCharCode(h[0]!), body > 0 ? h[5] : undefined);
      this.skip = Math.max(0, body - 1);
      this.head = [];
    }
  }
}

/** One client connection and its own connection to the database behind the gate. */
interface Session {
  client: net.Socket;
  upstream: net.Socket;
  /** Bytes sent while another connection had the session, in order. */
  held: Buffer[];
  sent: Frames;
  received: Frames;
  /** Bytes of the server's answer to skip before its messages (the one-byte answer to an SSL request). */
  raw: number;
  /** Messages begun since the last Sync (an extended-protocol query not yet closed by its Sync). */
  open: boolean;
  /** Sync, Query and startup messages sent whose ReadyForQuery has not come back. */
  pending: number;
  /** The transaction status of the last ReadyForQuery: I idle, T in a block, E in a failed block. */
  status: string;
}

export interface SessionGate {
  port: number;
  close(): Promise<void>;
}

/** A gate on a loopback port (`port`, or one the OS picks) in front of the server at `upstream`. */
export async function startSessionGate(upstream: { host: string; port: number }, port = 0): Promise<SessionGate> {
  let owner: Session | null = null;
  const waiting: Session[] = [];
  const sessions = new Set<Session>();

  const idle = (s: Session) => s.pending === 0 && !s.open && !s.sent.midMessage && s.status === "I";

  /** Hands the session on when its owner is done with it: to the first connection that waited. */
  const release = () => {
    owner = null;
    while (!owner && waiting.length > 0) {
      const next = waiting.shift()!;
      if (!sessions.has(next)) continue; // closed while it waited
      owner = next;
      for (const chunk of next.held.splice(0)) send(next, chunk);
    }
  };

  /** Forwards the owner's bytes and reads its messages to know when its turn ends. */
  const send = (s: Session, chunk: Buffer) => {
    s.upstream.write(chunk);
    s.sent.push(chunk);
  };

  /** Passes the server's bytes on and notes each ReadyForQuery. */
  const receive = (s: Session, chunk: Buffer) => {
    s.client.write(chunk);
    const skipped = Math.min(s.raw, chunk.length);
    s.raw -= skipped;
    s.received.push(chunk.subarray(skipped));
    if (owner === s && idle(s)) release();
  };

  const end = (s: Session) => {
    if (!sessions.delete(s)) return;
    s.client.destroy();
    s.upstream.destroy();
    if (owner === s) release();
  };

  const server = net.createServer((client) => {
    const s: Session = {
      client,
      upstream: net.connect(upstream.port, upstream.host),
      held: [],
      sent: new Frames(
        true,
        (type) => {
          // Sync, a simple Query and a function call are each answered with ReadyForQuery; the
          // extended protocol's other messages (Parse, Bind, Describe, Execute, Close, Flush) wait
          // for their Sync. COPY's data and Terminate change neither.
          if ("SQF".includes(type)) {
            s.pending += 1;
            s.open = false;
          } else if ("PBDECH".includes(type)) s.open = true;
        },
        // An SSL request is answered by one byte; the startup message by authentication, then ReadyForQuery.
        (code) => (code === SSL_REQUEST ? (s.raw += 1) : (s.pending += 1)),
      ),
      received: new Frames(false, (type, first) => {
        if (type !== "Z") return;
        s.pending = Math.max(0, s.pending - 1);
        s.status = String.fromCharCode(first ?? 0x49);
      }),
      raw: 0,
      open: false,
      pending: 0,
      status: "I",
    };
    sessions.add(s);
    client.on("data", (chunk: Buffer) => {
      if (owner === null) owner = s;
      if (owner === s) send(s, chunk);
      else {
        s.held.push(chunk);
        if (!waiting.includes(s)) waiting.push(s);
      }
    });
    s.upstream.on("data", (chunk: Buffer) => receive(s, chunk));
    for (const socket of [client, s.upstream]) {
      socket.on("error", () => end(s));
      socket.on("close", () => end(s));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    async close() {
      for (const s of [...sessions]) end(s);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
