// Issue 17: a search ranks a capped candidate set, the newest SEARCH_CANDIDATES matches, so a word in
// most releases costs the same at a million releases as at a thousand. Runs against the real test
// database of test/global-setup.ts, like search.test.ts.
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { parseReleaseQuery } from "../../validation/public-query";
import { SEARCH_CANDIDATES, searchPublishedReleases } from "./search";
import { suffix } from "@/test/dal";

describe("issue 17: search ranks the newest matches only", () => {
  it("a word in more releases than the cap: the newest matches, best first, paged without repeats", async () => {
    // Plain SQL, like the trigram plan test: SEARCH_CANDIDATES matches yesterday, one minute apart, and
    // ten older ones three days before; the newest five and the older ten have the word in the headline
    // (they would rank first).
    const tag = `cand${suffix()}`;
    const total = SEARCH_CANDIDATES + 10;
    const at = `date_trunc('day', now()) - interval '4 hours' - g * interval '1 minute' - CASE WHEN g > ${SEARCH_CANDIDATES} THEN interval '3 days' ELSE interval '0' END`;
    const headlineOf = `CASE WHEN g <= 5 OR g > ${SEARCH_CANDIDATES} THEN 'Talks on ' || $1 ELSE 'Routine talks ' || g END`;
    await db().$executeRawUnsafe(
      `INSERT INTO "Release" (id, slug, "updatedAt", "publishedAt")
       SELECT $1 || g, $1 || '-' || g, now(), ${at}
       FROM generate_series(1, ${total}) g`,
      tag,
    );
    await db().$executeRawUnsafe(
      `INSERT INTO "Edition" (id, "releaseId", number, status, headline, body, "datelineAt", "datelineOffsetMinutes", issuer, "updatedAt", "publishedAt")
       SELECT $1 || 'e' || g, $1 || g, 1, 'PUBLISHED', ${headlineOf}, 'The body mentions ' || $1 || ' once.',
              now(), 0, 'Ministry', now(), ${at}
       FROM generate_series(1, ${total}) g`,
      tag,
    );
    try {
      await db().$executeRawUnsafe(
        `UPDATE "Release" SET "liveEditionId" = $1 || 'e' || substr(id, length($1) + 1) WHERE id LIKE $1 || '%'`,
        tag,
      );
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
      await db().$executeRawUnsafe(`DELETE FROM "Release" WHERE id LIKE $1 || '%'`, tag);
    }
  }, 60_000);
});
