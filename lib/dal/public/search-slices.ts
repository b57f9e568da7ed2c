// Issue 17: the time slices a search reads the archive in, newest first, and how each is cut to the
// date filter and to what the matches so far say is missing. Pure geometry of time; the statements
// that read a slice are in search-candidates.ts.

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
