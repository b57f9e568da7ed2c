// The bulk seed writes releases as the app stored them before issue 17: no body HTML or text, no share
// card. A server started on such a database backfills them (lib/scheduler: 100 bodies and 10 cards a
// pass, a pass every 15 s), so a measurement started right after seeding also measured the app drawing
// a thousand cards (~50–90 ms of CPU each, with their fonts and renderer) beside its load. On
// 4 December 2026, the memory run with the backfill under way: idle 341–355 MB, plateau 472–498 MB,
// 20.6–20.9 ms of CPU a request; with it switched off: 237 MB, 386 MB, 14.1 ms.
//
// So the app first runs alone with a pass every second until every live edition has its stored body
// and its card, and stops; the server the bench measures then starts on a database that looks as it
// does once an upgrade's backfill is over (and as publishing writes it).
import type pg from "pg";
import type { Service } from "./processes";

const POLL_MS = 2_000;

/** Live editions still without a stored body text or a share card (the backfills' work left). */
async function left(sql: pg.Client): Promise<{ bodies: number; cards: number }> {
  const { rows } = await sql.query<{ bodies: string; cards: string }>(
    `SELECT count(*) FILTER (WHERE e."bodyText" IS NULL OR e."bodyHtml" IS NULL) AS bodies,
            count(*) FILTER (WHERE e."shareImageFit" IS NULL) AS cards
     FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId" WHERE e.status = 'PUBLISHED'`,
  );
  return { bodies: Number(rows[0]?.bodies ?? 0), cards: Number(rows[0]?.cards ?? 0) };
}

/**
 * Runs `start()` (the app with SCHEDULER_INTERVAL_MS=1000) until nothing is left to backfill, then
 * stops it. Returns the seconds it took.
 */
export async function backfillBeforeMeasuring({
  sql,
  start,
  log,
  timeoutMs,
}: {
  sql: pg.Client;
  start: () => Promise<Service>;
  log: (line: string) => void;
  timeoutMs: number;
}): Promise<number> {
  const t0 = Date.now();
  const before = await left(sql);
  if (before.bodies === 0 && before.cards === 0) return 0;
  log(`  ${before.bodies} stored bodies and ${before.cards} share cards to draw first`);
  const app = await start();
  try {
    for (;;) {
      const now = await left(sql);
      if (now.bodies === 0 && now.cards === 0) break;
      if (app.exited) throw new Error(`The app stopped while backfilling:\n${app.tail()}`);
      if (Date.now() - t0 > timeoutMs) {
        throw new Error(
          `The backfill did not finish in ${timeoutMs / 1000} s (${now.bodies} bodies, ${now.cards} cards left)`,
        );
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } finally {
    await app.stop();
  }
  const seconds = (Date.now() - t0) / 1000;
  log(`  backfilled in ${seconds.toFixed(0)} s`);
  return seconds;
}
