import "server-only";
import { isDatabaseUnavailable } from "../dal/health";
import { publishDueEditions, renderStaleBodies, renderStaleShareImages, retireStaleShareImages } from "../dal/releases";
import { now } from "../clock";
import { env } from "../env";
import { INTERNAL_KEY_HEADER, internalKey } from "../http/internal-key";
import { logger } from "../log";

// The in-process scheduler: no extra service to run. Every instance runs one; SKIP LOCKED in
// publishDueEditions makes each due edition go out exactly once, and the first tick at start-up
// catches up on anything that fell due while the app was down.

let timer: NodeJS.Timeout | undefined;
let firstPass: NodeJS.Timeout | undefined;
let running = false;
let ticking = false;
// Issue 17: live editions without fitting stored body HTML (live before it existed, bulk-loaded, a new
// renderer) are rendered a batch per pass until a pass finds fewer than a batch; then not again in
// this process (new go-lives render their own). Until then their pages render on read: never wrong.
const BODY_BATCH = 100;
let bodiesCurrent = false;
// The same for share cards (lib/dal/releases/share-image.ts), newest first, in smaller batches: a card
// is ~90 ms of CPU, so a pass spends about a second on them. Until then a page links the old address,
// which draws the card once on first request.
const SHARE_IMAGE_BATCH = 10;
let shareImagesCurrent = false;
// Cards of editions no longer served, left by versions that did not retire them: swept the same way.
const RETIRE_BATCH = 100;
let retiredCurrent = false;

/** One pass: publish what is due now, then backfill stored bodies and share cards. Returns the slugs published. */
export async function runSchedulerOnce(): Promise<string[]> {
  if (running) return [];
  running = true;
  try {
    const slugs = await publishDueEditions(now());
    if (slugs.length > 0) logger.info("scheduler published", { slugs });
    if (!bodiesCurrent) bodiesCurrent = await backfill("bodies", BODY_BATCH, renderStaleBodies);
    if (!shareImagesCurrent)
      shareImagesCurrent = await backfill("share images", SHARE_IMAGE_BATCH, renderStaleShareImages);
    if (!retiredCurrent) retiredCurrent = await backfill("retired share images", RETIRE_BATCH, retireStaleShareImages);
    return slugs;
  } catch (error) {
    // An outage is reported by /api/health; one short line per pass is enough here (the next pass
    // after the database is back catches up on everything that fell due).
    if (isDatabaseUnavailable(error))
      logger.warn("scheduler pass skipped: database unavailable", {
        reason: error instanceof Error ? error.message : String(error),
      });
    else logger.error("scheduler failed", { error });
    return [];
  } finally {
    running = false;
  }
}

/**
 * A batch of a backfill (stored bodies, share cards). Its failure is logged, never the pass's: what
 * was published stays published. True once a batch comes back short: nothing is left to do.
 */
async function backfill(what: string, batch: number, render: (limit: number) => Promise<number>): Promise<boolean> {
  try {
    const done = await render(batch);
    if (done > 0) logger.info(`scheduler stored ${what}`, { editions: done });
    return done < batch;
  } catch (error) {
    logger.warn(`scheduler: ${what} not stored this pass`, {
      reason: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
}

/**
 * A timer tick. Publishing must also drop the cached reader pages, which Next allows only inside a
 * request, so the tick asks the app itself (/api/internal/scheduler, which runs runSchedulerOnce and
 * invalidates). If the app cannot be reached that way (bound to another address), the pass runs here
 * and readers see the release when the cache's backstop lifetime ends (lib/dal/public/cache.ts).
 */
async function tick(): Promise<void> {
  // A tick still waiting for the app is not doubled by the next one (under `next dev` the first
  // request compiles the route, which can take longer than the interval).
  if (ticking) return;
  ticking = true;
  try {
    if (await tickThroughApp()) return;
    await runSchedulerOnce();
  } finally {
    ticking = false;
  }
}

/** Whether the app ran the pass (true), or could not be asked and it must run here (false). */
async function tickThroughApp(): Promise<boolean> {
  const port = env().PORT;
  if (!port) return false;
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/internal/scheduler`, {
      method: "POST",
      headers: { [INTERNAL_KEY_HEADER]: internalKey() },
      // `next dev` compiles the route on its first request: on a busy machine that took over 30 s, and
      // the abort then printed an ECONNRESET stack trace on a newcomer's first start (issue 12.11).
      signal: AbortSignal.timeout(env().NODE_ENV === "development" ? 180_000 : 30_000),
    });
    if (response.ok) return true;
    logger.warn("scheduler tick: the app answered", { status: response.status });
  } catch (error) {
    logger.warn("scheduler tick: the app is not reachable on 127.0.0.1, publishing without dropping the reader cache", {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  return false;
}

export function startScheduler(intervalMs: number): void {
  if (timer) return;
  // The catch-up pass waits a moment: the server is not listening yet while instrumentation runs.
  firstPass = setTimeout(() => void tick(), 2_000);
  firstPass.unref();
  timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
}

export function stopScheduler(): void {
  if (timer) clearInterval(timer);
  if (firstPass) clearTimeout(firstPass);
  timer = firstPass = undefined;
}
