// The embedded default database: PostgreSQL compiled to WASM (PGlite), served on loopback over the
// wire protocol by pglite-socket, so Prisma's pg adapter talks to it exactly as to a real server.
// Used only when DATABASE_URL is unset (a newcomer's `npm run dev` / `npm test`).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startEmbeddedDatabase(
  dataDir = path.resolve(__dirname, "..", ".data", "pglite"),
  port = 0,
): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  // pg_trgm: the migration 20261203010000_language_search creates it (issue 14, search by substring).
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 20 });
  await server.start();
  // getServerConn() is "host:port" with the port the OS picked when we asked for 0.
  const actualPort = server.getServerConn().split(":").pop();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${actualPort}/postgres`,
    dataDir,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
