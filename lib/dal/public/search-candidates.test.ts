// Issue 17: a search ranks a capped candidate set, the newest SEARCH_CANDIDATES matches, so a word in
// most releases costs the same at a million releases as at a thousand. Runs against the real test
// database of test/global-setup.ts, like search.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import { parseReleaseQuery } from "../../validation/public-query";
import { candidateFilters, SEARCH_CANDIDATES, searchPublishedReleases } from "./search";
import { searchMatch } from "./search-match";
import {
  type Candidate,
  fewMatchesBelow,
  OPENING_WALK,
  searchSliceSql,
  slicing,
  walkSliceSql,
} from "./search-candidates";
import {
  narrowSlice,
  SEARCH_SLICE_DAYS,
  SLICE_MARGIN,
  searchSlices,
  sliceAfterStart,
  withinRange,
} from "./search-slices";
import { insertMatches, removeMatches, suffix } from "@/test/dal";

/** Every release a search lists, page after page (200 a page), and whether any came twice. */
async function everyMatch(q: string) {
  const query = parseReleaseQuery({ q }).query;
  const seen: string[] = [];
  let page = await searchPublishedReleases(query, 200);
  seen.push(...page.items.map((i) => i.id));
  for (let guard = 0; page.older && guard < 20; guard++) {
    page = await searchPublishedReleases({ ...query, after: page.older }, 200);
    seen.push(...page.items.map((i) => i.id));
  }
  return { ids: [...new Set(seen)].sort(), repeats: seen.length - new Set(seen).size };
}

const DAY = 86_400_000;

/** A search for the word of insertMatches() finds exactly the SEARCH_CANDIDATES newest, none twice. */
async function expectNewestOf(tag: string, count: number, at: string, editionAt: string) {
  await insertMatches(tag, count, { at, editionAt });
  try {
    const { ids, repeats } = await everyMatch(tag);
    expect(repeats).toBe(0);
    const newest = Array.from({ length: SEARCH_CANDIDATES }, (_, i) => `${tag}${i + 1}`);
    expect(ids).toEqual([...newest].sort());
  } finally {
    await removeMatches(tag);
  }
}

describe("issue 17: the archive is searched in time slices, newest first", () => {
  it("slices cover all time without overlap, and a date range skips the slices outside it", () => {
    const now = new Date("2026-12-03T12:00:00Z");
    const all = searchSlices(now, { from: null, before: null });
    expect(all).toHaveLength(SEARCH_SLICE_DAYS.length + 1);
    expect(all[0]).toEqual({ from: new Date(now.getTime() - 30 * DAY), before: null });
    expect(all.at(-1)).toEqual({ from: null, before: new Date(now.getTime() - 3650 * DAY) });
    for (let i = 1; i < all.length; i++) expect(all[i]!.before).toEqual(all[i - 1]!.from);
    // 2026-01-01 to 2026-06-30: between 155 and 336 days back, so only the "30 days to a year" slice.
    const range = { from: new Date("2026-01-01T00:00:00Z"), before: new Date("2026-07-01T00:00:00Z") };
    expect(searchSlices(now, range)).toEqual([
      { from: new Date(now.getTime() - 365 * DAY), before: new Date(now.getTime() - 30 * DAY) },
    ]);
    // Only an upper bound 20 years back: the oldest slice alone.
    expect(searchSlices(now, { from: null, before: new Date("2006-01-01T00:00:00Z") })).toEqual([all.at(-1)]);
  });
});

describe("issue 17: slices older than the archive are not asked", () => {
  it("a slice ending at or before the first release's publication holds nothing; the newest slice is always asked", () => {
    const now = new Date("2026-12-03T12:00:00Z");
    const [recent, year, three, ten, rest] = searchSlices(now, { from: null, before: null });
    // An archive started 100 days ago: the last 30 days and the year before them.
    const start = new Date(now.getTime() - 100 * DAY);
    expect([recent, year, three, ten, rest].map((s) => sliceAfterStart(s!, start))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    // Started exactly where the three-year slice ends: that slice holds nothing.
    expect(sliceAfterStart(three!, three!.before)).toBe(false);
    expect(sliceAfterStart(three!, new Date(three!.before!.getTime() - 1))).toBe(true);
    // Nothing ever published: only the newest slice (which then finds nothing).
    expect(sliceAfterStart(recent!, null)).toBe(true);
    expect(sliceAfterStart(year!, null)).toBe(false);
  });
});

describe("issue 17: the next slice is cut to what the matches so far say is missing", () => {
  const now = new Date("2026-12-03T12:00:00Z");
  const [, year, three, , rest] = searchSlices(now, { from: null, before: null });
  const start = new Date(now.getTime() - 20 * 365 * DAY);
  it("490 matches in the last year, 10 missing: a window of the one-to-three-year slice, then the rest of it", () => {
    const parts = narrowSlice(three!, { top: now, found: 490, oldest: start }, 10);
    // 490 a year: 10 take ~7.4 days, asked with the margin (~14.9 days).
    const window = Math.ceil(((10 * 365 * DAY) / 490) * SLICE_MARGIN);
    expect(parts).toEqual([
      { from: new Date(three!.before!.getTime() - window), before: three!.before },
      { from: three!.from, before: new Date(three!.before!.getTime() - window) },
    ]);
  });
  it("the oldest slice, unbounded, is cut by the archive's start", () => {
    const [window, after] = narrowSlice(rest!, { top: now, found: 499, oldest: start }, 1);
    expect(window!.before).toEqual(rest!.before);
    expect(window!.from!.getTime()).toBeGreaterThan(start.getTime());
    expect(after).toEqual({ from: null, before: window!.from });
  });
  it("kept whole when the window would be half of it or more, when nothing was found, or for the first slice", () => {
    // 100 found in the last 30 days, 400 missing: 240 days of a 335-day slice.
    const sparse = narrowSlice(year!, { top: now, found: 100, oldest: start }, 400);
    expect(sparse).toEqual([year]);
    expect(narrowSlice(three!, { top: now, found: 0, oldest: start }, 500)).toEqual([three]);
    const [first] = searchSlices(now, { from: null, before: null });
    expect(narrowSlice(first!, { top: now, found: 10, oldest: start }, 490)).toEqual([first]);
    // An archive that starts inside the slice: the slice is only as long as the archive there.
    const young = new Date(three!.before!.getTime() - 20 * DAY);
    expect(narrowSlice(three!, { top: now, found: 490, oldest: young }, 10)).toEqual([three]);
  });
  it("a date filter's upper bound is where the matches' time starts", () => {
    // Filtered to before a year ago, 300 found in the 30 days to a year slice (335 days, but only the
    // ~30 days below the filter's end can hold them): fast, so the next window is short.
    const before = new Date(now.getTime() - 335 * DAY);
    const parts = narrowSlice(three!, { top: before, found: 300, oldest: start }, 200);
    const window = Math.ceil(((200 * 30 * DAY) / 300) * SLICE_MARGIN);
    expect(parts[0]).toEqual({ from: new Date(three!.before!.getTime() - window), before: three!.before });
  });
});

describe("issue 17: a walked window is cut to the date filter's range", () => {
  const at = (d: string) => new Date(`${d}T00:00:00Z`);
  const slice = { from: at("2025-01-01"), before: at("2026-01-01"), beforeId: "r9" };
  it("a later lower bound or an earlier upper bound replaces the slice's; the keyset goes with its bound", () => {
    expect(withinRange(slice, { from: at("2025-06-01"), before: null })).toEqual({ ...slice, from: at("2025-06-01") });
    expect(withinRange(slice, { from: null, before: at("2025-09-01") })).toEqual({
      from: at("2025-01-01"),
      before: at("2025-09-01"),
    });
    expect(withinRange(slice, { from: at("2024-01-01"), before: at("2027-01-01") })).toEqual(slice);
    expect(withinRange({ from: null, before: null }, { from: at("2025-06-01"), before: null })).toEqual({
      from: at("2025-06-01"),
      before: null,
    });
  });
});

describe("issue 17: each window is walked or asked through the GIN index, whichever costs less", () => {
  walkingFirst({ slices: true });
  it("a walked slice and the same slice through the GIN index find the same releases", async () => {
    const tag = `walk${suffix()}`;
    // 60 releases over 60 days, every third one with the word.
    await insertMatches(tag, 60, {
      at: `now() - g * interval '1 day'`,
      body: `CASE WHEN g % 3 = 0 THEN 'The body mentions ' || $1 || ' once.' ELSE 'Nothing here.' END`,
    });
    try {
      const now = new Date();
      const query = parseReleaseQuery({ q: tag }).query;
      const filters = candidateFilters(query, now);
      const slice = { from: new Date(now.getTime() - 45 * DAY), before: new Date(now.getTime() - 5 * DAY) };
      const match = searchMatch(tag, null);
      const viaIndex = await db().$queryRaw<Candidate[]>(
        searchSliceSql([...filters, match.where], match.rank, slice, 100),
      );
      const walked = await db().$queryRaw<Candidate[]>(walkSliceSql(filters, match, slice, 100));
      const byMonth = await db().$queryRaw<Candidate[]>(
        searchSliceSql([...filters, match.where], match.rank, slice, 100, { byMonth: true }),
      );
      // Every third day from 6 to 44 days back: the same dozen or so, newest first, every way.
      expect(walked.map((r) => r.edition)).toEqual(viaIndex.map((r) => r.edition));
      expect(byMonth.map((r) => r.edition)).toEqual(viaIndex.map((r) => r.edition));
      expect(byMonth.map((r) => r.rank)).toEqual(viaIndex.map((r) => r.rank));
      // … each with the same rank, taken where it was found.
      expect(walked.map((r) => r.rank)).toEqual(viaIndex.map((r) => r.rank));
      expect(walked.every((r) => Number(r.rank) > 0)).toBe(true);
      expect(walked.length).toBeGreaterThanOrEqual(12);
      expect(walked.every((r) => Number(r.edition.slice(tag.length + 1)) % 3 === 0)).toBe(true);
      // A walk stops at its limit: the newest five, as the index's first five.
      const five = await db().$queryRaw<Candidate[]>(walkSliceSql(filters, match, slice, 5));
      expect(five.map((r) => r.edition)).toEqual(viaIndex.slice(0, 5).map((r) => r.edition));
      // With a date filter inside the slice, walked within the filter's range: the same as the index.
      const from = new Date(now.getTime() - 20 * DAY).toISOString().slice(0, 10);
      const dated = candidateFilters(parseReleaseQuery({ q: tag, from }).query, now);
      const range = { from: new Date(`${from}T00:00:00Z`), before: null };
      const datedIndex = await db().$queryRaw<Candidate[]>(
        searchSliceSql([...dated, match.where], match.rank, slice, 100),
      );
      const datedWalk = await db().$queryRaw<Candidate[]>(walkSliceSql(dated, match, withinRange(slice, range), 100));
      expect(datedWalk.map((r) => r.edition)).toEqual(datedIndex.map((r) => r.edition));
      expect(datedWalk.length).toBeGreaterThanOrEqual(4);
      expect(datedWalk.length).toBeLessThan(walked.length);
    } finally {
      await removeMatches(tag);
    }
  }, 60_000);
  it("a slice read by its months finds a release whose live edition came months after it", async () => {
    // Ten releases first published 100–109 days ago, corrected (their live edition published) only
    // yesterday: the slice of 90 to 120 days back holds them, whatever month their edition is in.
    const tag = `month${suffix()}`;
    await insertMatches(tag, 10, {
      at: `now() - (99 + g) * interval '1 day'`,
      editionAt: `now() - interval '1 day'`,
    });
    try {
      const now = new Date();
      const filters = candidateFilters(parseReleaseQuery({ q: tag }).query, now);
      const match = searchMatch(tag, null);
      const slice = { from: new Date(now.getTime() - 120 * DAY), before: new Date(now.getTime() - 90 * DAY) };
      const read = (byMonth: boolean) =>
        db().$queryRaw<Candidate[]>(searchSliceSql([...filters, match.where], match.rank, slice, 100, { byMonth }));
      const byMonth = await read(true);
      expect(byMonth).toHaveLength(10);
      expect(byMonth.map((r) => r.edition)).toEqual((await read(false)).map((r) => r.edition));
    } finally {
      await removeMatches(tag);
    }
  }, 60_000);
  it("issue 17: a recent slice reads the words' index entries of its months, not of the whole archive", async () => {
    // 3 000 releases of 1990 and 20 of the last weeks holding the word. Asked through the GIN
    // index for the last 60 days, the index itself must hand over the recent 20 only: bounded by the
    // instant instead of the month, it handed over all 3 020 matches of the archive and the table's
    // other index weeded them out (49 121 entries for a year's 548 at 1 000 000 releases).
    const tag = `months${suffix()}`;
    await insertMatches(`${tag}o`, 3_000, { at: `timestamptz '1990-01-01' + g * interval '1 minute'`, body: `$1` });
    await insertMatches(`${tag}n`, 20, { at: `now() - g * interval '1 day'`, body: `'${tag}o'` });
    // And 3 000 recent releases without it, so that walking the recent ones is not the cheaper way.
    await insertMatches(`${tag}x`, 3_000, { at: `now() - g * interval '10 minutes'`, body: `'Nothing here.'` });
    try {
      await db().$executeRawUnsafe(`ANALYZE "Edition"`);
      await db().$executeRawUnsafe(`ANALYZE "Release"`);
      const now = new Date();
      const word = `${tag}o`;
      const filters = candidateFilters(parseReleaseQuery({ q: word }).query, now);
      const match = searchMatch(word, null);
      const slice = { from: new Date(now.getTime() - 60 * DAY), before: null };
      const sql = searchSliceSql([...filters, match.where], match.rank, slice, SEARCH_CANDIDATES, { byMonth: true });
      const [row] = await db().$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        return tx.$queryRawUnsafe<Array<{ "QUERY PLAN": unknown }>>(
          `EXPLAIN (ANALYZE, FORMAT JSON) ${sql.text}`,
          ...sql.values,
        );
      });
      const plan = (row!["QUERY PLAN"] as Array<{ Plan: IndexNode }>)[0]!.Plan;
      const scans = indexScans(plan).filter((n) => n["Index Name"] === "Edition_publicationMonth_searchVector_idx");
      expect(scans, JSON.stringify(plan)).toHaveLength(1);
      // The 20 of the last weeks, and at most a few more of the month the slice starts in: none of 1990.
      expect(scans[0]!["Actual Rows"]).toBeGreaterThanOrEqual(20);
      expect(scans[0]!["Actual Rows"]).toBeLessThan(100);
      expect(await db().$queryRaw<Candidate[]>(sql)).toHaveLength(20);
    } finally {
      for (const set of ["o", "n", "x"]) await removeMatches(`${tag}${set}`);
    }
  }, 60_000);
  it("releases sharing the instant of the opening walk's last one are all found, none twice", async () => {
    // OPENING_WALK + 100 releases published at one instant, the newest anywhere, every other one with the
    // word: the walk stops inside the group, and the next slice must start right after its last release.
    const tag = `tie${suffix()}`;
    const count = OPENING_WALK + 100;
    await insertMatches(tag, count, {
      at: `date_trunc('second', now()) - interval '1 minute'`,
      body: `CASE WHEN g % 2 = 0 THEN 'The body mentions ' || $1 || ' once.' ELSE 'Nothing here.' END`,
    });
    try {
      const { ids, repeats } = await everyMatch(tag);
      expect(repeats).toBe(0);
      const even = Array.from({ length: count / 2 }, (_, i) => `${tag}${2 * (i + 1)}`);
      expect(ids).toEqual([...even].sort());
    } finally {
      await removeMatches(tag);
    }
  }, 60_000);
});

/**
 * The walk's tests open with the walk even where the test database is small enough to be read in one
 * statement (wholeArchive); the slices' tests also ask the slices where fewMatchesBelow() would read
 * the rest at once.
 */
function walkingFirst({ slices = false } = {}) {
  const before = { ...slicing };
  beforeAll(() => {
    slicing.wholeArchiveUpTo = 0;
    if (slices) slicing.oneStatementWhenFew = false;
  });
  afterAll(() => {
    Object.assign(slicing, before);
  });
}

describe("issue 17: a rest expected to hold few matches is read in one statement", () => {
  walkingFirst();
  it("when the rest of the archive holds no more matches than are missing (with the margin), not otherwise", () => {
    // 1 000 editions, 20 of the newest 500 match: ~21 expected below, 480 missing.
    expect(fewMatchesBelow({ found: 20, walked: 500, needed: 480, editions: 1_000 })).toBe(true);
    // A word in 5 % of a million: ~52 000 below, far more than 475 missing.
    expect(fewMatchesBelow({ found: 25, walked: 500, needed: 475, editions: 1_000_000 })).toBe(false);
    // Nothing among the newest 500 of a million does not mean nothing older: 1 in 500 is assumed.
    expect(fewMatchesBelow({ found: 0, walked: 500, needed: 500, editions: 1_000_000 })).toBe(false);
    expect(fewMatchesBelow({ found: 0, walked: 500, needed: 500, editions: 100_000 })).toBe(true);
  });
  it("gives every match of a word in few releases, the ones below the opening walk included", async () => {
    // 560 releases, one a day back from today, every 20th with the word: 28 matches, the older ones
    // below the opening walk's 500 releases, where the rest is expected to hold few matches.
    const tag = `once${suffix()}`;
    await insertMatches(tag, 560, {
      at: `now() - g * interval '1 day'`,
      body: `CASE WHEN g % 20 = 0 THEN 'The body mentions ' || $1 || ' once.' ELSE 'Nothing here.' END`,
    });
    try {
      const { ids, repeats } = await everyMatch(tag);
      expect(repeats).toBe(0);
      expect(ids).toEqual(Array.from({ length: 28 }, (_, i) => `${tag}${20 * (i + 1)}`).sort());
    } finally {
      await removeMatches(tag);
    }
  }, 60_000);
});

describe("issue 17: search ranks the newest matches only", () => {
  walkingFirst({ slices: true });
  it("a word in more releases than the cap: the newest matches, best first, paged without repeats", async () => {
    // Plain SQL, like the trigram plan test: SEARCH_CANDIDATES matches yesterday, one minute apart, and
    // ten older ones three days before; the newest five and the older ten have the word in the headline
    // (they would rank first).
    const tag = `cand${suffix()}`;
    const total = SEARCH_CANDIDATES + 10;
    const at = `date_trunc('day', now()) - interval '4 hours' - g * interval '1 minute' - CASE WHEN g > ${SEARCH_CANDIDATES} THEN interval '3 days' ELSE interval '0' END`;
    const headlineOf = `CASE WHEN g <= 5 OR g > ${SEARCH_CANDIDATES} THEN 'Talks on ' || $1 ELSE 'Routine talks ' || g END`;
    await insertMatches(tag, total, { at, headline: headlineOf });
    try {
      const query = parseReleaseQuery({ q: tag }).query;
      const first = await searchPublishedReleases(query, 200);
      // The best of the newest matches: the five newest, with the word in their headline.
      expect(first.items.slice(0, 5).map((i) => i.id)).toEqual([1, 2, 3, 4, 5].map((g) => `${tag}${g}`));
      expect(first.items[0]?.highlight?.headline).toBe(`Talks on ««${tag}»»`);
      const seen = first.items.map((i) => i.id);
      let cursor = first.older;
      for (let guard = 0; cursor && guard < 20; guard++) {
        const next = await searchPublishedReleases({ ...query, after: cursor }, 200);
        seen.push(...next.items.map((i) => i.id));
        cursor = next.older;
      }
      expect(new Set(seen).size).toBe(seen.length);
      // Exactly the newest SEARCH_CANDIDATES: the older ten, better ranked, are past the cap.
      const expected = Array.from({ length: SEARCH_CANDIDATES }, (_, i) => `${tag}${i + 1}`);
      expect([...seen].sort()).toEqual([...expected].sort());
      // A date range reaches the older ones (the cap counts the matches within the filters).
      const to = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
      const old = await searchPublishedReleases(parseReleaseQuery({ q: tag, to }).query, 200);
      expect(old.items.map((i) => i.id).sort()).toEqual(
        Array.from({ length: 10 }, (_, i) => `${tag}${SEARCH_CANDIDATES + i + 1}`).sort(),
      );
    } finally {
      await removeMatches(tag);
    }
  }, 60_000);
  it("matches spread over several slices: exactly the newest, a corrected release counted by its first publication", async () => {
    // 300 matches two days ago (first slice), 300 sixty days ago (the 30 days to a year slice), 20 five years
    // ago. The newest of the second group is corrected: its live edition went live yesterday.
    const at = `now() - CASE WHEN g <= 300 THEN interval '2 days' WHEN g <= 600 THEN interval '60 days'
      ELSE interval '5 years' END - g * interval '1 minute'`;
    await expectNewestOf(
      `slices${suffix()}`,
      620,
      at,
      `CASE WHEN g = 301 THEN now() - interval '1 day' ELSE ${at} END`,
    );
  }, 60_000);
  it("a cut slice whose window falls short: the rest of that slice is asked, still exactly the newest", async () => {
    // 300 matches two days ago, 150 sixty days ago, 100 two hundred days ago. After the first slice the
    // rate says 200 more lie within ~40 days: that window holds the 150, the rest of the year the 100.
    const at = `now() - CASE WHEN g <= 300 THEN interval '2 days' WHEN g <= 450 THEN interval '60 days'
      ELSE interval '200 days' END - g * interval '1 minute'`;
    await expectNewestOf(`gap${suffix()}`, 550, at, at);
  }, 60_000);
});

interface IndexNode {
  "Node Type": string;
  "Index Name"?: string;
  "Actual Rows": number;
  Plans?: IndexNode[];
}

/** The plan's nodes that read an index, depth first. */
function indexScans(node: IndexNode): IndexNode[] {
  return [...(node["Index Name"] ? [node] : []), ...(node.Plans ?? []).flatMap(indexScans)];
}
