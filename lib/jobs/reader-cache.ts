import "server-only";
import { env } from "../env";
import { INTERNAL_KEY_HEADER, internalKey } from "../http/internal-key";
import { logger } from "../log";

// Background jobs run outside any request, where Next refuses to drop cached data (revalidateTag).
// Like the scheduler's timer (lib/scheduler/scheduler.ts), a job that changed what readers see asks
// the app itself: /api/internal/public-cache runs invalidatePublicContent() inside a request. If the
// app cannot be reached (bound to another address), readers see the change when the cache's backstop
// lifetime ends (lib/dal/public/cache.ts). Never throws: the job's own work is done and saved.

export async function dropReaderCache(): Promise<void> {
  const port = env().PORT;
  if (!port) {
    logger.warn("reader cache not dropped: PORT is not set, the backstop lifetime applies");
    return;
  }
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/internal/public-cache`, {
      method: "POST",
      headers: { [INTERNAL_KEY_HEADER]: internalKey() },
      signal: AbortSignal.timeout(env().NODE_ENV === "development" ? 180_000 : 30_000),
    });
    if (!response.ok) logger.warn("reader cache not dropped: the app answered", { status: response.status });
  } catch (error) {
    logger.warn("reader cache not dropped: the app is not reachable on 127.0.0.1", {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}
