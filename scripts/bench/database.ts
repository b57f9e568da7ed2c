// The bench's throwaway database: a fresh pressroom_bench_<random> on a local PostgreSQL server,
// migrated and seeded by the same helper `npm test` uses, dropped at the end.
// A benchmark needs a real server (the embedded PGlite of `npm run dev` would measure WebAssembly),
// so without DATABASE_URL it uses the machine's PostgreSQL at 127.0.0.1:5432.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { prepareDatabase } from "../prepare-database";
import { onCleanup } from "./cleanup";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);
export const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export interface BenchDatabase {
  url: string;
  name: string;
  /** One connection for the bench's own SQL (seeding, EXPLAIN, checks). */
  sql: pg.Client;
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createBenchDatabase(
  serverUrl: string,
  env: NodeJS.ProcessEnv,
  keep: boolean,
): Promise<BenchDatabase> {
  const server = new URL(serverUrl);
  if (!LOCAL_HOSTS.has(server.hostname)) {
    throw new Error(
      `Refusing to benchmark against ${server.hostname}: the bench creates and drops databases, so DATABASE_URL must point at a local server.`,
    );
  }
  const name = `pressroom_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `Cannot reach PostgreSQL at ${server.host} (${error instanceof Error ? error.message : String(error)}). ` +
        "Start it, or set DATABASE_URL to a local server the bench may create databases on.",
    );
  }
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  const sql = new pg.Client({ connectionString: url });
  onCleanup(`database ${name}`, async () => {
    await sql.end().catch(() => undefined);
    if (keep) {
      console.log(`Kept database ${name} (--keep-db): dropdb --force ${name}`);
      return;
    }
    const c = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  });
  await prepareDatabase(url, env);
  await sql.connect();
  return { url, name, sql };
}
