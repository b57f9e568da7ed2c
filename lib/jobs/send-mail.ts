import "server-only";
import {
  claimDeliveries,
  markCancelled,
  markFailed,
  markRetry,
  markSending,
  markSent,
  markUnconfirmed,
  releaseClaims,
  type ClaimedDelivery,
} from "../dal/distribution/deliveries";
import { env } from "../env";
import { logger } from "../log";
import { composeDelivery, type EditionCache } from "../mail/compose";
import { createTransport, type MailTransport } from "../mail/transport";

export interface DrainResult {
  sent: number;
  failed: number;
  retried: number;
  cancelled: number;
  unconfirmed: number;
}

/** Spaces sends so one instance stays under MAIL_RATE_PER_MINUTE (shared by its connections). */
function rateLimiter(perMinute: number): () => Promise<void> {
  if (perMinute <= 0) return () => Promise.resolve();
  const gap = 60_000 / perMinute;
  let next = 0;
  return () => {
    const now = Date.now();
    const at = Math.max(now, next);
    next = at + gap;
    return at > now ? new Promise((resolve) => setTimeout(resolve, at - now)) : Promise.resolve();
  };
}

/** Temporary SMTP trouble: 1, 2, 4 … minutes, at most an hour. */
const retryDelayMs = (attempts: number) => Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;

async function sendOne(d: ClaimedDelivery, transport: MailTransport, cache: EditionCache, result: DrainResult) {
  let composed;
  try {
    composed = await composeDelivery(d, cache);
  } catch (error) {
    logger.error("mail: could not compose", { delivery: d.id, error });
    await markRetry(d.id, `compose: ${(error as Error).message}`, retryDelayMs(d.attempts));
    result.retried++;
    return;
  }
  if ("cancel" in composed) {
    await markCancelled(d.id, composed.cancel);
    result.cancelled++;
    return;
  }
  const outcome = await transport.send(composed.envelope, composed.raw, d.id, () => markSending(d.id));
  switch (outcome.status) {
    case "sent":
      await markSent(d.id, composed.messageId);
      result.sent++;
      return;
    case "temporary":
      await markRetry(d.id, outcome.error, retryDelayMs(d.attempts));
      result.retried++;
      return;
    case "permanent":
      await markFailed(d.id, outcome.error);
      result.failed++;
      return;
    case "unconfirmed":
      await markUnconfirmed(d.id, outcome.error);
      result.unconfirmed++;
      return;
    case "aborted":
      return;
  }
}

/**
 * Sends every due delivery, over `connections` SMTP connections in parallel, until none is left or
 * `shouldStop()` (SIGTERM): then what was claimed but not started is handed back at once.
 */
export async function drainMail(shouldStop: () => boolean, connections = 2): Promise<DrainResult> {
  const result: DrainResult = { sent: 0, failed: 0, retried: 0, cancelled: 0, unconfirmed: 0 };
  const take = rateLimiter(env().MAIL_RATE_PER_MINUTE);
  const perMinute = env().MAIL_RATE_PER_MINUTE;
  // Claim only what one connection can send well within the claim's lease (30 s).
  const batch = perMinute > 0 ? Math.max(1, Math.min(10, Math.floor(perMinute / 4 / connections))) : 10;

  async function loop(): Promise<void> {
    const transport = createTransport();
    try {
      while (!shouldStop()) {
        const claimed = await claimDeliveries(batch);
        if (!claimed.length) return;
        const cache: EditionCache = new Map();
        for (let i = 0; i < claimed.length; i++) {
          if (shouldStop()) {
            await releaseClaims(claimed.slice(i).map((d) => d.id));
            return;
          }
          await take();
          await sendOne(claimed[i]!, transport, cache, result);
        }
      }
    } finally {
      transport.close();
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, connections) }, () => loop()));
  return result;
}
