// Runs once when the server starts: a missing or malformed variable stops the app right away, with a
// message naming it, and the in-process scheduler starts (not during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const config = env();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startScheduler, stopScheduler } = await import("./lib/scheduler/scheduler");
  startScheduler(config.SCHEDULER_INTERVAL_MS);
  process.once("SIGTERM", stopScheduler);
}
