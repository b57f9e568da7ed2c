import { connection } from "next/server";
import { now } from "@/lib/clock";
import { cachedNewsReleases } from "@/lib/dal/public/cache";
import { buildNewsSitemap, releaseUrl } from "@/lib/domain/feeds";
import { siteName, siteUrl } from "@/lib/site";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http/cache-control";

// Google News sitemap: releases first published in the last two days.
export async function GET() {
  await connection(); // read per request: `next build` needs no database
  const at = now();
  const [base, releases] = await Promise.all([siteUrl(), cachedNewsReleases()]);
  const xml = buildNewsSitemap(
    releases.map((r) => ({ loc: releaseUrl(base, r.slug), title: r.headline, published: r.publishedAt })),
    { name: siteName(), language: "en" },
    at,
  );
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
