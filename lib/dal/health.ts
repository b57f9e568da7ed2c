import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { db } from "../db";

// Checks for /api/health and /api/ready, and the one place that knows what "the database cannot be
// reached" looks like in each layer (Prisma, the pg driver adapter, pg, pg-pool, the socket).

/** How long a health check waits for `SELECT 1` before calling the database unreachable. */
const HEALTH_TIMEOUT_MS = 2_000;

// Prisma: P1001 can't reach, P1002 timed out, P1008 operation timed out, P1017 server closed the
// connection, P2024 timed out fetching a connection from the pool.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// The driver adapter's classification of socket errors (meta.driverAdapterError.cause.kind).
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);
// PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01-57P03 (shutting down, starting up),
// 53300 (too many connections).
const isOutageSqlState = (code: string) =>
  /^08/.test(code) || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300";
const OUTAGE_MESSAGES = [
  /can't reach database server/i,
  /connection terminated/i, // pg: "…unexpectedly", "…due to connection timeout"
  /^timeout expired$/i, // pg: a new connection not established within connectionTimeoutMillis
  /timeout exceeded when trying to connect/i, // pg-pool: no connection within the wait
  /unable to start a transaction in the given time/i, // Prisma: transaction maxWait elapsed
  /server has closed the connection/i,
  /connection (?:refused|reset)/i,
  /Client has encountered a connection error/i,
  /\bECONNREFUSED\b|\bECONNRESET\b/,
];

/**
 * Raised where a database outage was caught by code we do not own (next-auth swallows errors from
 * its callbacks) and has to surface again as the outage it was.
 */
export class DatabaseUnavailableError extends Error {
  constructor(message = "The database could not be reached") {
    super(message);
    this.name = "DatabaseUnavailableError";
  }
}

/**
 * True when PostgreSQL refused text it cannot hold: a NUL character ("\u0000", SQLSTATE 22021) or
 * one its encoding lacks (22P05). Only a hand-made request sends such input (a browser's form
 * cannot), and it is bad input, not a server failure.
 */
export function isUnstorableText(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const e = error as { code?: unknown; originalCode?: unknown; cause?: unknown };
  if ([e.code, e.originalCode].some((code) => code === "22021" || code === "22P05")) return true;
  return isUnstorableText(e.cause, depth + 1);
}

/**
 * True when `error` (or its cause) says the database could not be reached or dropped the connection,
 * as opposed to a query that the database answered with an error. Recognised by shape, not by class:
 * Prisma, pg and the adapter each wrap the others' errors, and bundling can duplicate classes.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const e = error as {
    name?: unknown;
    code?: unknown;
    errorCode?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown; code?: unknown } } };
  };
  if (e.name === "PrismaClientInitializationError" || error instanceof DatabaseUnavailableError) return true;
  for (const code of [e.code, e.errorCode]) {
    if (typeof code !== "string") continue;
    if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || isOutageSqlState(code)) return true;
  }
  const adapter = e.meta?.driverAdapterError?.cause;
  if (adapter) {
    if (typeof adapter.kind === "string" && ADAPTER_KINDS.has(adapter.kind)) return true;
    const sqlState = adapter.originalCode ?? adapter.code;
    if (typeof sqlState === "string" && isOutageSqlState(sqlState)) return true;
  }
  if (typeof e.message === "string" && OUTAGE_MESSAGES.some((pattern) => pattern.test(e.message as string)))
    return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/** A cheap round trip to the database, given up after `timeoutMs`. */
export async function databaseReachable(timeoutMs = HEALTH_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const query = db().$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The migrations this build ships (directory names under prisma/migrations, oldest first). */
export function shippedMigrations(): string[] {
  // A literal path: the build traces (and ships) exactly this folder, not the whole project.
  return readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The migrations PostgreSQL says were applied completely (and not rolled back). */
async function appliedMigrations(): Promise<Set<string>> {
  try {
    const rows = await db().$queryRaw<Array<{ migration_name: string }>>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    return new Set(rows.map((r) => r.migration_name));
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    // No _prisma_migrations table yet: nothing is applied.
    return new Set();
  }
}

export type Readiness =
  | { status: "ready" }
  | { status: "unavailable"; database: "unreachable" }
  | { status: "unavailable"; database: "ok"; missingMigrations: string[] };

/** Ready = the database answers and every migration this build ships has been applied to it. */
export async function checkReadiness(expected: string[] = shippedMigrations()): Promise<Readiness> {
  if (!(await databaseReachable())) return { status: "unavailable", database: "unreachable" };
  let applied: Set<string>;
  try {
    applied = await appliedMigrations();
  } catch {
    return { status: "unavailable", database: "unreachable" };
  }
  const missing = expected.filter((name) => !applied.has(name));
  return missing.length === 0
    ? { status: "ready" }
    : { status: "unavailable", database: "ok", missingMigrations: missing };
}
