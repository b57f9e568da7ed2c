// Issue 17: the opening walk of a search (the newest OPENING_WALK releases, each tested against the
// words) sorts and materialises its releases without their editions' vectors: with them, a search at
// 1 000 releases spent 12 ms of PostgreSQL in the walk (copying ~1.2 KB a row through the sort and
// the CTE), 4 ms without. Runs against the real test database of test/global-setup.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import { parseReleaseQuery } from "../../validation/public-query";
import { candidateFilters } from "./search";
import { openingWalkSql, OPENING_WALK } from "./search-candidates";
import { searchMatch } from "./search-match";
import { suffix } from "@/test/dal";

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
  // Enough releases for a full walk, every third one holding the word.
  await db().$executeRawUnsafe(
    `INSERT INTO "Release" (id, slug, "updatedAt", "publishedAt")
     SELECT $1 || g, $1 || '-' || g, now(), now() - g * interval '1 minute' FROM generate_series(1, ${OPENING_WALK + 50}) g`,
    tag,
  );
  await db().$executeRawUnsafe(
    `INSERT INTO "Edition" (id, "releaseId", number, status, headline, body, "datelineAt", "datelineOffsetMinutes", issuer, "updatedAt", "publishedAt")
     SELECT $1 || 'e' || g, $1 || g, 1, 'PUBLISHED', 'Talks ' || g,
            CASE WHEN g % 3 = 0 THEN 'The talks covered ' || $1 || ' at length.' ELSE 'Nothing of note.' END,
            now(), 0, 'Ministry ' || $1, now(), now() - g * interval '1 minute'
     FROM generate_series(1, ${OPENING_WALK + 50}) g`,
    tag,
  );
  await db().$executeRawUnsafe(
    `UPDATE "Release" SET "liveEditionId" = $1 || 'e' || substr(id, length($1) + 1) WHERE id LIKE $1 || '%'`,
    tag,
  );
});

afterAll(async () => {
  await db().$executeRawUnsafe(`DELETE FROM "Release" WHERE id LIKE $1 || '%'`, tag);
});

describe("issue 17: the opening walk carries no vectors through its sort", () => {
  it("its materialised releases are ids and order only, and it still finds and ranks the newest matches", async () => {
    const now = new Date();
    // Within this test's releases (its issuer): the database holds other tests' releases too.
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
