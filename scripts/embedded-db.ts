// The embedded default database: PostgreSQL compiled to WASM (PGlite), served on loopback over the
// wire protocol by pglite-socket, so Prisma's pg adapter talks to it exactly as to a real server.
// Used only when DATABASE_URL is unset (a newcomer's `npm run dev` / `npm test`).
import { mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { startSessionGate } from "./session-gate";

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** The URL of an embedded database (or of connections held for one) on a loopback port. */
export const embeddedUrl = (port: number) => `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;

export async function startEmbeddedDatabase(
  dataDir = path.resolve(__dirname, "..", ".data", "pglite"),
  port = 0,
): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  // pg_trgm: the migration 20261203010000_language_search creates it (issue 14, search by substring);
  // btree_gin: 20261206100000_search_by_month (issue 17, the search index's month).
  const db = await PGlite.create(dataDir, { extensions: { btree_gin, pg_trgm } });
  // Connections beyond maxConnections are closed at once ("Connection terminated unexpectedly"): a
  // test run opens more than 20 at a time (the app's pools, the job worker, the instances some specs
  // start, the tests' own), while the gate below lets only one of them use the session at a time.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 200 });
  await server.start();
  // getServerConn() is "host:port" with the port the OS picked when we asked for 0. The app connects
  // through the gate, which gives the one session to one connection at a time (scripts/session-gate.ts).
  const gate = await startSessionGate(
    { host: "127.0.0.1", port: Number(server.getServerConn().split(":").pop()) },
    port,
  );
  return {
    url: embeddedUrl(gate.port),
    dataDir,
    async stop() {
      await gate.close();
      await server.stop();
      await db.close();
    },
  };
}

export interface HeldConnections {
  /** The loopback port the app connects to. */
  port: number;
  /** Lets every waiting and later connection through to the database at `url`. */
  open(url: string): void;
  close(): Promise<void>;
}

/**
 * A loopback port that accepts the app's database connections at once and holds them until open()
 * names the real database, so Next can start while the embedded database starts and migrates: its
 * first connections wait instead of being refused (the job worker would log an error and retry in
 * 15 s, a request would fail).
 */
export async function holdConnections(): Promise<HeldConnections> {
  let target: { host: string; port: number } | undefined;
  const waiting: net.Socket[] = [];
  const sockets = new Set<net.Socket>();
  const forward = (socket: net.Socket, to: { host: string; port: number }) => {
    const upstream = net.connect(to.port, to.host);
    sockets.add(upstream);
    upstream.once("close", () => sockets.delete(upstream));
    socket.pipe(upstream).pipe(socket);
    socket.once("error", () => upstream.destroy());
    upstream.once("error", () => socket.destroy());
    socket.once("close", () => upstream.destroy());
    upstream.once("close", () => socket.destroy());
  };
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    if (target) forward(socket, target);
    else waiting.push(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    open(url) {
      const u = new URL(url);
      target = { host: u.hostname, port: Number(u.port || 5432) };
      for (const socket of waiting.splice(0)) if (!socket.destroyed) forward(socket, target);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
