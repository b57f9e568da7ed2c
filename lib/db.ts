import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import { Prisma, PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parseLsn, ReplicaSet, type Replica } from "./db-replicas";
import { env } from "./env";
import { logger } from "./log";

/** Opening a new connection (TCP + authentication) gives up after this long: an unreachable database
 * is reported within seconds instead of leaving a person staring at "Saving…". */
const CONNECT_TIMEOUT_MS = 3_000;
/** Waiting for a free pooled connection may take longer: a busy moment is not an outage. */
const POOL_WAIT_MS = 10_000;
const POOL_SIZE = 10;

// pg uses one option, connectionTimeoutMillis, for both waits when it is set on the pool; a client
// class of our own sets the short one on each new connection only.
// It also hands pg one query at a time: Prisma's query interpreter starts sibling queries of one
// transaction together, which pg queues in order anyway but reports with a deprecation warning on
// every such transaction (pg 9 will refuse it). Chaining them here keeps the order and the console
// quiet (issue 12.11).
class FastFailClient extends pg.Client {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(config?: string | pg.ClientConfig) {
    super(
      typeof config === "string"
        ? { connectionString: config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }
        : { ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
    );
    const direct = this.query.bind(this) as (...args: unknown[]) => unknown;
    this.query = ((...args: unknown[]) => {
      const first = args[0] as { submit?: unknown } | undefined;
      const submittable = typeof first?.submit === "function";
      // Named in the callback form too: pg-pool's own query() (the adapter's, outside transactions) calls back.
      if (!submittable && isPreparedQuery(first)) args[0] = { ...first, name: statementName(first.text) };
      // Callback and stream (Submittable) forms are not queued: the promise form is what Prisma uses.
      if (typeof args[args.length - 1] === "function" || submittable) return direct(...args);
      const run = () => direct(...args);
      const result = this.queue.then(run, run);
      this.queue = result.catch(() => undefined);
      return result;
    }) as typeof this.query;
  }
}

const PREPARED_MARK = "/* prepared */";

/**
 * `sql` as a statement each connection prepares once and then runs by name (issue 17). Prisma's pg
 * adapter sends every statement unnamed, so PostgreSQL parses and plans it on every call: for the
 * statement that reads a search page's releases, 0.5 ms of parsing and 1.1–1.5 ms of planning against
 * 4–6 ms of running. Prepared, it is parsed once per connection and, after five runs, planned once
 * (PostgreSQL's generic plan, kept when it costs no more than the plans made for the values).
 * Only for statements whose best plan does not depend on their values: a search's candidates, whose
 * plan depends on how common its words are, stay unnamed, except in a small archive (wholeArchiveSql).
 * And only for statements of few texts, whatever the values: a connection keeps every statement it
 * prepares for as long as it lives (a word or a country is a value, never a part of the text). Not
 * on the embedded database (EMBEDDED_DATABASE): all the pool's connections share its one session,
 * where a second connection preparing the same name would fail ("prepared statement already
 * exists"); there it runs unnamed.
 */
export function prepared(sql: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(PREPARED_MARK)} ${sql}`;
}

function isPreparedQuery(query: unknown): query is { text: string; name?: string } {
  const text = (query as { text?: unknown } | null | undefined)?.text;
  return (
    typeof text === "string" &&
    text.startsWith(PREPARED_MARK) &&
    !(query as { name?: string }).name &&
    env().EMBEDDED_DATABASE !== "1"
  );
}

/** A statement's name on a connection: its text's digest, so one text is one statement (pg requires it). */
function statementName(text: string): string {
  return `pr_${createHash("sha1").update(text).digest("base64url")}`;
}

// One client (and one pg pool) per process; dev hot reloads would otherwise open a pool per reload.
// Created on first use, not at import, so `next build` can load route modules without a database.
const globalForPrisma = globalThis as unknown as {
  prisma?: PrismaClient;
  pgPool?: pg.Pool;
  replicas?: ReplicaSet<PrismaClient> | null;
  replicaPools?: pg.Pool[];
};

/** The app's pg pool (exported for tests, which check how its failures look). */
export function createPool(connectionString: string, applicationName = "pressroom"): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: POOL_SIZE,
    connectionTimeoutMillis: POOL_WAIT_MS,
    Client: FastFailClient,
    // Names the app's sessions in pg_stat_activity.
    application_name: applicationName,
    // A connection through a NAT or proxy that silently drops idle flows is noticed and replaced.
    keepAlive: true,
    // No parallel workers for the app's statements (issue 17): a request is one core's work, and a
    // worker is a process PostgreSQL starts for the statement. A search's time slice that the planner
    // split over one worker took 31 ms against 11 ms alone (1 000 000 releases, 6 December 2026), on a
    // machine whose other requests want the cores anyway. Set on each new connection before the pool
    // hands it out (pg-pool awaits onConnect), rather than as a startup option, which poolers such as
    // PgBouncer refuse. A SET sent from the "connect" event instead was still running when the caller's
    // first statement went out, which pg reports with a deprecation warning (pg 9 will refuse it).
    // @types/pg types the hook as returning void; pg-pool 3.14 awaits the promise it returns.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    onConnect: async (client) => {
      await client.query("SET max_parallel_workers_per_gather = 0");
    },
  });
  // A pooled connection that dies while idle (database restart, network cut) is dropped by pg and
  // replaced on next use; without a listener this event would crash the process.
  pool.on("error", (error) => logger.warn("database connection lost while idle", { error }));
  return pool;
}

function clientOf(pool: pg.Pool): PrismaClient {
  // Interactive transactions wait up to 10 s for a pooled connection (Prisma's default of 2 s
  // turned a busy moment into a failed save) and may run up to 20 s.
  return new PrismaClient({
    adapter: new PrismaPg(pool),
    transactionOptions: { maxWait: POOL_WAIT_MS, timeout: 20_000 },
  });
}

/** The primary (DATABASE_URL): every write, and every read that is not a public one. */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= clientOf((globalForPrisma.pgPool ??= createPool(env().DATABASE_URL)));
  return globalForPrisma.prisma;
}

// Public reads and where they go. lib/dal/public/replica-read.ts runs a public read with a replica's
// client in this store; the public DAL asks publicDb() for its client, so the same functions read the
// primary when called from anywhere else (a webhook job right after a publish, a media check).
const publicReadClient = new AsyncLocalStorage<PrismaClient>();

/** The client a public DAL read should use: a replica inside readPublic(), else the primary. */
export function publicDb(): PrismaClient {
  return publicReadClient.getStore() ?? db();
}

/** Runs `read` with publicDb() answering `client`. */
export function withPublicClient<T>(client: PrismaClient, read: () => Promise<T>): Promise<T> {
  return publicReadClient.run(client, read);
}

/** "host:port/database" of a URL, for logs. */
const replicaName = (url: string): string => {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
};

// One query answers everything the routing needs to know about a replica (lib/db-replicas.ts).
const PROBE_SQL = `SELECT pg_is_in_recovery() AS recovery,
  pg_last_wal_replay_lsn()::text AS replay,
  CASE WHEN pg_last_wal_receive_lsn() IS DISTINCT FROM pg_last_wal_replay_lsn()
    THEN coalesce(extract(epoch FROM now() - pg_last_xact_replay_timestamp()) * 1000, 0)::float8
    ELSE 0 END AS delay`;

/** The replicas of DATABASE_REPLICA_URL with their state, or undefined when there are none. */
export function replicaSet(): ReplicaSet<PrismaClient> | undefined {
  if (globalForPrisma.replicas === undefined) {
    const urls = env().DATABASE_REPLICA_URL;
    if (urls.length === 0) {
      globalForPrisma.replicas = null;
    } else {
      // Named apart in pg_stat_activity, so an operator (and e2e/replica.spec.ts) sees the public reads.
      const pools = urls.map((url) => createPool(url, "pressroom-replica"));
      globalForPrisma.replicaPools = pools;
      const replicas = pools.map((pool, i): Replica<PrismaClient> => ({
        name: replicaName(urls[i]!),
        client: clientOf(pool),
        probe: async () => {
          const { rows } = await pool.query<{ recovery: boolean; replay: string | null; delay: number }>(PROBE_SQL);
          const row = rows[0]!;
          return {
            inRecovery: row.recovery,
            replayLsn: row.replay === null ? null : parseLsn(row.replay),
            replayDelayMs: Number(row.delay),
          };
        },
      }));
      globalForPrisma.replicas = new ReplicaSet(replicas, {
        primaryLsn: async () => {
          db(); // makes the primary's pool
          const { rows } = await globalForPrisma.pgPool!.query<{ lsn: string }>(
            "SELECT pg_current_wal_flush_lsn()::text AS lsn",
          );
          return parseLsn(rows[0]!.lsn);
        },
        maxLagMs: env().DATABASE_REPLICA_MAX_LAG_SECONDS * 1000,
        log: (level, msg, fields) => logger[level](msg, fields),
      });
    }
  }
  return globalForPrisma.replicas ?? undefined;
}

/**
 * Ends the pool: idle connections say goodbye to PostgreSQL at once (Terminate message), busy ones
 * when they are released. Synchronous start, so it also works from a process "exit" listener.
 */
export async function closeDatabasePool(): Promise<void> {
  const pools = [globalForPrisma.pgPool, ...(globalForPrisma.replicaPools ?? [])];
  await Promise.all(pools.map((pool) => (!pool || pool.ended || pool.ending ? undefined : pool.end())));
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
