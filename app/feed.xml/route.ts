import { connection } from "next/server";
import { now } from "@/lib/clock";
import { cachedFeedReleases } from "@/lib/dal/public/cache";
import { buildFeed, FEED_CONTENT_TYPES, parseCountryFilter } from "@/lib/domain/feeds";
import { siteName, siteUrl } from "@/lib/site";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http/cache-control";

// Atom 1.0 feed of the newest published releases; `?country=AZ` narrows it to one country.
export async function GET(request: Request) {
  await connection(); // per request: embargoes lift and withdrawals land without a rebuild
  const filter = parseCountryFilter(new URL(request.url).searchParams);
  if (!filter.ok)
    return new Response(filter.message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const releases = await cachedFeedReleases(filter.country ?? null);
  const xml = buildFeed(
    "atom",
    { siteUrl: await siteUrl(), siteName: siteName(), country: filter.country, now: now() },
    releases,
  );
  // Short: a withdrawn or unpublished release should leave shared caches quickly.
  return new Response(xml, {
    headers: { "Content-Type": FEED_CONTENT_TYPES.atom, "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
