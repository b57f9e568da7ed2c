import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { listPublicAgreements } from "./agreements";
import { listFeedReleases } from "./feed";
import { listNewsVersions, listSitemapFamilies } from "./sitemap";
import { getPublicReleasesByIds, lastPublicChangeAt } from "./api";
import { getPublicPerson } from "./people";
import { listPublicFacets, listRelatedReleases, searchPublishedReleases } from "./search";
import { getPublicRelease } from "./releases";
import { fromTaggedJson, toTaggedJson } from "../../domain/tagged-json";
import { env } from "../../env";
import { BoundedCache } from "./search-cache";
import { randomUUID } from "node:crypto";
import { readPublic, replicasHaveReplayed } from "./replica-read";
import { dropOriginCache } from "../../http/origin-cache";
import { advancePublicGeneration, publicGeneration } from "../../public-generation";

// The reader-side cache. Every public page, feed and API response reads through these functions, so
// a reader's request normally runs no database query: the results live in Next's data cache (in
// this instance's memory, in Redis when REDIS_URL is set — see cache-handler.mjs),
// under ONE tag. One tag rather than one per release because every public page also shows things
// other releases can change (lists, facets, related releases, a person's quotes, feeds): a publish is
// rare next to reads, so dropping all reader data at once is both simplest and never stale.
//
// Every change readers can see (publish, correction, schedule coming due, unpublish, withdraw,
// restore, a person's details) calls invalidatePublicContent() inside the request that made it. The
// time-based lifetime below is only a backstop for a change made outside the app (SQL by hand).
//
// Why unstable_cache and not "use cache": the maintained Redis handler
// (@fortedigital/nextjs-cache-handler) implements Next's `cacheHandler` interface, which serves
// unstable_cache, and not yet the `cacheHandlers` interface behind "use cache".

const PUBLIC_CONTENT_TAG = "public-content";
const BACKSTOP_SECONDS = 300;

// Each data-cache entry also carries the generation of public content it was filled under
// (lib/public-generation.ts), and one filled under an older generation is never served. Next's tag
// expiry alone was not enough: it stamps entries and invalidations with Date.now() but asks whether an
// invalidation has happened yet with performance.timeOrigin + performance.now(), a clock that does not
// count the time a machine spends paused. After a pause (a virtual machine snapshotted or migrated,
// then its wall clock set right) the two disagree, and every invalidation decayed into
// stale-while-revalidate: the first reader after a publish got the old page (CI, 4 December 2026;
// e2e/clock-step.spec.ts). The check also covers a read that began before a change and was stored
// after it. With several instances (REDIS_URL) an entry may have been filled by another one, whose
// generation this one cannot know, so the shared tag is the only signal there (lib/cache-handler.mjs).
const instanceGeneration = (): string | null => (env().REDIS_URL ? null : publicGeneration());

interface Stamped {
  generation: string | null;
  value: string;
}

function cachedPublic<Args extends unknown[], T>(
  name: string,
  read: (...args: Args) => Promise<T>,
): (...args: Args) => Promise<T> {
  const cached = unstable_cache(
    async (...args: Args): Promise<Stamped> => {
      // Taken before the read: a change made while it runs makes the entry old at once.
      const generation = instanceGeneration();
      return { generation, value: toTaggedJson(await readPublic(() => read(...args))) };
    },
    ["public", name],
    {
      tags: [PUBLIC_CONTENT_TAG],
      revalidate: BACKSTOP_SECONDS,
    },
  );
  // Stored as tagged JSON (lib/domain/tagged-json.ts) so the DTOs' Dates come back as Dates.
  return async (...args: Args) => {
    const entry = await cached(...args);
    const current = instanceGeneration();
    // Older than this instance's last change: read afresh. Asking for the entry has already made
    // Next refill it when it saw it as stale; otherwise its backstop lifetime ends it.
    if (current !== null && entry.generation !== current) return readPublic(() => read(...args));
    return fromTaggedJson<T>(entry.value);
  };
}

// The generation of public content for the search cache below: with one instance its own value;
// with several, a random value kept under the shared tag (in Redis), new after every invalidation.
const sharedGeneration = unstable_cache(async () => randomUUID(), ["public", "generation"], {
  tags: [PUBLIC_CONTENT_TAG],
  revalidate: BACKSTOP_SECONDS,
});
const cachedGeneration = async (): Promise<string> => instanceGeneration() ?? (await sharedGeneration());

// Search and listing results are keyed by whatever a reader types (and by cursors): in Next's data
// cache every distinct query became a file on disk that nothing ever removed (issue 11.4). They live
// in a bounded in-memory LRU instead (size and lifetime from SEARCH_CACHE_ENTRIES and
// SEARCH_CACHE_TTL_SECONDS), checked against the content generation, so a publish shows at once.
let searchCacheInstance: BoundedCache<string> | undefined;
// Made on first use, so the env is read at run time, not while the build imports this module.
const searchCache = () =>
  (searchCacheInstance ??= new BoundedCache<string>(env().SEARCH_CACHE_ENTRIES, env().SEARCH_CACHE_TTL_SECONDS * 1000, {
    maxBytes: env().SEARCH_CACHE_MB * 1024 * 1024,
    // A JavaScript string's UTF-16 code units: what it takes in the heap, near enough.
    sizeOf: (json) => json.length * 2,
  }));

export async function cachedSearchReleases(
  query: Parameters<typeof searchPublishedReleases>[0],
  limit?: number,
): ReturnType<typeof searchPublishedReleases> {
  const key = JSON.stringify([query, limit ?? null]);
  const generation = await cachedGeneration();
  const hit = searchCache().get(key, generation);
  if (hit !== undefined) return fromTaggedJson(hit);
  const page = await readPublic(() => searchPublishedReleases(query, limit));
  searchCache().set(key, generation, toTaggedJson(page));
  return page;
}

// Each takes only the arguments that vary per request: "now" is the clock when the entry is filled.
export const cachedFacets = cachedPublic("facets", (language: string | null = null) => listPublicFacets(language));
export const cachedPublicRelease = cachedPublic("release", (slug: string, language: string | null = null) =>
  getPublicRelease(slug, undefined, language),
);
export const cachedRelatedReleases = cachedPublic("related", (releaseId: string) => listRelatedReleases(releaseId));
export const cachedPublicPerson = cachedPublic("person", (slug: string) => getPublicPerson(slug));
export const cachedAgreements = cachedPublic("agreements", (query: Parameters<typeof listPublicAgreements>[0]) =>
  listPublicAgreements(query),
);
export const cachedFeedReleases = cachedPublic("feed", (country: string | null, language: string | null = null) =>
  listFeedReleases({ country, language }),
);
export const cachedSitemapFamilies = cachedPublic("sitemap", () => listSitemapFamilies());
export const cachedNewsVersions = cachedPublic("news", () => listNewsVersions());
export const cachedReleasesByIds = cachedPublic("by-ids", (ids: string[], language: string | null) =>
  getPublicReleasesByIds(ids, language),
);
export const cachedLastPublicChangeAt = cachedPublic("last-change", () => lastPublicChangeAt());

/**
 * Drops every cached reader result at once (all instances when the cache is in Redis). Call it inside
 * the server action or route handler that changed something public: Next needs the request context.
 * `expire: 0` makes the very next read fetch fresh data instead of serving the old entry once more
 * (stale-while-revalidate would delay "publish → visible" by one request). With read replicas it first
 * waits (≤ 1 s) until they have replayed the change: dropped earlier, the cache could be filled again
 * at once from a replica still without it, and keep that for the backstop lifetime.
 */
export async function invalidatePublicContent(): Promise<void> {
  await replicasHaveReplayed();
  advancePublicGeneration();
  searchCacheInstance?.clear();
  dropOriginCache();
  revalidateTag(PUBLIC_CONTENT_TAG, { expire: 0 });
}
