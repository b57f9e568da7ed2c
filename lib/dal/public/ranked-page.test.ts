// Issue 17: a search's page is cut from its ranked candidates in the app (no statement of its own).
// Pure: the order and the keyset paging that the ranked SQL statement used to do.
import { describe, expect, it } from "vitest";
import type { Cursor } from "../../validation/public-query";
import { rankedPage } from "./ranked-page";
import type { Candidate } from "./search-candidates";

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 12, minutes));
const candidate = (release: string, rank: string, minutes: number): Candidate => ({
  edition: `e-${release}`,
  release,
  at: at(minutes),
  rank,
});
const cursorOf = (c: Candidate): Cursor => ({ publishedAt: c.at, id: c.release, rank: c.rank });

// Ranks as PostgreSQL prints float4 values; b and c tie on rank, c and d on rank and instant.
const candidates = [
  candidate("a", "0.0303964", 50),
  candidate("b", "0.0607927", 10),
  candidate("c", "0.0607927", 40),
  candidate("d", "0.0607927", 40),
  candidate("e", "0.1", 0),
  candidate("f", "1e-20", 59),
];

describe("rankedPage", () => {
  it("orders best rank first, then newest, then the higher id", () => {
    expect(rankedPage(candidates, null, "older", 10).map((c) => c.release)).toEqual(["e", "d", "c", "b", "a", "f"]);
  });

  it("pages down and back up by cursor without repeating or skipping", () => {
    const first = rankedPage(candidates, null, "older", 2);
    expect(first.map((c) => c.release)).toEqual(["e", "d"]);
    const second = rankedPage(candidates, cursorOf(first[1]!), "older", 2);
    expect(second.map((c) => c.release)).toEqual(["c", "b"]);
    const third = rankedPage(candidates, cursorOf(second[1]!), "older", 2);
    expect(third.map((c) => c.release)).toEqual(["a", "f"]);
    expect(rankedPage(candidates, cursorOf(third[1]!), "older", 2)).toEqual([]);
    // Back up from the third page: nearest first (the caller reverses them).
    expect(rankedPage(candidates, cursorOf(third[0]!), "newer", 2).map((c) => c.release)).toEqual(["b", "c"]);
    expect(rankedPage(candidates, cursorOf(first[0]!), "newer", 1)).toEqual([]);
  });

  it("reads a cursor's rank as PostgreSQL's ::real does (rounded to float4), not as a double", () => {
    // 0.06079270 and 0.060792701 are the same float4 as 0.0607927: the cursor sits on the tie.
    const tie: Cursor = { publishedAt: at(40), id: "c", rank: "0.060792701" };
    expect(rankedPage(candidates, tie, "older", 10).map((c) => c.release)).toEqual(["b", "a", "f"]);
    expect(rankedPage(candidates, tie, "newer", 10).map((c) => c.release)).toEqual(["d", "e"]);
  });

  it("a cursor without a rank starts from the top", () => {
    const byDate: Cursor = { publishedAt: at(40), id: "c", rank: null };
    expect(rankedPage(candidates, byDate, "older", 1).map((c) => c.release)).toEqual(["e"]);
  });
});
