import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@prisma/client";
import { db } from "../../db";
import { shareImageKey } from "../../domain/media/keys";
import { logger } from "../../log";
import { shareCardText } from "../../share-image/card-text";
import { fittingShareImage, SHARE_IMAGE_SCHEME, shareImageFit } from "../../share-image/fit";
import { siteName } from "../../site";
import { mediaStorage } from "../../storage";
import { editionInclude, releaseHeadSelect, toDTO } from "./shape";

// Issue 17: a release's share card (og:image, twitter:image, the JSON-LD and oEmbed image) rendered
// once per edition instead of per request (~90 ms of CPU each, anonymous, lib/share-image/render.tsx).
//
// Where it lives: in the media storage (MEDIA_DIR or the S3 bucket), under "share/<sha256 of the
// PNG>.png", with that key on the edition. Not in the database: a card is 20–60 KB of binary that
// readers fetch as a file, which the media storage and /media/<key> already serve (streamed, with
// ETag, immutable caching by content hash, shared by every instance), and whose takedown rule (a file is
// public only while a live edition of a public release names it, lib/dal/public/media.ts) is the one
// a card needs; a database column would put every card through the reader cache and PostgreSQL.
//
// When: right after the transaction that makes an edition live commits (lib/dal/releases/workflow.ts,
// every publish path, before the reader cache is dropped so the next page links the card), not inside
// it: a render holds no row lock, and the scheduler's transaction that publishes up to 50 due editions
// would otherwise take seconds. Only the live PUBLISHED edition is ever drawn, so nothing of a draft
// reaches a card. A card that fails (storage down) is left to the backfill; meanwhile the page links the
// old address, which renders at most once per edition (ensureShareImage) and redirects.
//
// The fit (lib/share-image/fit.ts) says what a card was drawn with; a card that does not fit is drawn again.

/**
 * Draws the card of the release's live PUBLISHED edition and stores it with that edition, unless the
 * edition already has a fitting one. Returns the card's storage key, or null when the release has no
 * published live edition (nothing is drawn for drafts, unpublished or withdrawn releases).
 */
export async function storeShareImage(releaseId: string): Promise<string | null> {
  // First the two columns only: a card already stored is the common answer, and it needs no DTO.
  const current = await db().release.findUnique({
    where: { id: releaseId },
    select: { language: true, liveEdition: { select: { status: true, shareImageKey: true, shareImageFit: true } } },
  });
  if (!current?.liveEdition || current.liveEdition.status !== "PUBLISHED") return null;
  const stored = fittingShareImage(current.liveEdition, current.language);
  if (stored) return stored;
  const release = await db().release.findUnique({
    where: { id: releaseId },
    select: { ...releaseHeadSelect, liveEdition: { include: editionInclude } },
  });
  const live = release?.liveEdition;
  if (!release || !live || live.status !== "PUBLISHED") return null;
  // Loaded on the first card to draw, not when the server starts: Satori and resvg with their WASM and
  // native code add ~26 MB to a process that only serves readers (issue 17's memory row).
  const { renderShareImage } = await import("../../share-image/render");
  const png = await renderShareImage(shareCardText(toDTO(release, live), siteName()));
  const key = shareImageKey(createHash("sha256").update(png).digest("hex"));
  // Content-addressed: storing the same card twice (two instances, a correction with the same words)
  // writes the same bytes under the same key.
  await mediaStorage().put(key, png, "image/png");
  // Only if it is still the live published edition (a publish or an unpublish may have come in
  // between; the card of a newer edition is that one's to draw). Raw SQL: Prisma would bump updatedAt.
  await db().$executeRaw`
    UPDATE "Edition" e SET "shareImageKey" = ${key}, "shareImageFit" = ${shareImageFit(release.language)}
    FROM "Release" r
    WHERE e.id = ${live.id} AND r.id = ${releaseId} AND r."liveEditionId" = e.id AND e.status = 'PUBLISHED'`;
  return key;
}

/**
 * After a go-live: each release's card, one after another, then the cards of its editions that are
 * no longer live are retired; a failure is logged, never the publish's.
 */
export async function storeShareImages(releaseIds: string[]): Promise<void> {
  for (const id of new Set(releaseIds)) {
    try {
      await storeShareImage(id);
    } catch (error) {
      logger.warn("share image not stored; the backfill will draw it", {
        releaseId: id,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
  await retireShareImagesSafely(releaseIds);
}

/**
 * Cards nobody is served any more (issue 17): a card is public only while its edition is the live
 * published edition of its release, so after a correction, an unpublish or a withdrawal the earlier
 * card's file is dead weight in the media storage. The editions of these releases (and of their
 * translations, withdrawn with them) that are not live and published lose their card key, and each
 * file no edition names any more is deleted. An edition that goes live again is drawn again. Returns
 * how many editions lost their card.
 */
export async function retireShareImages(releaseIds: string[]): Promise<number> {
  const ids = [...new Set(releaseIds)];
  if (ids.length === 0) return 0;
  return retireCards(Prisma.sql`(r.id = ANY(${ids}) OR r."translationOfId" = ANY(${ids}))`, null);
}

/**
 * The sweep at start-up, for cards left by earlier versions (which never retired them): up to
 * `limit` editions with a card that is not served; returns how many editions it cleared.
 */
export function retireStaleShareImages(limit = 100): Promise<number> {
  return retireCards(Prisma.sql`TRUE`, limit);
}

/** Clears the card of the editions `scope` selects that are not served, then deletes unnamed files. */
async function retireCards(scope: Prisma.Sql, limit: number | null): Promise<number> {
  // A batch skips rows another instance holds; the releases' own step waits for them.
  const batch = limit === null ? Prisma.sql`FOR UPDATE OF e` : Prisma.sql`LIMIT ${limit} FOR UPDATE OF e SKIP LOCKED`;
  const retired = await db().$queryRaw<Array<{ key: string }>>`
    WITH old AS (
      SELECT e.id, e."shareImageKey" AS key
      FROM "Edition" e
      JOIN "Release" r ON r.id = e."releaseId"
      WHERE ${scope}
        AND e."shareImageKey" IS NOT NULL
        AND (r."liveEditionId" IS DISTINCT FROM e.id OR e.status <> 'PUBLISHED')
      ${batch}
    )
    UPDATE "Edition" e SET "shareImageKey" = NULL, "shareImageFit" = NULL
    FROM old WHERE e.id = old.id
    RETURNING old.key`;
  await deleteUnnamedCards([...new Set(retired.map((r) => r.key))]);
  return retired.length;
}

/** Deletes the card files no edition names (two statements, whatever the number of keys). */
async function deleteUnnamedCards(keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  // Content-addressed: a correction with the same words has the same card, still live.
  const named = await db().$queryRaw<Array<{ key: string }>>`
    SELECT DISTINCT "shareImageKey" AS key FROM "Edition" WHERE "shareImageKey" = ANY(${keys})`;
  const still = new Set(named.map((n) => n.key));
  const unnamed = keys.filter((k) => !still.has(k));
  if (unnamed.length === 0) return;
  for (const key of unnamed) await mediaStorage().delete(key);
  // The same card stored again by another instance while it was being deleted: its edition loses
  // the key, so the card is drawn again instead of linking a missing file.
  await db().$executeRaw`
    UPDATE "Edition" SET "shareImageKey" = NULL, "shareImageFit" = NULL WHERE "shareImageKey" = ANY(${unnamed})`;
}

/** retireShareImages after a committed step; a failure is logged, never the step's. */
export async function retireShareImagesSafely(releaseIds: string[]): Promise<void> {
  try {
    await retireShareImages(releaseIds);
  } catch (error) {
    logger.warn("old share images not retired; the next start sweeps them", {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * The backfill: draws up to `limit` cards of live published editions without a fitting one (live
 * before this existed, bulk-loaded, a new renderer, site name or release language), newest first, so
 * the releases most likely to be shared get theirs first. Returns how many it stored: a card that
 * fails is logged and skipped, so a batch of failures only ends the backfill until the next start.
 */
export async function renderStaleShareImages(limit = 10): Promise<number> {
  const stale = await db().$queryRaw<Array<{ releaseId: string }>>`
    SELECT r.id AS "releaseId"
    FROM "Release" r
    JOIN "Edition" e ON e.id = r."liveEditionId"
    WHERE e.status = 'PUBLISHED'
      AND e."shareImageFit" IS DISTINCT FROM ${SHARE_IMAGE_SCHEME} || '|' || ${siteName()}::text || '|' || r.language
    ORDER BY e."publishedAt" DESC
    LIMIT ${limit}`;
  let stored = 0;
  for (const { releaseId } of stale) {
    try {
      if (await storeShareImage(releaseId)) stored++;
    } catch (error) {
      logger.warn("share image not stored by the backfill", {
        releaseId,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return stored;
}

// ---------- the old address, until a release's card is stored ----------

const inFlight = new Map<string, Promise<string | null>>();
/** Failures are remembered a minute: a card that cannot be stored is not drawn again on every request. */
const failedUntil = new Map<string, number>();
const FAILURE_MS = 60_000;

/**
 * The card of a live release whose page still links the old address (/releases/<slug>/share-image):
 * stored now if the backfill has not reached it yet. Concurrent requests share one render, and a
 * stored card is found without drawing, so an edition is drawn at most once (per instance), not per
 * request. Returns the card's key, or null when there is none to serve.
 */
export async function ensureShareImage(releaseId: string): Promise<string | null> {
  const running = inFlight.get(releaseId);
  if (running) return running;
  if ((failedUntil.get(releaseId) ?? 0) > Date.now()) return null;
  const work = storeShareImage(releaseId)
    .catch((error: unknown) => {
      if (failedUntil.size >= 10_000) failedUntil.clear();
      failedUntil.set(releaseId, Date.now() + FAILURE_MS);
      logger.warn("share image not stored", {
        releaseId,
        reason: error instanceof Error ? error.message : String(error),
      });
      return null;
    })
    .finally(() => inFlight.delete(releaseId));
  inFlight.set(releaseId, work);
  return work;
}
