import "server-only";
import { Prisma } from "@prisma/client";
import { publicDb } from "../../db";
import type { SearchMatch } from "./search-match";
import { monthEditions, sliceWay } from "./search-slice-cost";

/**
 * Issue 17: a search ranks the newest SEARCH_CANDIDATES matches (within the filters), not every match.
 * Ranking reads each match's whole vector, so a word in most releases ("cooperation") cost a second
 * at 100 000 releases. Older matches are reached by narrowing the search (a date range, a country …),
 * whose matches are counted afresh.
 */
export const SEARCH_CANDIDATES = 500;

/**
 * The archive is searched in slices of publication time, newest first, until SEARCH_CANDIDATES matches
 * are found: the last 30 days, then up to a year back, three years, ten, and the rest.
 * Why: a GIN index finds every match of a word but not in date order, so keeping the newest 500 of a
 * word in 5 % of releases meant reading all 49 000 of its matches at 1 000 000 releases (0.56 s of SQL,
 * p95 0.6 s through the DAL); the (publishedAt, id) index walked newest first instead reads every
 * release until 500 match, 10 000 of them for such a word. A slice is walked, or read through the
 * GIN index, which holds each edition's month of publication beside its words, so it reads only the
 * entries of the months since the slice's start (searchSliceSql, sliceWay); a common word is done in
 * the first slice or two, a rare one reads all of its few matches.
 * Few and wide slices, because each is a statement of its own: at 100 000 releases, seven slices from
 * 7 days up cost a word in most releases an extra round trip (DAL p50 36 → 47 ms).
 */
export const SEARCH_SLICE_DAYS = [30, 365, 3 * 365, 10 * 365] as const;

const DAY_MS = 86_400_000;

export interface TimeSlice {
  /** Releases first published at or after this instant (null: from the beginning). */
  from: Date | null;
  /** … and before this one (null: up to now, which the visibility condition bounds). */
  before: Date | null;
  /**
   * With `before`: releases first published exactly then count too when their id is below this one
   * (the keyset of the listing's order), so a slice can start right after the opening walk's last
   * release however many share its instant.
   */
  beforeId?: string;
}

/**
 * The slices, newest first, that can hold a release first published within [from, before) (the date
 * filter's range, each end optional): a slice wholly outside it is not asked.
 */
export function searchSlices(now: Date, range: { from: Date | null; before: Date | null }): TimeSlice[] {
  const bounds = SEARCH_SLICE_DAYS.map((days) => new Date(now.getTime() - days * DAY_MS));
  const slices: TimeSlice[] = bounds.map((from, i) => ({ from, before: i === 0 ? null : bounds[i - 1]! }));
  slices.push({ from: null, before: bounds[bounds.length - 1]! });
  return slices.filter(
    (s) => !(range.from && s.before && s.before <= range.from) && !(range.before && s.from && s.from >= range.before),
  );
}

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
 * the slice's start hold most of the archive.
 */
export function searchSliceSql(
  where: Prisma.Sql[],
  rank: Prisma.Sql,
  slice: TimeSlice,
  limit: number,
  { byMonth = false }: { byMonth?: boolean } = {},
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
    FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
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
 * The slice cut to the date filter's range [from, before): a walk scans the (publishedAt, id) index
 * within its slice's bounds, and the filter's own conditions are tested per release, so without this
 * a walk of "from last week" would read a whole year's releases to reject them one by one.
 */
export function withinRange(slice: TimeSlice, range: { from: Date | null; before: Date | null }): TimeSlice {
  const from = range.from && (!slice.from || range.from > slice.from) ? range.from : slice.from;
  // An earlier upper bound replaces the keyset one: every release before it is also below the keyset.
  if (range.before && (!slice.before || range.before < slice.before)) return { from, before: range.before };
  return { ...slice, from };
}

/**
 * Whether a slice can hold anything in an archive whose first release was first published at `start`
 * (null: none ever was). A slice that ends at or before it is empty; asking it is a statement for
 * nothing (in a young archive, most of the slices).
 */
export function sliceAfterStart(slice: TimeSlice, start: Date | null): boolean {
  return slice.before === null || (start !== null && slice.before > start);
}

/**
 * How much wider than the matches seen so far suggest the next window is asked: matches are not spread
 * evenly over time, and a window that falls short costs one more statement.
 */
export const SLICE_MARGIN = 2;

/**
 * A slice cut down to the window the matches seen so far say holds the `needed` ones still missing,
 * newest first, and the rest of the slice to ask after it; or the slice whole when that window would
 * not be under half of it. Why: in a slice the BitmapAnd reads and sorts every match of the slice
 * before keeping the newest, so a word with 490 matches in the last year and 4 900 in all read the
 * ~1 000 matches of the one-to-three-year slice for the last ten (106–143 ms at 100 000 releases,
 * 41–42 ms for the words done within a year). The rate is the matches found per unit of time in the
 * span already asked (`top`, the newest instant a match can have, down to the slice's upper bound);
 * `oldest` is the oldest instant one can have (the archive's start, or the date filter's lower bound).
 */
export function narrowSlice(
  slice: TimeSlice,
  seen: { top: Date; found: number; oldest: Date | null },
  needed: number,
): TimeSlice[] {
  if (!slice.before || seen.found <= 0 || needed <= 0) return [slice];
  const asked = seen.top.getTime() - slice.before.getTime();
  if (asked <= 0) return [slice];
  const window = ((needed * asked) / seen.found) * SLICE_MARGIN;
  const lows = [slice.from, seen.oldest].flatMap((d) => (d ? [d.getTime()] : []));
  if (!lows.length) return [slice];
  const span = slice.before.getTime() - Math.max(...lows);
  if (window * 2 >= span) return [slice];
  const cut = new Date(slice.before.getTime() - Math.ceil(window));
  return [
    { ...slice, from: cut },
    { from: slice.from, before: cut },
  ];
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

/**
 * The opening walk's statement: the newest OPENING_WALK releases within the filters (walkedRows), their
 * matches with their ranks, how many were walked, the last one, the archive's start, the table's size
 * and whether the search is a phrase (what searchCandidates and sliceWay need next).
 */
export function openingWalkSql(filters: Prisma.Sql[], match: SearchMatch): Prisma.Sql {
  return Prisma.sql`
    WITH walked AS MATERIALIZED (${walkedRows(filters, OPENING_WALK)})
    SELECT m.edition, m.release, m.at, m.rank, n.walked, edge.at AS "edgeAt", edge.rid AS "edgeId", archive.start,
      greatest((SELECT reltuples FROM pg_class WHERE oid = '"Edition"'::regclass), 0)::float8 AS "tableEditions",
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
    Array<{
      edition: string | null;
      release: string | null;
      at: Date | null;
      rank: string | null;
      walked: number;
      edgeAt: Date | null;
      edgeId: string | null;
      start: Date | null;
      tableEditions: number;
      phrase: boolean;
      searchable: boolean;
    }>
  >(openingWalkSql(filters, match));
  const first = rows[0];
  const walked = first?.walked ?? 0;
  return {
    found: rows.flatMap((r) =>
      r.edition && r.release && r.at && r.rank !== null
        ? [{ edition: r.edition, release: r.release, at: r.at, rank: r.rank }]
        : [],
    ),
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
 * off, since on a test database of a few thousand editions fewMatchesBelow() would skip them.
 */
export const slicing = { oneStatementWhenFew: true };

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
 * exactly, with their ranks: the opening walk, then the time slices older than its last release,
 * newest first, each read newest first, none older than the archive's first release (or, when the
 * rest is expected to hold few matches, fewMatchesBelow, one statement for all of it). After the
 * opening each slice is cut to the window the matches so far say it needs (narrowSlice), once: a
 * window that falls short is followed by the rest of its slice, whole. Each window is walked or asked
 * through the GIN index, by its months or by the words alone, whichever sliceWay() says costs less.
 * Null when the search text has no word to search for (only stop words like "the"): the caller lists
 * by date instead.
 */
export async function searchCandidates(
  filters: Prisma.Sql[],
  match: SearchMatch,
  now: Date,
  range: { from: Date | null; before: Date | null },
): Promise<Candidate[] | null> {
  const opening = await openingWalk(filters, match);
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
