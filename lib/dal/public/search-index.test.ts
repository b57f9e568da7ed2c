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
  "Edition_searchVector_idx",
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
