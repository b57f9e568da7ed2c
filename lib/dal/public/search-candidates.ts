import "server-only";
import { Prisma } from "@prisma/client";
import { publicDb } from "../../db";

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
 * release until 500 match, 10 000 of them for such a word. In a slice the planner can combine both
 * (a BitmapAnd of the GIN index and the editions' publication-time index) and read only the slice's
 * matches; a common word is done in the first slice or two, a rare one reads all of its few matches.
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
 * One slice's newest matches. `where` holds the conditions on r (Release) and e (its live Edition):
 * visibility, filters and the search match. The condition on e."publishedAt" repeats the slice's lower
 * bound for the edition (an edition goes live at or after its release's first publication, goLive in
 * lib/dal/releases/workflow.ts), so the planner can intersect the GIN matches with the
 * ("status", "publishedAt") index of Edition before reading any row.
 */
export function searchSliceSql(where: Prisma.Sql[], slice: TimeSlice, limit: number): Prisma.Sql {
  const conditions = [...where];
  if (slice.from)
    conditions.push(Prisma.sql`r."publishedAt" >= ${slice.from}`, Prisma.sql`e."publishedAt" >= ${slice.from}`);
  if (slice.before) conditions.push(Prisma.sql`r."publishedAt" < ${slice.before}`);
  return Prisma.sql`
    SELECT e.id AS edition
    FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY r."publishedAt" DESC, r.id DESC
    LIMIT ${limit}`;
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
    { from: cut, before: slice.before },
    { from: slice.from, before: cut },
  ];
}

/**
 * The first slice's statement, which also says when the archive's first release was first published:
 * the later slices wholly before that are not asked. Any release counts (the visible ones cannot be
 * older), and the (publishedAt, id) index gives it at once.
 */
function withArchiveStart(slice: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH slice AS (${slice})
    SELECT slice.edition, archive.start
    FROM (SELECT min("publishedAt") AS start FROM "Release") archive LEFT JOIN slice ON true`;
}

/**
 * The live editions of the newest SEARCH_CANDIDATES releases matching `where` (visibility, filters and
 * the search match), slice after slice: exactly the newest, since each slice is newer than the next and
 * is read newest first. One statement per slice, each planned for its own time range; none for the
 * slices older than the archive's first release. In the bench's archive (1 000 releases over five
 * weeks and the seed release of July 2024) a word with fewer than 500 matches took five statements and
 * now takes three: ~1 ms of the app's CPU each through Prisma, the empty slices' SQL itself being cheap.
 * After the first slice each is cut to the window the matches so far say it needs (narrowSlice), once:
 * a window that falls short is followed by the rest of its slice, whole.
 */
export async function searchCandidates(
  where: Prisma.Sql[],
  now: Date,
  range: { from: Date | null; before: Date | null },
): Promise<string[]> {
  const found: string[] = [];
  const top = range.before && range.before < now ? range.before : now;
  let start: Date | null | undefined;
  const queue = searchSlices(now, range);
  // The rest of a slice already cut is asked whole: cut again and again, a slice whose window found
  // nothing would be asked in windows growing by a fifth each (a gap in the matches, then the older ones).
  let rest: TimeSlice | undefined;
  for (let slice = queue.shift(); slice; slice = rest ?? queue.shift()) {
    if (start !== undefined && !sliceAfterStart(slice, start)) break; // the slices after it are older still
    const cut = start !== undefined && slice !== rest;
    rest = undefined;
    if (cut) {
      const oldest = range.from && (!start || range.from > start) ? range.from : (start ?? null);
      const [window, after] = narrowSlice(
        slice,
        { top, found: found.length, oldest },
        SEARCH_CANDIDATES - found.length,
      );
      slice = window!;
      rest = after;
    }
    const sql = searchSliceSql(where, slice, SEARCH_CANDIDATES - found.length);
    const rows = await publicDb().$queryRaw<Array<{ edition: string | null; start?: Date | null }>>(
      start === undefined ? withArchiveStart(sql) : sql,
    );
    if (start === undefined) start = rows[0]?.start ?? null;
    found.push(...rows.flatMap((r) => (r.edition ? [r.edition] : [])));
    if (found.length >= SEARCH_CANDIDATES) break;
  }
  return found;
}
