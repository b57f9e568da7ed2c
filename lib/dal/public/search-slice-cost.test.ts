// Issue 17: how a search's time slice is read, by the costs measured at 1 000 000 releases.
import { describe, expect, it } from "vitest";
import { monthEditions, sliceWay } from "./search-slice-cost";

const DAY = 86_400_000;

describe("issue 17: each window is walked or asked through the GIN index, whichever costs less", () => {
  const million = 1_000_000;
  const way = (o: { found: number; needed: number; editions?: number; phrase?: boolean; months?: number | null }) =>
    sliceWay({ walked: 500, editions: million, phrase: false, months: null, ...o });
  it("a word in 18 % of a million releases is walked; a rare one, or any word in a small archive, is not", () => {
    // "civil aviation" at 1 000 000: 92 of the 500 newest, 408 missing (walk ~15 ms, GIN ~101 ms).
    expect(way({ found: 92, needed: 408 })).toBe("walk");
    expect(way({ found: 2, needed: 498 })).toBe("words");
    expect(way({ found: 0, needed: 500 })).toBe("words");
    expect(way({ found: 92, needed: 408, editions: 2_000 })).toBe("words");
    // In a year's slice of 10 500 releases its ~1 900 matches are read by the months (~9 ms); a word
    // in 75 % of releases ("cooperation") is still walked (~630 releases, ~4 ms, against ~20 ms).
    expect(way({ found: 92, needed: 408, months: 10_500 })).toBe("months");
    expect(way({ found: 375, needed: 472, months: 10_500 })).toBe("walk");
  });
  it("a phrase, whose every GIN match is read back, is walked sooner than a plain word as common", () => {
    // In 5 % of releases: walking ~9 500 releases (63 ms) against 50 000 rechecks (1.3 s) or entries (28 ms).
    expect(way({ found: 25, needed: 475, phrase: true })).toBe("walk");
    expect(way({ found: 25, needed: 475 })).toBe("words");
  });
  it("a word in 5 % of releases is read by the months of a recent slice, by the words alone in an old wide one", () => {
    // "renewable energy" at 1 000 000 (6 December): a year's slice, 10 500 releases, 542 matches: the
    // months ~6 ms, against a walk of ~9 000 releases (41 ms) or all 49 121 matches (15–31 ms).
    expect(way({ found: 25, needed: 472, months: 10_500 })).toBe("months");
    expect(way({ found: 25, needed: 472, phrase: true, months: 10_500 })).toBe("months");
    // Ten years back the months gather 105 000 editions (~60 ms); the words alone ~28 ms.
    expect(way({ found: 25, needed: 472, months: 105_000 })).toBe("words");
  });
  it("estimates the editions a read by months gathers from the archive's rate or the opening walk's", () => {
    const now = new Date("2026-12-06T00:00:00Z");
    const yearAgo = new Date(now.getTime() - 365 * DAY);
    // A million releases over 95 years: ~10 500 a year, and up to a month more for the month boundary.
    const archive = { now, editions: million, start: new Date(now.getTime() - 95 * 365 * DAY), walked: 0, edge: null };
    const year = monthEditions({ ...archive, from: yearAgo });
    expect(year).toBeGreaterThan(10_500);
    expect(year).toBeLessThan(11_500);
    // The newest 500 released over the last week: the walk's rate is the higher one (~26 000 a year).
    const busy = monthEditions({ ...archive, from: yearAgo, walked: 500, edge: new Date(now.getTime() - 7 * DAY) });
    expect(busy).toBeGreaterThan(26_000);
    // Never more than the table holds.
    expect(monthEditions({ ...archive, from: new Date(now.getTime() - 200 * 365 * DAY) })).toBe(million);
  });
});
