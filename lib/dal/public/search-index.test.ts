// Issue 17: a search reads its GIN indexes, and what a GIN index has not merged yet (its "pending
// list") is read in full by every search until a vacuum merges it. On this project's machines
// autovacuum is off, and a database that has just published a thousand releases (a bulk load, the
// stored bodies' backfill) kept 309 pages pending: each search spent ~9 ms reading them. The indexes
// that searches and filters read now take every new word at once (fastupdate off), so a search's
// cost does not depend on when the last vacuum ran.
// Runs against the real test database of test/global-setup.ts, like search.test.ts.
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { createRelease, updateRelease } from "../releases";
import { releaseInput } from "@/test/factories";
import { makeUser, publishReviewed, suffix } from "@/test/dal";

const SEARCHED_INDEXES = [
  "Edition_publicationMonth_searchVector_idx",
  "Edition_searchText_idx",
  "PublicFacetSource_countries_idx",
] as const;

/** Pages that were waiting in the index's pending list (gin_clean_pending_list merges them). */
async function pendingPages(index: string): Promise<number> {
  const rows = await db().$queryRawUnsafe<Array<{ pages: bigint }>>(
    `SELECT gin_clean_pending_list('"${index}"'::regclass) AS pages`,
  );
  return Number(rows[0]?.pages ?? 0);
}

describe("search indexes", () => {
  it("hold a new release's words at once, with nothing left for a vacuum to merge", async () => {
    for (const index of SEARCHED_INDEXES) await pendingPages(index); // what other tests left
    const writer = await makeUser("WRITER");
    const made = await createRelease(
      writer,
      releaseInput({ headline: `Pending list ${suffix()}`, countries: "NO, CL" }),
    );
    const version = await publishReviewed(made.id, 1);
    const editor = await makeUser("EDITOR");
    const saved = await updateRelease(
      editor,
      made.id,
      version,
      releaseInput({ headline: `Pending list, corrected ${suffix()}`, countries: "NO" }),
    );
    expect(saved).toMatchObject({ status: "ok" });
    for (const index of SEARCHED_INDEXES) expect(await pendingPages(index), index).toBe(0);
  });
});

/**
 * Blocks the statement's plan touched, found in memory or read (EXPLAIN's BUFFERS): the fewest of
 * three runs, since the other tests' writes beside it (an index page split) can add one to a run.
 */
async function blocksOf(sql: string, id: string): Promise<number> {
  const counts: number[] = [];
  for (let run = 0; run < 3; run++) {
    const rows = await db().$queryRawUnsafe<Array<{ "QUERY PLAN": Array<{ Plan: Record<string, number> }> }>>(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`,
      id,
    );
    const plan = rows[0]!["QUERY PLAN"][0]!.Plan;
    counts.push((plan["Shared Hit Blocks"] ?? 0) + (plan["Shared Read Blocks"] ?? 0));
  }
  return Math.min(...counts);
}

/** A body of the size of a real release (~2.5 KB) that does not compress into nothing. */
function releaseSizedBody(): string {
  const words = ["ministry", "corridor", "customs", "freight", "energy", "grid", "port", "tariff", "water", "clinic"];
  return Array.from(
    { length: 40 },
    (_, i) =>
      `Point ${i * 7919}: the ${words[i % 10]} talks of ${1990 + (i % 35)} covered ${words[(i * 3) % 10]} line ${i * 104729} and ${words[(i * 7) % 10]}.`,
  ).join(" ");
}

describe("search vectors", () => {
  // A search tests the vector of every release it walks and ranks every match it keeps. Out of line
  // (TOAST), each of those paid a lookup in the TOAST index and a read of the chunk: 8 blocks a walked
  // release instead of 4 at 1 000 000 releases (migration 20261206040000_search_vector_inline).
  it("are read with their edition's row, not from the TOAST table", async () => {
    const writer = await makeUser("WRITER");
    const made = await createRelease(
      writer,
      releaseInput({ headline: `Inline vector ${suffix()}`, body: releaseSizedBody() }),
    );
    await publishReviewed(made.id, 1);
    const [live] = await db().$queryRaw<Array<{ id: string; bytes: number }>>`
      SELECT e.id, pg_column_size(e."searchVector") AS bytes
      FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId" WHERE r.id = ${made.id}`;
    expect(live!.bytes).toBeGreaterThan(500); // a vector of some size, as a real release's
    // The row alone, then the row and its vector's value (as a walk's test or a rank reads it).
    const row = await blocksOf(`SELECT id FROM "Edition" WHERE id = $1`, live!.id);
    const withVector = await blocksOf(
      `SELECT id FROM "Edition" WHERE id = $1 AND length("searchVector") > 0`,
      live!.id,
    );
    // Out of line, the vector added the TOAST index's pages and its chunk (2 blocks or more).
    expect(withVector).toBeLessThanOrEqual(row);
  });
});
