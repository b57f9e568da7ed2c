import "server-only";
import { closeDatabasePool } from "./db";
import { env } from "./env";
import { startJobs, stopJobs } from "./jobs/worker";
import { logger } from "./log";
import { installPeerAddressHook } from "./peer-address";
import { startScheduler, stopScheduler } from "./scheduler/scheduler";

/**
 * Start-up: a missing or malformed variable stops the app right away with a message naming it
 * (instead of failing on the first request), then the in-process scheduler starts (not while building).
 */
export function startServer({ building }: { building: boolean }): void {
  const config = env();
  if (building) return;
  installPeerAddressHook();
  startScheduler(config.SCHEDULER_INTERVAL_MS);
  // Mail and webhooks (lib/jobs). A database that is down at start-up is retried, not fatal.
  void startJobsWhenPossible();
  logger.info("server started", { pid: process.pid, schedulerIntervalMs: config.SCHEDULER_INTERVAL_MS });
  process.once("SIGTERM", onSigterm);
  process.once("exit", onExit);
}

async function startJobsWhenPossible(attempt = 1): Promise<void> {
  try {
    await startJobs();
  } catch (error) {
    logger.error("job worker could not start, retrying in 15 s", { attempt, error });
    setTimeout(() => void startJobsWhenPossible(attempt + 1), 15_000).unref();
  }
}

/** Below Kubernetes' default grace period (30 s), so the app ends itself before SIGKILL arrives. */
const SHUTDOWN_DEADLINE_MS = 25_000;

/**
 * `next start` handles SIGTERM itself (node_modules/next/dist/server/lib/start-server.js): it stops
 * accepting connections, waits for the requests in flight, closes the Next server and then calls
 * process.exit(143). It offers no hook in between, so here the scheduler stops at once (no new pass
 * starts; a pass already running is one transaction, so if the exit interrupts it PostgreSQL rolls it
 * back and the next instance publishes it), and the database pool is ended on the way out.
 */
function onSigterm(): void {
  logger.info("SIGTERM: finishing requests in flight, then exiting");
  stopScheduler();
  void stopJobs().catch((error: unknown) => logger.error("stopping jobs failed", { error }));
  // Next waits for requests in flight without a limit; one that hangs (a stuck upstream) would keep
  // the old instance alive until the orchestrator kills it without a word. Give up loudly first.
  setTimeout(() => {
    logger.error("shutdown took too long: exiting with requests still in flight", { afterMs: SHUTDOWN_DEADLINE_MS });
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
}

function onExit(code: number): void {
  // Only synchronous work runs here; ending the pool sends each idle connection's Terminate message
  // right away, so PostgreSQL frees the sessions at once instead of noticing a dropped socket.
  void closeDatabasePool().catch(() => undefined);
  logger.info("database pool closed, exiting", { code });
}
