import "server-only";
import { Prisma } from "@prisma/client";
import { now as clockNow } from "../../clock";
import { db } from "../../db";
import type { AgreementTypeValue } from "../../domain/agreement-types";
import { slugify } from "../../domain/slug";
import { markdownToText, withoutMatchMarks } from "../../domain/markdown-text";
import { hasVariants, leadImage } from "../../domain/media/reader";
import type { Cursor, PublicReleaseQuery, ReleaseFilters } from "../../validation/public-query";
import { editionInclude, releaseHeadSelect, toDTO, type EditionMediaDTO, type ReleaseDTO } from "../releases/shape";
import { publicWhere } from "./releases";

/** Sentinels ts_headline puts around matched words; components/highlighted-text.tsx turns them into <mark>. */
export const MARK_START = "««";
export const MARK_STOP = "»»";

const RELEASES_PER_PAGE = 20;

export interface PublicReleaseSummary {
  id: string;
  slug: string;
  headline: string;
  summary: string;
  issuer: string;
  countries: string[];
  datelinePlace: string | null;
  datelineAt: Date;
  datelineOffsetMinutes: number;
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

/**
 * The raw-SQL twin of publicWhere() (lib/dal/releases.ts): a live PUBLISHED edition whose publication
 * instant has come. Raw SQL is needed here for tsvector matching, ts_rank ordering and row-value keyset
 * comparisons, none of which Prisma's query builder expresses. The rows it finds are then loaded
 * through publicWhere() itself (loadSummaries), so the Prisma filter stays the final word on what is
 * public, and lib/dal/public/search.test.ts checks that both agree.
 */
export function visibleSql(now: Date, { translations = false }: { translations?: boolean } = {}): Prisma.Sql {
  const live = Prisma.sql`r."publishedAt" <= ${now} AND e.status = 'PUBLISHED' AND e."publishedAt" <= ${now}`;
  // Lists show originals only (issue 14); a translation's files are public at its own address too.
  return translations ? live : Prisma.sql`${live} AND r."translationOfId" IS NULL`;
}

/** LIKE pattern for "contains", with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const dayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const nextDay = (isoDate: string) => new Date(dayStart(isoDate).getTime() + 86_400_000);

/** Filter conditions on r (Release) and e (its live Edition); shared with the agreements listing. */
export function filterSql(
  f: Omit<ReleaseFilters, "issuer" | "speaker"> & Partial<Pick<ReleaseFilters, "issuer" | "speaker">>,
): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (f.countries.length > 0) where.push(Prisma.sql`e.countries && ARRAY[${Prisma.join(f.countries)}]::text[]`);
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

/** Whether websearch_to_tsquery finds any lexeme in q ("the" alone has none). */
async function hasLexemes(q: string): Promise<boolean> {
  const [row] = await db().$queryRaw<
    Array<{ n: number }>
  >`SELECT numnode(websearch_to_tsquery('english', ${q}))::int AS n`;
  return (row?.n ?? 0) > 0;
}

/**
 * The page query: visible releases matching the filters (and q), in listing order, after or before a
 * keyset cursor. Without q: (publishedAt, id) descending. With q: (ts_rank, publishedAt, id) descending.
 * `direction` "older" walks down the order, "newer" walks up (then the rows are reversed).
 */
export function pageSql(
  query: Pick<PublicReleaseQuery, "q"> & ReleaseFilters,
  cursor: Cursor | null,
  direction: "older" | "newer",
  limit: number,
  now: Date,
): Prisma.Sql {
  const q = query.q;
  const tsq = q ? Prisma.sql`websearch_to_tsquery('english', ${q})` : null;
  const rank = tsq ? Prisma.sql`ts_rank(e."searchVector", ${tsq})` : null;
  const where = [visibleSql(now), ...filterSql(query)];
  if (tsq) where.push(Prisma.sql`e."searchVector" @@ ${tsq}`);
  const cmp = direction === "older" ? Prisma.raw("<") : Prisma.raw(">");
  const dir = direction === "older" ? Prisma.raw("DESC") : Prisma.raw("ASC");
  if (cursor) {
    where.push(
      rank && cursor.rank !== null
        ? Prisma.sql`(${rank}, r."publishedAt", r.id) ${cmp} (${cursor.rank}::real, ${cursor.publishedAt}::timestamptz, ${cursor.id})`
        : Prisma.sql`(r."publishedAt", r.id) ${cmp} (${cursor.publishedAt}::timestamptz, ${cursor.id})`,
    );
  }
  const order = rank
    ? Prisma.sql`${rank} ${dir}, r."publishedAt" ${dir}, r.id ${dir}`
    : Prisma.sql`r."publishedAt" ${dir}, r.id ${dir}`;
  return Prisma.sql`
    SELECT r.id, r."publishedAt", ${rank ? Prisma.sql`${rank}::text` : Prisma.sql`NULL::text`} AS rank
    FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${order}
    LIMIT ${limit}`;
}

/** Published releases, newest first (or best match first with q), one keyset page at a time. */
export async function searchPublishedReleases(
  query: PublicReleaseQuery,
  limit = RELEASES_PER_PAGE,
  now = clockNow(),
): Promise<PublicReleasePage> {
  let effective = query;
  const emptySearch = query.q !== null && !(await hasLexemes(query.q));
  if (emptySearch) effective = { ...query, q: null };
  // A ranked listing needs a ranked cursor and the other way round: anything else is a stale link.
  const fits = (c: Cursor | null) => c === null || (c.rank !== null) === (effective.q !== null);
  const cursorIgnored = !fits(effective.after) || !fits(effective.before);
  if (cursorIgnored) effective = { ...effective, after: null, before: null };
  const cursor = effective.before ?? effective.after;
  const direction = effective.before ? "newer" : "older";
  const rows = await db().$queryRaw<Row[]>(pageSql(effective, cursor, direction, limit + 1, now));
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
      const above = await db().$queryRaw<Row[]>(pageSql(effective, toCursor(firstRow), "newer", 1, now));
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
  );
  return { items, newer, older, emptySearch, cursorIgnored };
}

/**
 * Loads the page's releases through publicWhere() (the one public-visibility rule) and the shared DTO
 * builder, in the page's order, with ts_headline highlights when searching.
 */
async function loadSummaries(ids: string[], q: string | null, now: Date): Promise<PublicReleaseSummary[]> {
  if (ids.length === 0) return [];
  const releases = await db().release.findMany({
    where: { AND: [publicWhere(now), { id: { in: ids } }] },
    select: { ...releaseHeadSelect, liveEdition: { include: editionInclude } },
  });
  const byId = new Map(releases.map((r) => [r.id, r]));
  const found = ids.flatMap((id) => {
    const r = byId.get(id);
    return r?.liveEdition && r.publishedAt ? [{ dto: toDTO(r, r.liveEdition), publishedAt: r.publishedAt }] : [];
  });
  const highlights = q
    ? await highlight(
        found.map(({ dto }) => dto),
        q,
      )
    : new Map<string, PublicReleaseSummary["highlight"]>();
  return found.map(({ dto, publishedAt }) => ({
    id: dto.id,
    slug: dto.slug,
    headline: dto.headline,
    summary: dto.summary,
    issuer: dto.issuer,
    countries: dto.countries,
    datelinePlace: dto.datelinePlace,
    datelineAt: dto.datelineAt,
    datelineOffsetMinutes: dto.datelineOffsetMinutes,
    publishedAt,
    agreementTypes: [...new Set(dto.agreements.map((a) => a.type))],
    highlight: highlights.get(dto.id) ?? null,
    image: listImage(dto.media),
  }));
}

/** A list's image: the lead image with its variants and words, without a placeholder (a list shows it small). */
function listImage(media: EditionMediaDTO[]): EditionMediaDTO | null {
  const lead = leadImage(media);
  return lead && hasVariants(lead) ? { ...lead, placeholder: null } : null;
}

type HighlightSource = Pick<ReleaseDTO, "id" | "headline" | "summary" | "body" | "agreements" | "quotes">;

/**
 * ts_headline for one page of releases only (it re-parses the text, so never for the whole result).
 * Headline and summary are highlighted whole, the snippet is the best fragments of the rest: the body
 * as the reader sees it (Markdown turned into its text first, so an excerpt never shows `**`, a link's
 * address or a heading's `#`, and no fragment starts inside a mark-up pair), then the agreements and
 * quotes. The texts lose any match marks of their own first: only ts_headline's are marks.
 */
async function highlight(
  releases: HighlightSource[],
  q: string,
): Promise<Map<string, PublicReleaseSummary["highlight"]>> {
  if (releases.length === 0) return new Map();
  const marks = { start: MARK_START, stop: MARK_STOP };
  const safe = (text: string) => withoutMatchMarks(text, marks);
  const rows = releases.map((r) => {
    const rest = [
      markdownToText(r.body),
      ...r.agreements.map((a) => `${a.title} (${a.parties.join(", ")})`),
      ...r.quotes.map((quote) => quote.text),
    ].join(" ");
    return Prisma.sql`(${r.id}::text, ${safe(r.headline)}::text, ${safe(r.summary)}::text, ${safe(rest)}::text)`;
  });
  const sel = `StartSel="${MARK_START}", StopSel="${MARK_STOP}"`;
  const found = await db().$queryRaw<Array<{ id: string; headline: string; summary: string; snippet: string | null }>>`
    WITH query AS (SELECT websearch_to_tsquery('english', ${q}) AS tsq)
    SELECT t.id,
      ts_headline('english', t.headline, query.tsq, ${`HighlightAll=true, ${sel}`}) AS headline,
      ts_headline('english', t.summary, query.tsq, ${`HighlightAll=true, ${sel}`}) AS summary,
      CASE WHEN to_tsvector('english', t.rest) @@ query.tsq
        THEN ts_headline('english', t.rest, query.tsq, ${`MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … ", ${sel}`})
      END AS snippet
    FROM (VALUES ${Prisma.join(rows)}) AS t(id, headline, summary, rest) CROSS JOIN query`;
  return new Map(found.map((r) => [r.id, { headline: r.headline, summary: r.summary, snippet: r.snippet }]));
}

const RELATED_LIMIT = 4;

/**
 * Published releases related to `releaseId`, best first: a shared speaker counts most (the same
 * minister again), then a shared agreement party, then a shared country; ties go to the newest. Only
 * live editions count on both sides, so a draft's parties never link two public releases.
 */
export async function listRelatedReleases(
  releaseId: string,
  limit = RELATED_LIMIT,
  now = clockNow(),
): Promise<PublicReleaseSummary[]> {
  const rows = await db().$queryRaw<Array<{ id: string }>>`
    WITH me AS (
      SELECT e.id AS edition, e.countries,
        ARRAY(SELECT DISTINCT q."personId" FROM "Quote" q WHERE q."editionId" = e.id) AS speakers,
        ARRAY(SELECT DISTINCT lower(p) FROM "Agreement" a, unnest(a.parties) p WHERE a."editionId" = e.id) AS parties
      FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
      WHERE r.id = ${releaseId}
    )
    SELECT r.id
    FROM me, "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
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
  return loadSummaries(
    rows.map((r) => r.id),
    null,
    now,
  );
}

/** Countries and issuers of published releases, for the filter form's choices. */
export async function listPublicFacets(now = clockNow()): Promise<{ countries: string[]; issuers: string[] }> {
  const rows = await db().$queryRaw<Array<{ kind: string; value: string }>>`
    SELECT DISTINCT 'country' AS kind, c AS value
    FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId", unnest(e.countries) c
    WHERE ${visibleSql(now)}
    UNION
    SELECT DISTINCT 'issuer', e.issuer
    FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
    WHERE ${visibleSql(now)}
    ORDER BY 2 LIMIT 1000`;
  return {
    countries: rows.filter((r) => r.kind === "country").map((r) => r.value),
    issuers: rows.filter((r) => r.kind === "issuer").map((r) => r.value),
  };
}
