import "server-only";
import { revalidatePath } from "next/cache";
import { publishDueEditions } from "../dal/releases";
import { now } from "../clock";

// The in-process scheduler: no extra service to run. Every instance runs one; SKIP LOCKED in
// publishDueEditions makes each due edition go out exactly once, and the first tick at start-up
// catches up on anything that fell due while the app was down.

let timer: NodeJS.Timeout | undefined;
let running = false;

/** One pass: publish what is due now. Returns the slugs published. */
export async function runSchedulerOnce(): Promise<string[]> {
  if (running) return [];
  running = true;
  try {
    const slugs = await publishDueEditions(now());
    for (const slug of slugs) {
      try {
        revalidatePath("/");
        revalidatePath(`/releases/${slug}`);
      } catch {
        // Outside a request (the timer) there may be no cache context; pages are rendered per request.
      }
    }
    if (slugs.length > 0) console.log(JSON.stringify({ level: "info", msg: "scheduler published", slugs }));
    return slugs;
  } catch (error) {
    console.error(JSON.stringify({ level: "error", msg: "scheduler failed", error: String(error) }));
    return [];
  } finally {
    running = false;
  }
}

export function startScheduler(intervalMs: number): void {
  if (timer) return;
  void runSchedulerOnce();
  timer = setInterval(() => void runSchedulerOnce(), intervalMs);
  timer.unref();
}

export function stopScheduler(): void {
  if (timer) clearInterval(timer);
  timer = undefined;
}
