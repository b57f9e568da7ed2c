import "server-only";
import { Prisma } from "@prisma/client";
import { now as clockNow } from "../../clock";
import { publicDb } from "../../db";
import type { AgreementTypeValue } from "../../domain/agreement-types";
import type { DatelineOffset } from "../../domain/dateline";
import { slugify } from "../../domain/slug";
import type { Cursor, PublicReleaseQuery, ReleaseFilters } from "../../validation/public-query";
import type { EditionMediaDTO } from "../releases/shape";
import { rankedPage } from "./ranked-page";
import { searchCandidates } from "./search-candidates";
import { loadSummaries } from "./summaries";
import { visibleSql } from "./visible-sql";
import { containsPattern, searchMatch } from "./search-match";

export { MARK_START, MARK_STOP } from "./search-highlight";
export { containsPattern } from "./search-match";
export { originalPublicSql, visibleSql } from "./visible-sql";
export { SEARCH_CANDIDATES } from "./search-candidates";

const RELEASES_PER_PAGE = 20;

export interface PublicReleaseSummary {
  id: string;
  /** The slug of its public address: a translation's is its original's (its own ~az-… slug is internal). */
  slug: string;
  /** Issue 14: the address of this version (/releases/<slug> or /<language>/releases/<slug>). */
  path: string;
  /** The language it is written in. */
  language: string;
  headline: string;
  summary: string;
  issuer: string;
  countries: string[];
  datelinePlace: string | null;
  datelineAt: Date;
  datelineOffsetMinutes: DatelineOffset;
  publishedAt: Date;
  agreementTypes: AgreementTypeValue[];
  /** With a search: the same texts with matches between MARK_START and MARK_STOP. */
  highlight: { headline: string; summary: string; snippet: string | null } | null;
  /** The lead image, once its variants exist (issue 13): lists show it small. */
  image: EditionMediaDTO | null;
}

export interface PublicReleasePage {
  items: PublicReleaseSummary[];
  /** Cursor of the page before (newer / better ranked) and after (older / less relevant), if any. */
  newer: Cursor | null;
  older: Cursor | null;
  /** The search text had no searchable word (only stop words like "the"), so it was not applied. */
  emptySearch: boolean;
  /** The cursor belonged to another kind of listing (ranked vs by date), so the first page is shown. */
  cursorIgnored: boolean;
}

const dayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const nextDay = (isoDate: string) => new Date(dayStart(isoDate).getTime() + 86_400_000);

/** Filter conditions on r (Release) and e (its live Edition); shared with the agreements listing. */
export function filterSql(
  f: Omit<ReleaseFilters, "issuer" | "speaker"> & Partial<Pick<ReleaseFilters, "issuer" | "speaker">>,
): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  // One array value, not one per country: the statement's text stays the same for any number of them
  // (a prepared statement, wholeArchiveSql, is held per text on every connection).
  if (f.countries.length > 0) where.push(Prisma.sql`e.countries && ${f.countries}::text[]`);
  if (f.agreementType) {
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Agreement" a WHERE a."editionId" = e.id AND a.type = ${f.agreementType}::"AgreementType")`,
    );
  }
  if (f.issuer) where.push(Prisma.sql`e.issuer ILIKE ${containsPattern(f.issuer)}`);
  if (f.speaker) {
    // A slug ("aykhan-hajizade"), the name or any alias, in part ("Hajizade").
    const pattern = containsPattern(f.speaker);
    where.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "Quote" qt JOIN "Person" p ON p.id = qt."personId"
      WHERE qt."editionId" = e.id
        AND (p.slug = ${slugify(f.speaker)} OR p.name ILIKE ${pattern} OR EXISTS (SELECT 1 FROM unnest(p.aliases) al WHERE al ILIKE ${pattern})))`);
  }
  if (f.from) where.push(Prisma.sql`r."publishedAt" >= ${dayStart(f.from)}`);
  if (f.to) where.push(Prisma.sql`r."publishedAt" < ${nextDay(f.to)}`);
  return where;
}

type Row = { id: string; publishedAt: Date; rank: string | null };

/**
 * The page query of a listing by date: visible releases matching the filters, after or before a
 * keyset cursor, (publishedAt, id) descending. `direction` "older" walks down the order, "newer" walks
 * up (then the rows are reversed). A search's page is cut from its candidates instead (rankedPage).
 */
export function pageSql(
  query: Pick<PublicReleaseQuery, "language"> & ReleaseFilters,
  cursor: Cursor | null,
  direction: "older" | "newer",
  limit: number,
  now: Date,
): Prisma.Sql {
  const cmp = direction === "older" ? Prisma.raw("<") : Prisma.raw(">");
  const dir = direction === "older" ? Prisma.raw("DESC") : Prisma.raw("ASC");
  const where = candidateFilters(query, now);
  if (cursor) where.push(Prisma.sql`(r."publishedAt", r.id) ${cmp} (${cursor.publishedAt}::timestamptz, ${cursor.id})`);
  return Prisma.sql`
    SELECT r.id, r."publishedAt", NULL::text AS rank
    FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY r."publishedAt" ${dir}, r.id ${dir}
    LIMIT ${limit}`;
}

/** The conditions a listing's releases meet: visibility and the filters (a search adds its match). */
export function candidateFilters(
  query: Pick<PublicReleaseQuery, "language"> & ReleaseFilters,
  now: Date,
): Prisma.Sql[] {
  return [visibleSql(now, { language: query.language }), ...filterSql(query)];
}

/** Published releases, newest first (or best match first with q), one keyset page at a time. */
export async function searchPublishedReleases(
  query: PublicReleaseQuery,
  limit = RELEASES_PER_PAGE,
  now = clockNow(),
): Promise<PublicReleasePage> {
  let effective = query;
  // A search: its candidates, each with its rank, and the page cut from them (no statement of its own).
  // None when the text has no searchable word (only stop words like "the"): then it is not applied.
  const candidates = query.q
    ? await searchCandidates(candidateFilters(query, now), searchMatch(query.q, query.language), now, {
        from: query.from ? dayStart(query.from) : null,
        before: query.to ? nextDay(query.to) : null,
      })
    : null;
  const emptySearch = query.q !== null && candidates === null;
  if (emptySearch) effective = { ...query, q: null };
  // A ranked listing needs a ranked cursor and the other way round: anything else is a stale link.
  const fits = (c: Cursor | null) => c === null || (c.rank !== null) === (effective.q !== null);
  const cursorIgnored = !fits(effective.after) || !fits(effective.before);
  if (cursorIgnored) effective = { ...effective, after: null, before: null };
  const cursor = effective.before ?? effective.after;
  const direction = effective.before ? "newer" : "older";
  const pageOf = async (at: Cursor | null, towards: "older" | "newer", count: number): Promise<Row[]> =>
    candidates
      ? rankedPage(candidates, at, towards, count).map((c) => ({ id: c.release, publishedAt: c.at, rank: c.rank }))
      : publicDb().$queryRaw<Row[]>(pageSql(effective, at, towards, count, now));
  const rows = await pageOf(cursor, direction, limit + 1);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (direction === "newer") page.reverse();

  const toCursor = (r: Row): Cursor => ({ publishedAt: r.publishedAt, id: r.id, rank: r.rank });
  const firstRow = page[0];
  const lastRow = page[page.length - 1];
  let newer: Cursor | null = null;
  let older: Cursor | null = null;
  if (direction === "older") {
    older = more && lastRow ? toCursor(lastRow) : null;
    // Is there anything above this page? One cheap row tells (the first page has nothing above).
    if (cursor && firstRow) {
      const above = await pageOf(toCursor(firstRow), "newer", 1);
      newer = above.length > 0 ? toCursor(firstRow) : null;
    } else if (cursor && !firstRow) {
      newer = cursor; // past the end (e.g. a stale link): offer the way back
    }
  } else {
    newer = more && firstRow ? toCursor(firstRow) : null;
    if (lastRow) older = toCursor(lastRow);
    else if (cursor) older = cursor;
  }

  const items = await loadSummaries(
    page.map((r) => r.id),
    effective.q,
    now,
    effective.language,
  );
  return { items, newer, older, emptySearch, cursorIgnored };
}

const RELATED_LIMIT = 4;
// Issue 17: scoring every live release took 41–65 s a call at 1 000 000 releases (the first reader of
// each release page after a publish paid it). Candidates are now the newest releases and the release's
// own neighbours in time, found through the publishedAt index: a bounded cost at any archive size.
const RELATED_RECENT = 1000;
const RELATED_AROUND = 500;

/**
 * Published releases related to `releaseId`, best first: a shared speaker counts most (the same
 * minister again), then a shared agreement party, then a shared country; ties go to the newest. Only
 * live editions count on both sides, so a draft's parties never link two public releases. Looked for
 * among the newest releases and the release's neighbours in time (RELATED_RECENT, RELATED_AROUND): in
 * a large archive an older match beyond them is left out.
 */
export async function listRelatedReleases(
  releaseId: string,
  limit = RELATED_LIMIT,
  now = clockNow(),
): Promise<PublicReleaseSummary[]> {
  const rows = await publicDb().$queryRaw<Array<{ id: string }>>(relatedSql(releaseId, limit, now));
  return loadSummaries(
    rows.map((r) => r.id),
    null,
    now,
  );
}

/**
 * The statement of listRelatedReleases. The release's time bounds its neighbours as a scalar
 * subquery, not as a join with `me`: joined, the planner read the publishedAt index from one end and
 * filtered every row against it (975 020 rows read, 354 ms, for a recent release at 1 000 000
 * releases: the bench of 6 December); as a scalar it is the index scan's own bound.
 */
export function relatedSql(releaseId: string, limit: number, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH me AS (
      SELECT e.id AS edition, e.countries, r."publishedAt" AS at,
        ARRAY(SELECT DISTINCT q."personId" FROM "Quote" q WHERE q."editionId" = e.id) AS speakers,
        ARRAY(SELECT DISTINCT lower(p) FROM "Agreement" a, unnest(a.parties) p WHERE a."editionId" = e.id) AS parties
      FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
      WHERE r.id = ${releaseId}
    ), candidates AS (
      (SELECT c.id FROM "Release" c WHERE c."publishedAt" <= ${now}
        ORDER BY c."publishedAt" DESC, c.id DESC LIMIT ${RELATED_RECENT})
      UNION
      (SELECT c.id FROM "Release" c WHERE c."publishedAt" <= (SELECT at FROM me)
        ORDER BY c."publishedAt" DESC, c.id DESC LIMIT ${RELATED_AROUND})
      UNION
      (SELECT c.id FROM "Release" c WHERE c."publishedAt" > (SELECT at FROM me) AND c."publishedAt" <= ${now}
        ORDER BY c."publishedAt" ASC, c.id ASC LIMIT ${RELATED_AROUND})
    )
    SELECT r.id
    FROM me, candidates JOIN "Release" r ON r.id = candidates.id JOIN "Edition" e ON e.id = r."liveEditionId"
    CROSS JOIN LATERAL (
      SELECT
        (SELECT count(DISTINCT q."personId") FROM "Quote" q WHERE q."editionId" = e.id AND q."personId" = ANY(me.speakers)) AS speakers,
        (SELECT count(DISTINCT lower(p)) FROM "Agreement" a, unnest(a.parties) p WHERE a."editionId" = e.id AND lower(p) = ANY(me.parties)) AS parties,
        cardinality(ARRAY(SELECT unnest(e.countries) INTERSECT SELECT unnest(me.countries))) AS countries
    ) shared
    WHERE r.id <> ${releaseId} AND ${visibleSql(now)}
      AND (shared.speakers + shared.parties + shared.countries) > 0
    ORDER BY shared.speakers * 4 + shared.parties * 2 + shared.countries DESC, r."publishedAt" DESC, r.id DESC
    LIMIT ${limit}`;
}

/**
 * Countries and issuers of published releases, for the filter form's choices (of one language's
 * versions, issue 14, or of the originals), and the languages readers can read releases in (an
 * original's or a live translation's), for the Language filter and the links between language homes.
 * Issue 17: read from "PublicFacet", the summary the database keeps at every publish, withdrawal or
 * change of a public release (migration 20261203060000_public_facets), one row per choice: its rows
 * whose first public instant has come are exactly what a scan of every visible release would find
 * (lib/dal/public/facets.test.ts compares both), at a few hundred rows instead of every release.
 */
export async function listPublicFacets(
  language: string | null = null,
  now = clockNow(),
): Promise<{ countries: string[]; issuers: string[]; languages: string[] }> {
  const rows = await publicDb().$queryRaw<Array<{ kind: string; value: string }>>`
    SELECT kind, value FROM "PublicFacet"
    WHERE "firstVisibleAt" <= ${now}
      AND ((scope = ${language ?? ""} AND kind <> 'language') OR (scope = '' AND kind = 'language'))
    -- Issuers last: they are the many, and the limit is only a guard.
    ORDER BY kind = 'issuer', value LIMIT 1000`;
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.value);
  return { countries: of("country"), issuers: of("issuer"), languages: of("language") };
}
