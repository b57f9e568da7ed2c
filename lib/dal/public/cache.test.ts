// Runs against the real (throwaway, migrated and seeded) test database of test/global-setup.ts.
import { describe, it, expect, vi } from "vitest";
import { db } from "@/lib/db";
import { createRelease, publishEdition } from "../releases";
import { releaseInput } from "@/test/factories";
import { makeUser, uniqueHeadline } from "@/test/dal";
import { parseReleaseQuery } from "@/lib/validation/public-query";
import { cachedPublicRelease, cachedSearchReleases, invalidatePublicContent } from "./cache";

// Next's data cache as it behaved after the machine had been paused (CI, 4 December 2026): its tag
// expiry compares Date.now() stamps with a clock that did not count the pause, so an entry stayed
// in use after revalidateTag. Here nothing ever expires on its own: every entry is served until
// something replaces it, which nothing does.
vi.mock("next/cache", () => {
  const entries = new Map<string, unknown>();
  return {
    unstable_cache:
      <Args extends unknown[], T>(fn: (...args: Args) => Promise<T>, keyParts: string[]) =>
      async (...args: Args): Promise<T> => {
        const key = JSON.stringify([keyParts, args]);
        if (!entries.has(key)) entries.set(key, JSON.parse(JSON.stringify(await fn(...args))));
        return entries.get(key) as T;
      },
    revalidateTag: () => {},
  };
});

async function publishedRelease(headline: string) {
  const actor = await makeUser();
  const created = await createRelease(actor, releaseInput({ headline }));
  await publishEdition(actor, created.id, 1, { system: "seed" });
  return created;
}

/** The headline readers get through the cache, or null when the release is not live. */
async function cachedHeadline(slug: string): Promise<string | null> {
  const page = await cachedPublicRelease(slug);
  return page?.kind === "live" ? page.release.headline : null;
}

/** A change behind the app's back: readers see it only once something drops the cache. */
async function renameLiveEdition(releaseId: string, headline: string) {
  const release = await db().release.findUniqueOrThrow({ where: { id: releaseId } });
  await db().edition.update({ where: { id: release.liveEditionId! }, data: { headline } });
}

describe("the reader cache when Next's data cache keeps serving an entry (issue 17)", () => {
  it("serves its entry until a change made through the app; after one, the data read afresh", async () => {
    const headline = uniqueHeadline("Cached headline");
    const created = await publishedRelease(headline);
    expect(await cachedHeadline(created.slug)).toBe(headline);

    const changed = `${headline} (changed)`;
    await renameLiveEdition(created.id, changed);
    expect(await cachedHeadline(created.slug), "the entry is in use").toBe(headline);

    await invalidatePublicContent();
    expect(await cachedHeadline(created.slug)).toBe(changed);
    expect(await cachedHeadline(created.slug)).toBe(changed);
  });

  it("a release published after a search was cached is found by the next search", async () => {
    const word = `clockword${Date.now().toString(36)}`;
    const query = parseReleaseQuery({ q: word }).query;
    const before = await cachedSearchReleases(query);
    expect(before.items).toHaveLength(0);
    await publishedRelease(uniqueHeadline(`Found by ${word}`));
    await invalidatePublicContent();
    const after = await cachedSearchReleases(query);
    expect(after.items.map((r) => r.headline.includes(word))).toEqual([true]);
  });
});
