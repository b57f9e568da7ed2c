// Issue 17: how a search opens. A small archive is read in one statement (wholeArchive); a larger one
// opens with a walk of the newest OPENING_WALK releases, each tested against the words, which sorts
// and materialises its releases without their editions' vectors: with them, a search at 1 000
// releases spent 12 ms of PostgreSQL in the walk (copying ~1.2 KB a row through the sort and the
// CTE), 4 ms without. Runs against the real test database of test/global-setup.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import { parseReleaseQuery } from "../../validation/public-query";
import { candidateFilters } from "./search";
import {
  archiveSeen,
  type Candidate,
  openingWalkSql,
  OPENING_WALK,
  searchCandidates,
  slicing,
  wholeArchive,
} from "./search-candidates";
import { searchMatch } from "./search-match";
import { insertMatches, removeMatches, suffix } from "@/test/dal";

interface PlanNode {
  "Node Type": string;
  "Subplan Name"?: string;
  Output?: string[];
  "Actual Rows"?: number;
  Plans?: PlanNode[];
}

const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

const tag = `walk${suffix()}`;

beforeAll(async () => {
  // Enough releases for a full walk, every third one holding the word, issued by a ministry of their own.
  await insertMatches(tag, OPENING_WALK + 50, {
    at: `now() - g * interval '1 minute'`,
    body: `CASE WHEN g % 3 = 0 THEN 'The talks covered ' || $1 || ' at length.' ELSE 'Nothing of note.' END`,
    issuer: `'Ministry ' || $1`,
  });
});

afterAll(() => removeMatches(tag));

/** This test's releases holding `q`, within their issuer (the database holds other tests' releases). */
function searchOwn(q: string, now = new Date()) {
  const query = parseReleaseQuery({ q, issuer: `Ministry ${tag}` }).query;
  return searchCandidates(candidateFilters(query, now), searchMatch(q, null), now, { from: null, before: null });
}

describe("issue 17: the opening walk carries no vectors through its sort", () => {
  it("its materialised releases are ids and order only, and it still finds and ranks the newest matches", async () => {
    const now = new Date();
    const query = parseReleaseQuery({ q: tag, issuer: `Ministry ${tag}` }).query;
    const sql = openingWalkSql(candidateFilters(query, now), searchMatch(tag, null));
    const [row] = await db().$queryRawUnsafe<Array<{ "QUERY PLAN": unknown }>>(
      `EXPLAIN (ANALYZE, VERBOSE, FORMAT JSON) ${sql.text}`,
      ...sql.values,
    );
    const plan = (row!["QUERY PLAN"] as Array<{ Plan: PlanNode }>)[0]!.Plan;
    const walked = nodes(plan).find((n) => n["Subplan Name"] === "CTE walked");
    expect(walked, JSON.stringify(plan)).toBeDefined();
    expect(walked!["Actual Rows"]).toBe(OPENING_WALK);
    // Every node below the CTE: the rows it sorts and keeps hold no vector and no stored text.
    for (const n of nodes(walked!))
      expect(n.Output?.join(" ") ?? "", n["Node Type"]).not.toMatch(/searchVector|searchText/);

    const found = await db().$queryRaw<Array<{ release: string | null; rank: string | null; walked: number }>>(sql);
    expect(found[0]!.walked).toBe(OPENING_WALK);
    // The walk reached releases 1 … OPENING_WALK (the newest): every third holds the word.
    const expected = Array.from({ length: OPENING_WALK }, (_, i) => i + 1)
      .filter((g) => g % 3 === 0)
      .map((g) => `${tag}${g}`);
    expect(found.map((r) => r.release)).toEqual(expected);
    expect(found.every((r) => Number(r.rank) > 0)).toBe(true);
  });
});

describe("issue 17: a small archive is read in one statement", () => {
  const before = { ...slicing };
  afterAll(() => {
    Object.assign(slicing, before);
  });

  it("up to wholeArchiveUpTo editions as the last search saw the table, and never before a first search", () => {
    slicing.wholeArchiveUpTo = 2_000;
    expect(wholeArchive(null)).toBe(false);
    expect(wholeArchive(1_000)).toBe(true);
    expect(wholeArchive(2_000)).toBe(true);
    expect(wholeArchive(2_001)).toBe(false);
    slicing.wholeArchiveUpTo = 0;
    expect(wholeArchive(1_000)).toBe(false);
    // A table PostgreSQL has not counted reads 0 (reltuples -1): its size is not known, so the walk.
    slicing.wholeArchiveUpTo = 2_000;
    expect(wholeArchive(0)).toBe(false);
    expect(wholeArchive(1_234)).toBe(true);
  });

  it("finds exactly what the walk finds, with the same ranks, and keeps the table's size for the next search", async () => {
    const rows = (cs: Candidate[] | null) => (cs ?? []).map((c) => `${c.release} ${c.at.toISOString()} ${c.rank}`);
    await db().$executeRawUnsafe(`ANALYZE "Edition"`); // so that the table's size is known
    slicing.wholeArchiveUpTo = 0;
    const walked = await searchOwn(tag);
    slicing.wholeArchiveUpTo = Number.MAX_SAFE_INTEGER;
    archiveSeen.editions = 1;
    const whole = await searchOwn(tag);
    // Every third of the OPENING_WALK + 50 releases: those below the walk's reach too.
    expect(whole).toHaveLength(Math.floor((OPENING_WALK + 50) / 3));
    expect(rows(whole)).toEqual(rows(walked));
    const [table] = await db().$queryRaw<Array<{ editions: number }>>`
      SELECT greatest(reltuples, 0)::float8 AS editions FROM pg_class WHERE oid = '"Edition"'::regclass`;
    expect(table!.editions).toBeGreaterThan(OPENING_WALK);
    expect(archiveSeen.editions).toBe(table!.editions);
    // A text with no word to search for is not applied, as after the walk.
    expect(await searchOwn("the")).toBeNull();
  });
});
