// Issue 17: in a small archive a search's candidates come from one statement, prepared (lib/db.ts),
// whose generic plan serves every word with the tsquery made once in a CTE. Runs against the real test
// database of test/global-setup.ts, like search-candidates.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { createPool, withPublicClient } from "../../db";
import { env } from "../../env";
import { parseReleaseQuery } from "../../validation/public-query";
import { candidateFilters } from "./search";
import { searchMatch } from "./search-match";
import { archiveSeen, searchCandidates, slicing, wholeArchiveSql } from "./search-candidates";
import { insertMatches, removeMatches, suffix } from "@/test/dal";

const embedded = env().EMBEDDED_DATABASE === "1";

/** A connection string whose sessions always use the generic plan of a prepared statement. */
function genericPlans(url: string): string {
  if (embedded) return url; // its one session runs every statement unnamed (lib/db.ts)
  const parsed = new URL(url);
  parsed.searchParams.set("options", "-c plan_cache_mode=force_generic_plan");
  return parsed.toString();
}

describe("issue 17: in a small archive one prepared statement finds every word's candidates", () => {
  const tag = `gp${suffix()}`;
  const rare = `rare${tag}`;
  const before = { ...slicing };
  const pool = createPool(genericPlans(env().DATABASE_URL));
  const generic = new PrismaClient({ adapter: new PrismaPg(pool) });

  beforeAll(async () => {
    slicing.wholeArchiveUpTo = 4_000;
    // 60 releases an hour apart, all with the tag, every third also with the rarer word.
    await insertMatches(tag, 60, {
      at: `now() - g * interval '1 hour'`,
      body: `'The body mentions ' || $1 || CASE WHEN g % 3 = 0 THEN ' and rare' || $1 ELSE '' END || ' once.'`,
    });
  });
  afterAll(async () => {
    Object.assign(slicing, before);
    await removeMatches(tag);
    await generic.$disconnect();
    await pool.end().catch(() => undefined);
  });

  const candidates = (q: string) => {
    const now = new Date();
    archiveSeen.editions = 100; // a small archive: the one statement
    return searchCandidates(candidateFilters(parseReleaseQuery({ q }).query, now), searchMatch(q, null), now, {
      from: null,
      before: null,
    });
  };

  it("gives on its generic plan exactly what a plan made for each word gives", async () => {
    const words = [tag, rare, `${tag} ${rare}`, `absent${tag}`, tag, rare];
    for (const q of words) {
      const planned = await candidates(q);
      const onGeneric = await withPublicClient(generic, () => candidates(q));
      expect(onGeneric).toEqual(planned);
    }
    expect((await candidates(tag))?.map((c) => c.release).sort()).toEqual(
      Array.from({ length: 60 }, (_, i) => `${tag}${i + 1}`).sort(),
    );
    expect(await candidates(rare)).toHaveLength(20);
    // Sequential statements on a fresh pool run on its one connection: the statement is held there,
    // once for every word, and ran on its generic plan.
    const held = await generic.$queryRaw<Array<{ statement: string; generic: number }>>`
      SELECT statement, generic_plans::int AS generic FROM pg_prepared_statements`;
    const whole = held.filter((s) => s.statement.includes('s."tableEditions"'));
    expect(whole).toHaveLength(embedded ? 0 : 1);
    if (!embedded) expect(whole[0]!.generic).toBe(words.length);
  });
});

describe("issue 17: the prepared statement's texts are few, whatever readers type", () => {
  // A connection keeps every text it prepares: a country or a word must be a value, not text.
  const textOf = (params: Record<string, string>) => {
    const query = parseReleaseQuery(params).query;
    return wholeArchiveSql(candidateFilters(query, new Date()), searchMatch(query.q ?? "", query.language)).sql;
  };

  it("is one text for one country or three, and for one word or five", () => {
    expect(textOf({ q: "energy", country: "AZ" })).toBe(
      textOf({ q: "solar wind power grid storage", country: "AZ,CN,FR" }),
    );
    expect(textOf({ q: "energy" })).toMatch(/^\/\* prepared \*\//);
  });

  it("is not prepared where the match has a part for each word (a listing searched by substring)", () => {
    expect(textOf({ q: "铁路 货运", language: "zh" })).not.toMatch(/^\/\* prepared \*\//);
  });
});
