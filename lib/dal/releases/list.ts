import "server-only";
import { Prisma, type EditionStatus } from "@prisma/client";
import { db } from "../../db";
import type { VersionState } from "../../domain/translation-state";
import { listFamilyVersions } from "./translations";
import { RELEASE_TABS, type ReleaseTab } from "../../domain/release-tabs";
import type { EditorReleaseCursor, EditorReleaseQuery } from "../../validation/editor-release-query";

// The editor's releases list (/admin): every release by its newest edition, drafts included, with a
// full-text search over that edition (the same Edition."searchVector", kept by the triggers of the
// public_search migration for every edition, and the same websearch_to_tsquery/ts_rank as the public
// search), filters, status tabs with their counts, and keyset pages: a page is "the rows after this
// one" in (rank,) updatedAt, id order, so a release saved meanwhile goes to the top instead of moving
// every later page by one, and a deep page costs what the first one does (no OFFSET).

const EDITOR_RELEASES_PER_PAGE = 50;

export interface EditorReleaseRow {
  id: string;
  headline: string;
  /** The newest edition's state. */
  status: EditionStatus;
  /** The state of the edition readers see, if any (a published release may have a newer draft). */
  liveStatus: EditionStatus | null;
  /** Force-published and not yet reviewed by someone else. */
  needsReview: boolean;
  countries: string[];
  updatedAt: Date;
  updatedByName: string | null;
  /** Issue 14: the language it is written in, and whether it is a translation. */
  language: string;
  translationOfId: string | null;
  /** Its family's language versions when there are several ("EN published · AZ draft"), else empty. */
  versions: VersionState[];
}

export type EditorReleaseCounts = Record<ReleaseTab, number>;

interface EditorReleasePage {
  tab: ReleaseTab;
  items: EditorReleaseRow[];
  /** Cursors for the page before (newer or better ranked) and after, if there is one. */
  newer: EditorReleaseCursor | null;
  older: EditorReleaseCursor | null;
  /** Per tab, under the same search and filters. */
  counts: EditorReleaseCounts;
  /** The search text had no searchable word ("the"), so it was not applied. */
  emptySearch: boolean;
  /** The page link belonged to another kind of list (ranked vs by date), so the first page is shown. */
  cursorIgnored: boolean;
}

type Filters = Pick<EditorReleaseQuery, "q" | "author" | "country" | "language">;

// r: the release, e: its newest edition, live: the edition readers see (if any). Two shapes of the same
// rows, for two kinds of plan (measured with scripts/bench/editor-list.ts):
// - from the editions, "newest" as an anti-join: hash joins for counting every release, and the GIN
//   index of searchVector for a search;
// - from the releases in list order, the newest edition looked up per row (LATERAL): a page without a
//   search reads its 50 rows from the (updatedAt, id) index and stops, however long the list is.
const BY_EDITION = Prisma.sql`"Edition" e
  JOIN "Release" r ON r.id = e."releaseId"
  LEFT JOIN "Edition" live ON live.id = r."liveEditionId"`;
const NEWEST = Prisma.sql`NOT EXISTS (SELECT 1 FROM "Edition" x WHERE x."releaseId" = e."releaseId" AND x.number > e.number)`;
const BY_RELEASE = Prisma.sql`"Release" r
  CROSS JOIN LATERAL (
    SELECT n.headline, n.status, n.countries, n."updatedById" FROM "Edition" n
    WHERE n."releaseId" = r.id ORDER BY n.number DESC LIMIT 1
  ) e
  LEFT JOIN "Edition" live ON live.id = r."liveEditionId"`;

const isAuthor = (userId: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "ReleaseAuthor" ra WHERE ra."releaseId" = r.id AND ra."userId" = ${userId})`;

function tabSql(tab: ReleaseTab, userId: string): Prisma.Sql {
  switch (tab) {
    case "all":
      return Prisma.sql`TRUE`;
    case "mine":
      return isAuthor(userId);
    case "drafts":
      return Prisma.sql`e.status IN ('DRAFT', 'REJECTED')`;
    case "review":
      return Prisma.sql`(e.status = 'SUBMITTED' OR coalesce(live."needsReview", false))`;
    case "scheduled":
      return Prisma.sql`e.status = 'SCHEDULED'`;
    case "published":
      return Prisma.sql`live.status = 'PUBLISHED'`;
    case "withdrawn":
      return Prisma.sql`live.status = 'WITHDRAWN'`;
  }
}

const tsquery = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

function filterSql(f: Filters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (f.q) where.push(Prisma.sql`e."searchVector" @@ ${tsquery(f.q)}`);
  if (f.author) where.push(isAuthor(f.author));
  if (f.country) where.push(Prisma.sql`e.countries @> ARRAY[${f.country}]::text[]`);
  if (f.language) where.push(Prisma.sql`r.language = ${f.language}`);
  return where;
}

const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`);

/** How many releases each tab holds under the search and filters: one pass over the matching releases. */
async function countByTab(f: Filters, userId: string): Promise<EditorReleaseCounts> {
  const columns = RELEASE_TABS.map(
    (tab) => Prisma.sql`count(*) FILTER (WHERE ${tabSql(tab, userId)})::int AS ${Prisma.raw(`"${tab}"`)}`,
  );
  const [row] = await db().$queryRaw<EditorReleaseCounts[]>`
    SELECT ${Prisma.join(columns, ", ")} FROM ${BY_EDITION} WHERE ${and([NEWEST, ...filterSql(f)])}`;
  return row!;
}

type Row = Omit<EditorReleaseRow, "versions"> & { rank: string | null };

/** One page in list order after (or before) the cursor: "older" walks down, "newer" walks up. */
function pageSql(
  f: Filters,
  tab: ReleaseTab,
  userId: string,
  cursor: EditorReleaseCursor | null,
  direction: "older" | "newer",
  limit: number,
): Prisma.Sql {
  const rank = f.q ? Prisma.sql`ts_rank(e."searchVector", ${tsquery(f.q)})` : null;
  const where = [...filterSql(f), tabSql(tab, userId)];
  const cmp = Prisma.raw(direction === "older" ? "<" : ">");
  const dir = Prisma.raw(direction === "older" ? "DESC" : "ASC");
  if (cursor) {
    where.push(
      rank && cursor.rank !== null
        ? Prisma.sql`(${rank}, r."updatedAt", r.id) ${cmp} (${cursor.rank}::real, ${cursor.updatedAt}::timestamptz, ${cursor.id})`
        : Prisma.sql`(r."updatedAt", r.id) ${cmp} (${cursor.updatedAt}::timestamptz, ${cursor.id})`,
    );
  }
  const order = rank
    ? Prisma.sql`${rank} ${dir}, r."updatedAt" ${dir}, r.id ${dir}`
    : Prisma.sql`r."updatedAt" ${dir}, r.id ${dir}`;
  return Prisma.sql`
    SELECT r.id, r."updatedAt", e.headline, e.status, live.status AS "liveStatus",
      coalesce(live."needsReview", false) AS "needsReview", e.countries, u.name AS "updatedByName",
      r.language, r."translationOfId",
      ${rank ? Prisma.sql`${rank}::text` : Prisma.sql`NULL::text`} AS rank
    FROM ${rank ? BY_EDITION : BY_RELEASE} LEFT JOIN "User" u ON u.id = e."updatedById"
    WHERE ${and(rank ? [NEWEST, ...where] : where)}
    ORDER BY ${order}
    LIMIT ${limit}`;
}

/** Whether websearch_to_tsquery finds any word to search for in q ("the" alone has none). */
async function hasLexemes(q: string): Promise<boolean> {
  const [row] = await db().$queryRaw<Array<{ n: number }>>`SELECT numnode(${tsquery(q)})::int AS n`;
  return (row?.n ?? 0) > 0;
}

/**
 * One page of the list. `chooseTab` picks the tab when the query names none, from the counts (the
 * caller knows who is asking: a writer's landing tab is theirs, a reviewer's what awaits review).
 */
export async function listReleasesForEditors(
  query: EditorReleaseQuery,
  userId: string,
  chooseTab: (counts: EditorReleaseCounts) => ReleaseTab,
  limit = EDITOR_RELEASES_PER_PAGE,
): Promise<EditorReleasePage> {
  const emptySearch = query.q !== null && !(await hasLexemes(query.q));
  const filters: Filters = {
    q: emptySearch ? null : query.q,
    author: query.author,
    country: query.country,
    language: query.language,
  };
  // A ranked list needs a ranked cursor and the other way round: anything else is a stale link.
  const fits = (c: EditorReleaseCursor | null) => c === null || (c.rank !== null) === (filters.q !== null);
  const cursorIgnored = !fits(query.after) || !fits(query.before);
  const after = cursorIgnored ? null : query.after;
  const before = cursorIgnored ? null : query.before;
  const cursor = before ?? after;
  const direction = before ? "newer" : "older";

  const load = (tab: ReleaseTab) => db().$queryRaw<Row[]>(pageSql(filters, tab, userId, cursor, direction, limit + 1));
  let tab = query.tab;
  let counts: EditorReleaseCounts;
  let rows: Row[];
  if (tab) {
    [counts, rows] = await Promise.all([countByTab(filters, userId), load(tab)]);
  } else {
    counts = await countByTab(filters, userId);
    tab = chooseTab(counts);
    rows = await load(tab);
  }

  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (direction === "newer") page.reverse();
  const toCursor = (r: Row): EditorReleaseCursor => ({ updatedAt: r.updatedAt, id: r.id, rank: r.rank });
  const firstRow = page[0];
  const lastRow = page.at(-1);
  let newer: EditorReleaseCursor | null = null;
  let older: EditorReleaseCursor | null = null;
  if (direction === "older") {
    older = more && lastRow ? toCursor(lastRow) : null;
    // A page after a cursor has the cursor's row above it. Not asked of the database: for a search that
    // would rank every match a second time (it could only differ if that row has left the list since,
    // and then the page before may be empty, with its own way back).
    if (cursor) newer = firstRow ? toCursor(firstRow) : cursor;
  } else {
    newer = more && firstRow ? toCursor(firstRow) : null;
    older = lastRow ? toCursor(lastRow) : cursor;
  }
  const families = await listFamilyVersions([...new Set(page.map((r) => r.translationOfId ?? r.id))]);
  const items = page.map(({ rank: _rank, ...row }) => {
    const versions = families.get(row.translationOfId ?? row.id) ?? [];
    return { ...row, versions: versions.length > 1 ? versions : [] };
  });
  return { tab, items, newer, older, counts, emptySearch, cursorIgnored };
}

/** The list's filter choices: everyone who is an author of a release, and every country an edition names. */
export async function listEditorListChoices(): Promise<{
  authors: Array<{ id: string; name: string }>;
  countries: string[];
}> {
  const [authors, countries] = await Promise.all([
    db().$queryRaw<Array<{ id: string; name: string }>>`
      SELECT u.id, u.name FROM "User" u
      WHERE EXISTS (SELECT 1 FROM "ReleaseAuthor" ra WHERE ra."userId" = u.id)
      ORDER BY lower(u.name), u.id`,
    db().$queryRaw<Array<{ code: string }>>`
      SELECT DISTINCT c AS code FROM "Edition" e, unnest(e.countries) c ORDER BY c`,
  ]);
  return { authors, countries: countries.map((c) => c.code) };
}
