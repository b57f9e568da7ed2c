import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { listPublicAgreements } from "./agreements";
import { listFeedReleases, listNewsReleases, listSitemapReleases } from "./feed";
import { getPublicReleasesByIds, lastPublicChangeAt } from "./api";
import { getPublicPerson } from "./people";
import { listPublicFacets, listRelatedReleases, searchPublishedReleases } from "./search";
import { getPublicRelease } from "./releases";
import { fromTaggedJson, toTaggedJson } from "../../domain/tagged-json";

// The reader-side cache. Every public page, feed and API response reads through these functions, so
// a reader's request normally runs no database query: the results live in Next's data cache (in
// memory and .next/cache on one instance, in Redis when REDIS_URL is set — see cache-handler.mjs),
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

export const PUBLIC_CONTENT_TAG = "public-content";
const BACKSTOP_SECONDS = 300;

function cachedPublic<Args extends unknown[], T>(
  name: string,
  read: (...args: Args) => Promise<T>,
): (...args: Args) => Promise<T> {
  const cached = unstable_cache(async (...args: Args) => toTaggedJson(await read(...args)), ["public", name], {
    tags: [PUBLIC_CONTENT_TAG],
    revalidate: BACKSTOP_SECONDS,
  });
  // Stored as tagged JSON (lib/domain/tagged-json.ts) so the DTOs' Dates come back as Dates.
  return async (...args: Args) => fromTaggedJson<T>(await cached(...args));
}

// Each takes only the arguments that vary per request: "now" is the clock when the entry is filled.
export const cachedSearchReleases = cachedPublic(
  "search",
  (query: Parameters<typeof searchPublishedReleases>[0], limit?: number) => searchPublishedReleases(query, limit),
);
export const cachedFacets = cachedPublic("facets", () => listPublicFacets());
export const cachedPublicRelease = cachedPublic("release", (slug: string) => getPublicRelease(slug));
export const cachedRelatedReleases = cachedPublic("related", (releaseId: string) => listRelatedReleases(releaseId));
export const cachedPublicPerson = cachedPublic("person", (slug: string) => getPublicPerson(slug));
export const cachedAgreements = cachedPublic("agreements", (query: Parameters<typeof listPublicAgreements>[0]) =>
  listPublicAgreements(query),
);
export const cachedFeedReleases = cachedPublic("feed", (country: string | null) => listFeedReleases({ country }));
export const cachedSitemapReleases = cachedPublic("sitemap", () => listSitemapReleases());
export const cachedNewsReleases = cachedPublic("news", () => listNewsReleases());
export const cachedReleasesByIds = cachedPublic("by-ids", (ids: string[]) => getPublicReleasesByIds(ids));
export const cachedLastPublicChangeAt = cachedPublic("last-change", () => lastPublicChangeAt());

/**
 * Drops every cached reader result at once (all instances when the cache is in Redis). Call it inside
 * the server action or route handler that changed something public: Next needs the request context.
 * `expire: 0` makes the very next read fetch fresh data instead of serving the old entry once more
 * (stale-while-revalidate would delay "publish → visible" by one request).
 */
export function invalidatePublicContent(): void {
  revalidateTag(PUBLIC_CONTENT_TAG, { expire: 0 });
}
