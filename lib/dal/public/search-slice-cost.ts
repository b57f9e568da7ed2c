/**
 * Issue 17: how a time slice of a search is read, chosen by what each way is measured to cost. A
 * slice's matches are found by walking its releases newest first ("walk"), or through the words' GIN
 * index bounded by the months the slice covers ("months", migration 20261206100000_search_by_month),
 * or through the words alone, every match of the archive, intersected with the editions' publication
 * time ("words"). The opening walk says how common the words are (`found` of `walked`).
 */
export type SliceWay = "walk" | "months" | "words";

/** Measured costs (1 000 000 releases, EXPLAIN ANALYZE and timed statements), in µs. */
const COST_US = {
  /**
   * A release walked newest first and its edition tested, streamed (walkSliceSql stops at the last
   * match it needs): 19 ms for 2 811, 62 ms for 9 409 (4 December, evening). Before the walk streamed,
   * 11 µs, and it read the whole window.
   */
  walkedRelease: 6.6,
  /** An index entry of the words' GIN scan (~100 ms for 183 975 entries of two words; 4 December). */
  ginEntry: 0.55,
  /** A match of a phrase read back from the table to check the words' positions (1.3 s for 49 600). */
  phraseRecheck: 26,
  /**
   * An edition of the months a "months" read covers: the index's month entries are gathered first
   * (6 December: a year's slice, 10 500 releases, ~5 ms before any word; 532 matches in 6.1 ms, 7 824
   * in 19.9 ms).
   */
  monthEdition: 0.5,
  /** A match of those months, read and ranked (the same figures: ~1.9 µs a match). */
  monthMatch: 1.9,
  /** A phrase's match of those months, read back to check its words stand together (8.7 ms for 467). */
  monthPhraseMatch: 7.7,
};

/** The month boundary rounds a slice's start down by up to a month; the months' read covers that too. */
const MONTH_MS = 31 * 86_400_000;

/**
 * About how many editions a "months" read from `from` gathers: every edition published since the
 * month of `from` (the index has no upper bound: an edition can go live long after its release was
 * first published, so none can be set). The rate is the higher of the archive's average and that of
 * the opening walk (a search's filters make the walk's the lower), capped by the table's size.
 */
export function monthEditions(o: {
  from: Date;
  now: Date;
  editions: number;
  start: Date | null;
  walked: number;
  edge: Date | null;
}): number {
  const perMs = (count: number, since: Date | null) =>
    since && o.now.getTime() > since.getTime() ? count / (o.now.getTime() - since.getTime()) : 0;
  const rate = Math.max(perMs(o.editions, o.start), perMs(o.walked, o.edge));
  return Math.min(o.editions, rate * (o.now.getTime() - o.from.getTime() + MONTH_MS));
}

/**
 * The cheapest way to read a slice, from what the opening walk found: `found` matches among `walked`
 * releases, `needed` still missing, `editions` the rows the GIN index covers, `phrase` when the query
 * has a phrase, `months` the editions a "months" read would gather (monthEditions), or null when the
 * slice has no start (the archive's oldest part: the words alone are read). The walk reads about
 * needed / density releases, then stops; "words" reads all of the words' entries in the archive;
 * "months" gathers the months' entries and reads the matches among them. With no match seen, the
 * walk has no density to go by and is not chosen.
 */
export function sliceWay(o: {
  found: number;
  walked: number;
  needed: number;
  editions: number;
  phrase: boolean;
  months: number | null;
}): SliceWay {
  const density = o.walked > 0 ? o.found / o.walked : 0;
  const costs: Array<[SliceWay, number]> = [
    ["words", density * o.editions * (o.phrase ? COST_US.phraseRecheck : COST_US.ginEntry)],
  ];
  if (density > 0) costs.push(["walk", (o.needed / density) * COST_US.walkedRelease]);
  if (o.months !== null)
    costs.push([
      "months",
      o.months * COST_US.monthEdition + density * o.months * (o.phrase ? COST_US.monthPhraseMatch : COST_US.monthMatch),
    ]);
  return costs.reduce((best, next) => (next[1] < best[1] ? next : best))[0];
}
