import { connection } from "next/server";
import { now } from "@/lib/clock";
import { cachedFeedReleases } from "@/lib/dal/public/cache";
import { buildFeed, FEED_CONTENT_TYPES, parseCountryFilter, type FeedFormat } from "@/lib/domain/feeds";
import { readerMessages } from "@/lib/i18n/messages";
import { siteName, siteUrl } from "@/lib/site";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http/cache-control";

/**
 * The Atom or RSS feed of the newest published releases (`?country=AZ` narrows it to one country):
 * /feed.xml and /rss.xml the originals', /az/feed.xml and /az/rss.xml (issue 14, `language`) the
 * versions written in Azerbaijani, each entry at its own address, the feed saying its language.
 */
export async function feedResponse(request: Request, format: FeedFormat, language: string | null): Promise<Response> {
  await connection(); // per request: embargoes lift and withdrawals land without a rebuild
  const filter = parseCountryFilter(new URL(request.url).searchParams);
  if (!filter.ok)
    return new Response(filter.message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const releases = await cachedFeedReleases(filter.country ?? null, language);
  const channel = { siteUrl: await siteUrl(), siteName: siteName(), country: filter.country, now: now() };
  const xml = buildFeed(
    format,
    language && !filter.country
      ? { ...channel, language, description: readerMessages(language).t("listing.title") }
      : language
        ? { ...channel, language }
        : channel,
    releases,
  );
  // Short: a withdrawn or unpublished release should leave shared caches quickly.
  return new Response(xml, {
    headers: { "Content-Type": FEED_CONTENT_TYPES[format], "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
