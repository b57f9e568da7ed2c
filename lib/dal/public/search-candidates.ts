import "server-only";
import { Prisma } from "@prisma/client";
import { prepared, publicDb } from "../../db";
import type { SearchMatch } from "./search-match";
import { monthEditions, sliceWay } from "./search-slice-cost";
import { narrowSlice, searchSlices, SLICE_MARGIN, sliceAfterStart, withinRange, type TimeSlice } from "./search-slices";

/**
 * Issue 17: a search ranks the newest SEARCH_CANDIDATES matches (within the filters), not every match.
 * Ranking reads each match's whole vector, so a word in most releases ("cooperation") cost a second
 * at 100 000 releases. Older matches are reached by narrowing the search (a date range, a country …),
 * whose matches are counted afresh.
 */
export const SEARCH_CANDIDATES = 500;

/**
 * One slice's newest matches, through the words' GIN index. `where` holds the conditions on r
 * (Release) and e (its live Edition): visibility, filters and the search match. The slice's lower
 * bound is repeated for the edition (an edition goes live at or after its release's first
 * publication, goLive in lib/dal/releases/workflow.ts). `byMonth` (the "months" way of sliceWay) as
 * the month of its publication: the index holds that month beside the words (migration
 * 20261206100000_search_by_month), so it reads the words' entries of the months since the slice's
 * start only. Otherwise as the instant, which the planner intersects with the ("status",
 * "publishedAt") index of Edition after reading every match of the words in the archive (49 121
 * entries for the 548 matches of a year at 1 000 000 releases), cheaper only when the months since
 * the slice's start hold most of the archive. `readsQuery`: the match reads the statement's CTE `hq`
 * (SearchMatch.reading), joined here.
 */
export function searchSliceSql(
  where: Prisma.Sql[],
  rank: Prisma.Sql,
  slice: TimeSlice,
  limit: number,
  { byMonth = false, readsQuery = false }: { byMonth?: boolean; readsQuery?: boolean } = {},
): Prisma.Sql {
  const conditions = [...where, ...releaseBounds(slice)];
  if (slice.from)
    conditions.push(
      byMonth
        ? Prisma.sql`publication_month(e."publishedAt") >= publication_month(${slice.from}::timestamptz)`
        : Prisma.sql`e."publishedAt" >= ${slice.from}`,
    );
  return Prisma.sql`
    SELECT e.id AS edition, r.id AS release, r."publishedAt" AS at, (${rank})::text AS rank
    FROM ${readsQuery ? Prisma.sql`hq CROSS JOIN ` : Prisma.empty}"Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY r."publishedAt" DESC, r.id DESC
    LIMIT ${limit}`;
}

/** `where` and the slice's bounds on r (Release) and e (its live Edition), as a walk tests them. */
function sliceConditions(where: Prisma.Sql[], slice: TimeSlice): Prisma.Sql[] {
  const conditions = [...where, ...releaseBounds(slice)];
  if (slice.from) conditions.push(Prisma.sql`e."publishedAt" >= ${slice.from}`);
  return conditions;
}

/** The slice's bounds on r (Release) alone: what the (publishedAt, id) index is scanned within. */
function releaseBounds(slice: TimeSlice): Prisma.Sql[] {
  const bounds: Prisma.Sql[] = [];
  if (slice.from) bounds.push(Prisma.sql`r."publishedAt" >= ${slice.from}`);
  if (slice.before && slice.beforeId)
    bounds.push(Prisma.sql`(r."publishedAt", r.id) < (${slice.before}::timestamptz, ${slice.beforeId})`);
  else if (slice.before) bounds.push(Prisma.sql`r."publishedAt" < ${slice.before}`);
  return bounds;
}

/**
 * The newest `limit` releases of `filters` (visibility and filters, no search), as the rows the opening
 * walk then tests the match on: the edition's id and the release's order, nothing wider. The match
 * stays outside (the CTE is materialised), so no plan reads the GIN index.
 * Why so narrow: sorted and materialised with each edition's vector and stored text, the rows cost
 * most of the walk where the planner sorts the archive instead of reading the index in order (a
 * small archive): 12 ms a search at 1 000 releases, 4 ms narrow (issue 17, 6 December 2026).
 */
function walkedRows(filters: Prisma.Sql[], limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT e.id AS edition, r."publishedAt" AS at, r.id AS rid
    FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
    WHERE ${Prisma.join(filters, " AND ")}
    ORDER BY r."publishedAt" DESC, r.id DESC LIMIT ${limit}`;
}

/**
 * One slice's newest matches, found by walking the slice's releases newest first (sliceWay) and
 * stopping at the `limit`-th match. Each release's edition is tested in a LATERAL subquery that is a
 * fence (OFFSET 0): it is read by its key, never through the GIN index, and the releases come from the
 * (publishedAt, id) index in order, so the walk reads only as far as it must. (A plain join let the
 * planner hash-join and sort the whole slice first: "customs cooperation" at 1 000 000 releases read
 * 10 010 releases of its year for 434 matches, 49–62 ms; streamed, 2 811 releases, 19 ms.)
 */
export function walkSliceSql(
  filters: Prisma.Sql[],
  match: Pick<SearchMatch, "where" | "rank">,
  slice: TimeSlice,
  limit: number,
): Prisma.Sql {
  const bounds = releaseBounds(slice);
  return Prisma.sql`
    SELECT w.edition, r.id AS release, r."publishedAt" AS at, w.rank
    FROM "Release" r CROSS JOIN LATERAL (
      SELECT e.id AS edition, (${match.rank})::text AS rank
      FROM "Edition" e
      WHERE e.id = r."liveEditionId" AND ${Prisma.join(sliceConditions([...filters, match.where], slice), " AND ")}
      OFFSET 0
    ) w
    ${bounds.length > 0 ? Prisma.sql`WHERE ${Prisma.join(bounds, " AND ")}` : Prisma.empty}
    ORDER BY r."publishedAt" DESC, r.id DESC
    LIMIT ${limit}`;
}

/**
 * The search opens by walking the newest OPENING_WALK releases (within the filters) and testing each
 * one's vector, which costs the same for every word (~5 ms at 1 000 000 releases). Why: asked through
 * the GIN index, a slice of any width reads all of a word's matches in the archive before keeping
 * the slice's ("civil aviation", in 18 % of releases: 183 975 index entries, ~100 ms, for the 159
 * matches of the last 30 days; a phrase also reads each match to check the words stand together,
 * 1.3 s). The walk also says how common the word is, for sliceWay().
 */
export const OPENING_WALK = 500;

/**
 * A release found by a search: its live edition, its order by date (publishedAt, id) and its rank
 * (ts_rank, with the headline share of a substring search; a float4 as PostgreSQL prints it, which
 * round-trips exactly). The rank is taken in the statement that finds the release, whose row holds
 * the vector already: ranking the candidates in a statement of their own read every vector again.
 */
export interface Candidate {
  edition: string;
  release: string;
  at: Date;
  rank: string;
}

interface Opening {
  found: Candidate[];
  walked: number;
  /** The last release walked (the oldest), when the walk stopped at OPENING_WALK. */
  edge: { at: Date; id: string } | null;
  /** The archive's first publication (null: nothing ever published). */
  start: Date | null;
  /** Rows of Edition as PostgreSQL last counted them (what the GIN index covers). */
  tableEditions: number;
  phrase: boolean;
  /** Whether the search text had a word to search for (searchableSql); the walk is void without one. */
  searchable: boolean;
}

/** Rows of Edition as PostgreSQL last counted them (0 when never counted), as "tableEditions". */
const tableEditionsSql = Prisma.sql`greatest((SELECT reltuples FROM pg_class WHERE oid = '"Edition"'::regclass), 0)::float8 AS "tableEditions"`;

/** A candidate's columns as a statement that LEFT JOINs its matches returns them (all null: none). */
type CandidateRow = { [K in keyof Candidate]: Candidate[K] | null };

/** The candidates among a statement's rows. */
function candidatesOf(rows: CandidateRow[]): Candidate[] {
  return rows.flatMap((r) =>
    r.edition && r.release && r.at && r.rank !== null
      ? [{ edition: r.edition, release: r.release, at: r.at, rank: r.rank }]
      : [],
  );
}

/**
 * The opening walk's statement: the newest OPENING_WALK releases within the filters (walkedRows), their
 * matches with their ranks, how many were walked, the last one, the archive's start, the table's size
 * and whether the search is a phrase (what searchCandidates and sliceWay need next).
 */
export function openingWalkSql(filters: Prisma.Sql[], match: SearchMatch): Prisma.Sql {
  return Prisma.sql`
    WITH walked AS MATERIALIZED (${walkedRows(filters, OPENING_WALK)})
    SELECT m.edition, m.release, m.at, m.rank, n.walked, edge.at AS "edgeAt", edge.rid AS "edgeId", archive.start,
      ${tableEditionsSql},
      strpos(querytree(${match.tsq}), '<') > 0 AS phrase, ${match.searchable} AS searchable
    FROM (SELECT min("publishedAt") AS start FROM "Release") archive
    CROSS JOIN (SELECT count(*)::int AS walked FROM walked) n
    LEFT JOIN LATERAL (SELECT at, rid FROM walked ORDER BY at, rid LIMIT 1) edge ON true
    LEFT JOIN LATERAL (
      -- Each walked edition read by its key (the OFFSET 0 fence keeps the match off the GIN index).
      SELECT w.edition, w.rid AS release, w.at, x.rank
      FROM walked w CROSS JOIN LATERAL (
        SELECT (${match.rank})::text AS rank FROM "Edition" e WHERE e.id = w.edition AND ${match.where} OFFSET 0
      ) x
      ORDER BY w.at DESC, w.rid DESC LIMIT ${SEARCH_CANDIDATES}
    ) m ON true`;
}

async function openingWalk(filters: Prisma.Sql[], match: SearchMatch): Promise<Opening> {
  const rows = await publicDb().$queryRaw<
    Array<
      CandidateRow & {
        walked: number;
        edgeAt: Date | null;
        edgeId: string | null;
        start: Date | null;
        tableEditions: number;
        phrase: boolean;
        searchable: boolean;
      }
    >
  >(openingWalkSql(filters, match));
  const first = rows[0];
  const walked = first?.walked ?? 0;
  return {
    found: candidatesOf(rows),
    walked,
    edge: walked >= OPENING_WALK && first?.edgeAt && first.edgeId ? { at: first.edgeAt, id: first.edgeId } : null,
    start: first?.start ?? null,
    tableEditions: Number(first?.tableEditions ?? 0),
    phrase: first?.phrase ?? false,
    searchable: first?.searchable ?? false,
  };
}

/**
 * Off, every search below the opening walk goes through the slices: the tests of the slices turn it
 * off, since on a test database of a few thousand editions fewMatchesBelow() would skip them. And
 * `wholeArchiveUpTo` (0: never), the tests of the walk turn to 0.
 */
export const slicing = { oneStatementWhenFew: true, wholeArchiveUpTo: 4_000 };

/**
 * The Edition table's size as this process's last search saw it (PostgreSQL's estimate, rows of every
 * edition; 0 when never counted): a hint for the next search's way, never a fact it relies on. Null
 * before the first.
 */
export const archiveSeen: { editions: number | null } = { editions: null };

/**
 * Whether a search reads the whole archive in one statement instead of opening with the walk: an
 * archive of at most `slicing.wholeArchiveUpTo` editions (a press office's for years). Why: there the
 * walk saves little, since even a word in every release has at most that many matches to rank, and
 * its two statements cost more than the one. The bench's 161 terms (scripts/bench/statement-probe.ts,
 * 6 December 2026, alternated twice): a search's mean 14.2–15.4 → 10.4–11.0 ms at 1 000 releases,
 * 14.9–15.7 → 11.6–12.5 at 2 000, 16.6–16.8 → 12.9–13.8 at 4 000; "cooperation" (in 75 % of releases)
 * p50 18.6–19.8 → 11.5–14.3 ms at 4 000, p95 no higher. Not for a table PostgreSQL has not counted
 * yet (0, also what one never analysed reads, whatever it holds): the walk costs the same at any size.
 */
export function wholeArchive(editions: number | null): boolean {
  return editions !== null && editions > 0 && editions <= slicing.wholeArchiveUpTo;
}

/**
 * The whole archive's newest SEARCH_CANDIDATES matches, whether q is searchable, and the table's size.
 * Prepared (lib/db.ts): in an archive this small every plan reads at most its few thousand editions,
 * so the generic plan, with the tsquery made once in a CTE, serves every word, and a search saves the
 * statement's parsing and planning (the bench's 161 terms at 2 011 releases, psql: 2.0 → 1.2 ms a
 * search, the commonest words the same; 7 December 2026). Not when the match has a part per word
 * (substrings): a connection holds each text it prepares for as long as it lives, so the texts must
 * be few (one per set of filters given, and per listing kind), whatever readers type.
 */
export function wholeArchiveSql(filters: Prisma.Sql[], match: SearchMatch): Prisma.Sql {
  const inQuery = match.reading(Prisma.sql`hq.tsq`);
  const matches = searchSliceSql(
    [...filters, inQuery.where],
    inQuery.rank,
    { from: null, before: null },
    SEARCH_CANDIDATES,
    { readsQuery: true },
  );
  const sql = Prisma.sql`
    WITH hq AS MATERIALIZED (SELECT ${match.tsq} AS tsq)
    SELECT m.edition, m.release, m.at, m.rank, s.searchable, s."tableEditions"
    FROM (SELECT ${match.searchable} AS searchable,
      ${tableEditionsSql}) s
    LEFT JOIN LATERAL (${matches}) m ON true`;
  return match.substrings === 0 ? prepared(sql) : sql;
}

async function searchWholeArchive(filters: Prisma.Sql[], match: SearchMatch): Promise<Candidate[] | null> {
  const rows = await publicDb().$queryRaw<Array<CandidateRow & { searchable: boolean; tableEditions: number }>>(
    wholeArchiveSql(filters, match),
  );
  archiveSeen.editions = Number(rows[0]?.tableEditions ?? 0);
  return rows[0]?.searchable ? candidatesOf(rows) : null;
}

/**
 * Whether the releases below the opening walk are expected to hold no more matches than are still
 * missing (`needed`, with the margin): then slicing saves nothing, since all of them are needed, and
 * one statement through the GIN index reads them at once instead of one per slice (a small archive, or
 * a rare word in a large one). The density is (found + 1) / walked, so a walk that found nothing does
 * not promise an empty archive; `editions` is what the GIN index covers (drafts and old editions too,
 * which only makes the guess larger).
 */
export function fewMatchesBelow(o: { found: number; walked: number; needed: number; editions: number }): boolean {
  if (!slicing.oneStatementWhenFew) return false;
  const density = (o.found + 1) / Math.max(o.walked, 1);
  return density * Math.max(o.editions - o.walked, 0) <= o.needed * SLICE_MARGIN;
}

/**
 * The newest SEARCH_CANDIDATES releases matching `filters` (visibility and filters) and `match`,
 * exactly, with their ranks: in a small archive (wholeArchive) one statement; else the opening walk,
 * then the time slices older than its last release, newest first, each read newest first, none older
 * than the archive's first release (or, when the rest is expected to hold few matches,
 * fewMatchesBelow, one statement for all of it). After the opening each slice is cut to the window the
 * matches so far say it needs (narrowSlice), once: a window that falls short is followed by the rest
 * of its slice, whole. Each window is walked or asked through the GIN index, by its months or by the
 * words alone, whichever sliceWay() says costs less.
 * Null when the search text has no word to search for (only stop words like "the"): the caller lists
 * by date instead.
 */
export async function searchCandidates(
  filters: Prisma.Sql[],
  match: SearchMatch,
  now: Date,
  range: { from: Date | null; before: Date | null },
): Promise<Candidate[] | null> {
  if (wholeArchive(archiveSeen.editions)) return searchWholeArchive(filters, match);
  const opening = await openingWalk(filters, match);
  archiveSeen.editions = opening.tableEditions;
  if (!opening.searchable) return null;
  const found = [...opening.found];
  const edge = opening.edge;
  if (found.length >= SEARCH_CANDIDATES || !edge) return found; // found them, or walked the whole range
  const missing = SEARCH_CANDIDATES - found.length;
  if (
    fewMatchesBelow({ found: found.length, walked: opening.walked, needed: missing, editions: opening.tableEditions })
  ) {
    const below: TimeSlice = { from: null, before: edge.at, beforeId: edge.id };
    found.push(
      ...(await publicDb().$queryRaw<Candidate[]>(
        searchSliceSql([...filters, match.where], match.rank, below, missing),
      )),
    );
    return found;
  }
  const top = range.before && range.before < now ? range.before : now;
  const oldest = range.from && (!opening.start || range.from > opening.start) ? range.from : opening.start;
  // The slices below the walk's last release, the first one starting right after it. What the walk
  // left of the slice it ended in joins the next slice: through the GIN index every statement reads
  // all of the word's entries (or of the months since its start), so a statement for that remainder
  // alone would double the cost.
  const [holding, next, ...older] = searchSlices(now, range).filter((s) => s.from === null || s.from < edge.at);
  const below = next ?? holding;
  const queue = below ? [{ ...below, before: edge.at, beforeId: edge.id }, ...older] : [];
  // The rest of a slice already cut is asked whole: cut again and again, a slice whose window found
  // nothing would be asked in windows growing by a fifth each (a gap in the matches, then the older ones).
  let rest: TimeSlice | undefined;
  for (let slice = queue.shift(); slice; slice = rest ?? queue.shift()) {
    if (!sliceAfterStart(slice, opening.start)) break; // the slices after it are older still
    const needed = SEARCH_CANDIDATES - found.length;
    if (slice !== rest) {
      const [window, after] = narrowSlice(slice, { top, found: found.length, oldest }, needed);
      slice = window!;
      rest = after;
    } else rest = undefined;
    const way = sliceWay({
      found: opening.found.length,
      walked: opening.walked,
      needed,
      editions: opening.tableEditions,
      phrase: opening.phrase,
      months: slice.from
        ? monthEditions({
            from: slice.from,
            now,
            editions: opening.tableEditions,
            start: opening.start,
            walked: opening.walked,
            edge: edge.at,
          })
        : null,
    });
    const sql =
      way === "walk"
        ? walkSliceSql(filters, match, withinRange(slice, range), needed)
        : searchSliceSql([...filters, match.where], match.rank, slice, needed, { byMonth: way === "months" });
    found.push(...(await publicDb().$queryRaw<Candidate[]>(sql)));
    if (found.length >= SEARCH_CANDIDATES) break;
  }
  return found;
}
