import "server-only";
import { env } from "./env";
import { startScheduler, stopScheduler } from "./scheduler/scheduler";

/**
 * Start-up: a missing or malformed variable stops the app right away with a message naming it
 * (instead of failing on the first request), then the in-process scheduler starts (not while building).
 */
export function startServer({ building }: { building: boolean }): void {
  const config = env();
  if (building) return;
  startScheduler(config.SCHEDULER_INTERVAL_MS);
  process.once("SIGTERM", stopScheduler);
}
