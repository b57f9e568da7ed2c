import type { Cursor } from "../../validation/public-query";
import type { Candidate } from "./search-candidates";

// Issue 17: a search's page is cut from its candidates (at most SEARCH_CANDIDATES, each found with its
// rank) here rather than by one more statement that read every candidate's vector again to rank it.
// The order is the ranked listing's: rank, then publication (publishedAt, id), all descending.

/** A float4 rank as PostgreSQL compares it: a cursor's text (any digits) is rounded to float4 first. */
const rankValue = (rank: string) => Math.fround(Number(rank));

interface Position {
  rank: number;
  at: number;
  id: string;
}

const position = (c: Candidate): Position => ({ rank: rankValue(c.rank), at: c.at.getTime(), id: c.release });

/** Negative when `a` comes before `b` in the ranked order (best first, then newest, then the higher id). */
function compare(a: Position, b: Position): number {
  if (a.rank !== b.rank) return b.rank - a.rank;
  if (a.at !== b.at) return b.at - a.at;
  return a.id === b.id ? 0 : a.id > b.id ? -1 : 1;
}

/**
 * Up to `limit` candidates past `cursor` (a ranked one; null: from the start): "older" walks down the
 * ranked order, "newer" walks up it, nearest first (the caller reverses those, as it does the rows of
 * a listing by date).
 */
export function rankedPage(
  candidates: readonly Candidate[],
  cursor: Cursor | null,
  direction: "older" | "newer",
  limit: number,
): Candidate[] {
  const sign = direction === "older" ? 1 : -1;
  const from =
    cursor && cursor.rank !== null
      ? { rank: rankValue(cursor.rank), at: cursor.publishedAt.getTime(), id: cursor.id }
      : null;
  return candidates
    .map((c) => ({ c, p: position(c) }))
    .filter(({ p }) => !from || sign * compare(p, from) > 0)
    .sort((a, b) => sign * compare(a.p, b.p))
    .slice(0, limit)
    .map(({ c }) => c);
}
