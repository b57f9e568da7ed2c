import "server-only";
import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
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
      // Callback and stream (Submittable) forms are left alone: the promise form is what Prisma uses.
      const first = args[0] as { submit?: unknown } | undefined;
      if (typeof args[args.length - 1] === "function" || typeof first?.submit === "function") return direct(...args);
      const run = () => direct(...args);
      const result = this.queue.then(run, run);
      this.queue = result.catch(() => undefined);
      return result;
    }) as typeof this.query;
  }
}

// One client (and one pg pool) per process; dev hot reloads would otherwise open a pool per reload.
// Created on first use, not at import, so `next build` can load route modules without a database.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pgPool?: pg.Pool };

/** The app's pg pool (exported for tests, which check how its failures look). */
export function createPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: POOL_SIZE,
    connectionTimeoutMillis: POOL_WAIT_MS,
    Client: FastFailClient,
    // Names the app's sessions in pg_stat_activity.
    application_name: "pressroom",
    // A connection through a NAT or proxy that silently drops idle flows is noticed and replaced.
    keepAlive: true,
  });
  // A pooled connection that dies while idle (database restart, network cut) is dropped by pg and
  // replaced on next use; without a listener this event would crash the process.
  pool.on("error", (error) => logger.warn("database connection lost while idle", { error }));
  return pool;
}

export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const pool = (globalForPrisma.pgPool ??= createPool(env().DATABASE_URL));
    const adapter = new PrismaPg(pool);
    // Interactive transactions wait up to 10 s for a pooled connection (Prisma's default of 2 s
    // turned a busy moment into a failed save) and may run up to 20 s.
    globalForPrisma.prisma = new PrismaClient({
      adapter,
      transactionOptions: { maxWait: POOL_WAIT_MS, timeout: 20_000 },
    });
  }
  return globalForPrisma.prisma;
}

/**
 * Ends the pool: idle connections say goodbye to PostgreSQL at once (Terminate message), busy ones
 * when they are released. Synchronous start, so it also works from a process "exit" listener.
 */
export function closeDatabasePool(): Promise<void> {
  const pool = globalForPrisma.pgPool;
  if (!pool || pool.ended || pool.ending) return Promise.resolve();
  return pool.end();
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
