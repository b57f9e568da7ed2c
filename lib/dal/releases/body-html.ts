import "server-only";
import { db, type Tx } from "../../db";
import { READER_LANGUAGES, readerMessages } from "../../i18n/messages";
import { BODY_HTML_SCHEME, renderBodyFor, type StoredBody } from "../../i18n/release-body";
import { markdownToText } from "../../domain/markdown-text";
import { editionInclude, releaseHeadSelect, toDTO } from "./shape";

// Issue 17: a live edition's body, rendered once (lib/domain/release-body-html.ts) and stored with it,
// so the release page serves HTML instead of running the Markdown pipeline per request (~6 ms CPU).
//
// Written in exactly one place on the way to readers: goLive (lib/dal/releases/workflow.ts), which
// every publish, force-publish, scheduled publish, correction and translation going live passes, inside
// its transaction and after a translation's shared structure was applied, so the HTML is of exactly
// the edition that goes live. Drafts never get any (a new draft edition starts without it), and the
// public read takes it only from the live edition; a page it does not fit (another renderer version,
// catalog or language: the key) renders on read instead, with the same renderer, so it is never wrong.
//
// What could make stored HTML stale after publication, and why it cannot: the body and quotes of a
// live edition never change (a save makes a new draft edition); a quote's person is fixed (Quote →
// Person is onDelete Restrict) and a person's slug and name are never changed once created (only
// aliases are added, lib/dal/people.ts), so the links to /people/<slug> in the HTML stay valid. The
// release's language may change with a later save: the key then no longer fits and the page renders
// on read until the next go-live (or the backfill at the next start).

/**
 * Renders the edition's body for its release page, and as the text search excerpts are cut from, and
 * stores both with the edition (in `tx`).
 */
export async function storeBodyHtml(tx: Tx, releaseId: string, editionId: string): Promise<void> {
  const head = await tx.release.findUniqueOrThrow({ where: { id: releaseId }, select: releaseHeadSelect });
  const edition = await tx.edition.findUniqueOrThrow({ where: { id: editionId }, include: editionInclude });
  // Rendered from the same DTO and in the same chrome as the release page (its language: issue 14).
  const release = toDTO(head, edition);
  const rendered = renderBodyFor(release, readerMessages(release.language));
  // Raw SQL: Prisma's update would bump updatedAt, which is content time elsewhere (embargo sends).
  await tx.$executeRaw`
    UPDATE "Edition" SET "bodyHtml" = ${rendered.body}, "quoteIndexHtml" = ${rendered.index},
      "bodyHtmlKey" = ${rendered.key}, "bodyText" = ${markdownToText(edition.body)}
    WHERE id = ${editionId}`;
}

/** The stored HTML of an edition row, for the public read (the key is checked by the page). */
export function storedBodyOf(edition: {
  bodyHtml: string | null;
  quoteIndexHtml: string | null;
  bodyHtmlKey: string | null;
}): StoredBody | null {
  if (edition.bodyHtml === null || edition.bodyHtmlKey === null) return null;
  return { body: edition.bodyHtml, index: edition.quoteIndexHtml, key: edition.bodyHtmlKey };
}

/**
 * The backfill: renders up to `limit` live editions whose stored HTML or text is missing, or whose
 * HTML does not fit (editions live before this existed, a bulk-loaded database, a new renderer version
 * or catalog, a release whose language changed). The expected key is built in SQL as bodyHtmlKey builds it. Returns
 * how many it rendered; each in its own short transaction, so publishing is never held up.
 */
export async function renderStaleBodies(limit = 100): Promise<number> {
  const stale = await db().$queryRaw<Array<{ releaseId: string; editionId: string }>>`
    SELECT r.id AS "releaseId", e.id AS "editionId"
    FROM "Release" r
    JOIN "Edition" e ON e.id = r."liveEditionId"
    LEFT JOIN "Release" o ON o.id = r."translationOfId"
    WHERE e.status = 'PUBLISHED'
      AND (e."bodyText" IS NULL OR e."bodyHtmlKey" IS DISTINCT FROM ${BODY_HTML_SCHEME} || '|'
        || CASE WHEN r.language = ANY(${READER_LANGUAGES}::text[]) THEN r.language ELSE 'en' END
        || '|' || COALESCE(o.language, ''))
    LIMIT ${limit}`;
  for (const { releaseId, editionId } of stale)
    await db().$transaction(async (tx) => {
      // Still the live edition (a publish may have come in between; it rendered its own then).
      const live = await tx.release.findUnique({ where: { id: releaseId }, select: { liveEditionId: true } });
      if (live?.liveEditionId === editionId) await storeBodyHtml(tx, releaseId, editionId);
    });
  return stale.length;
}
