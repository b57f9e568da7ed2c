import "server-only";
import { now as clockNow } from "../../clock";
import { db } from "../../db";
import { env } from "../../env";
import { wakeJobs } from "./wake";

// The daily digest (issue 16): subscribers who chose "daily" get, once a day at DIGEST_HOUR_UTC, one
// email with what matched their choices the day (UTC) before. Called by the worker's minute sweep (every
// instance's); the day in the dedupeKey makes a second caller's insert a no-op, and digestCoveredTo
// moves in the same transaction, so a day is neither skipped nor sent twice.

/** Midnight UTC that starts the day `at` falls in. */
export function digestDayStart(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/**
 * Queues the digests due at `at`: for each confirmed daily subscriber not yet covered up to today's
 * midnight, the editions that went live since their last digest (or their confirmation) and before
 * that midnight and match what they follow: first publications, and corrections with a change note.
 * Returns how many digests were queued.
 */
export async function enqueueDueDigests(at: Date = clockNow(), hour = env().DIGEST_HOUR_UTC): Promise<number> {
  if (at.getUTCHours() < hour) return 0;
  const until = digestDayStart(at);
  const day = new Date(until.getTime() - 86_400_000).toISOString().slice(0, 10);
  return db().$transaction(async (tx) => {
    const queued = await tx.$executeRaw`
      WITH due AS (
        SELECT s.id, s.email, s.everything, s.countries, s.issuers, s.topics,
          coalesce(s."digestCoveredTo", s."confirmedAt", s."createdAt") AS since
        FROM "Subscriber" s
        WHERE s.status = 'CONFIRMED' AND s.frequency = 'DAILY'
          AND coalesce(s."digestCoveredTo", s."confirmedAt", s."createdAt") < ${until}
        FOR UPDATE SKIP LOCKED
      ), picked AS (
        SELECT d.id, d.email, jsonb_agg(e.id ORDER BY e."publishedAt") AS ids
        FROM due d
        JOIN "Edition" e ON e.status = 'PUBLISHED' AND e."publishedAt" > d.since AND e."publishedAt" <= ${until}
        JOIN "Release" r ON r."liveEditionId" = e.id
        WHERE (d.everything OR d.countries && e.countries OR e.issuer = ANY (d.issuers) OR d.topics && e.topics)
          AND (r."publishedAt" > d.since OR coalesce(e."changeNote", '') <> '')
        GROUP BY d.id, d.email
      ), covered AS (
        UPDATE "Subscriber" SET "digestCoveredTo" = ${until} WHERE id IN (SELECT id FROM due)
      )
      INSERT INTO "Delivery" ("dedupeKey", channel, email, "subscriberId", payload)
      SELECT 'digest:' || ${day} || ':' || p.email, 'DIGEST', p.email, p.id,
        jsonb_build_object('editionIds', p.ids, 'day', ${day}::text)
      FROM picked p
      ON CONFLICT ("dedupeKey") DO NOTHING`;
    await wakeJobs(tx, { mail: queued > 0 });
    return queued;
  });
}

// The UTC day (YYYY-MM-DD) whose digests this process has queued: the sweep runs every minute on every
// instance, and once a day's digests are queued, asking again until midnight finds nothing to do
// (digestCoveredTo has moved). On globalThis so a reloaded module (next dev) keeps it.
const memo = globalThis as unknown as { __pressroomDigestDone?: string };

/**
 * The sweep's digest step: enqueueDueDigests at most once per UTC day and process after it succeeds
 * (a failure is retried the next minute). A subscriber who becomes due later that day (switching to
 * "daily") is not lost: the next day's digest covers everything since their last one.
 */
export async function enqueueDueDigestsOnce(at: Date = clockNow(), hour = env().DIGEST_HOUR_UTC): Promise<number> {
  const day = digestDayStart(at).toISOString().slice(0, 10);
  if (memo.__pressroomDigestDone === day || at.getUTCHours() < hour) return 0;
  const queued = await enqueueDueDigests(at, hour);
  memo.__pressroomDigestDone = day;
  return queued;
}
