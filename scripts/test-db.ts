// A throwaway database for a test run: a fresh database on the DATABASE_URL server (which must be
// local), or an embedded PGlite in a temporary folder when DATABASE_URL is unset.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDatabase } from "./embedded-db";

export interface TestDatabase {
  url: string;
  kind: "postgresql" | "embedded";
  drop(): Promise<void>;
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/**
 * `template`: a database of the same server to copy (PostgreSQL's CREATE DATABASE … TEMPLATE, a file
 * copy: a migrated and seeded database in about a second instead of running the migrations and the
 * seed again). Nothing may be connected to it meanwhile. Ignored for the embedded database.
 */
export async function createTestDatabase(
  serverUrl = process.env.DATABASE_URL,
  { template }: { template?: TestDatabase } = {},
): Promise<TestDatabase> {
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pressroom-test-"));
    const db = await startEmbeddedDatabase(dir);
    return {
      url: db.url,
      kind: "embedded",
      async drop() {
        await db.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const server = new URL(serverUrl);
  if (!LOCAL_HOSTS.has(server.hostname)) {
    throw new Error(`Refusing to run tests against ${server.hostname}: DATABASE_URL must point at a local server.`);
  }
  const name = `pressroom_test_${randomBytes(5).toString("hex")}`;
  const admin = () => {
    const u = new URL(serverUrl);
    u.pathname = "/postgres";
    return new pg.Client({ connectionString: u.toString() });
  };
  const client = admin();
  await client.connect();
  const from = template?.kind === "postgresql" ? ` TEMPLATE "${new URL(template.url).pathname.slice(1)}"` : "";
  await client.query(`CREATE DATABASE "${name}"${from}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "postgresql",
    async drop() {
      const c = admin();
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
