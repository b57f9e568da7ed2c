import { connection } from "next/server";
import { cachedSitemapReleases } from "@/lib/dal/public/cache";
import { buildSitemap, releaseUrl } from "@/lib/domain/feeds";
import { siteUrl } from "@/lib/site";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http/cache-control";

// The home page and every published release, each with the publication of its live edition.
export async function GET() {
  await connection(); // read per request: `next build` needs no database
  const [base, releases] = await Promise.all([siteUrl(), cachedSitemapReleases()]);
  const xml = buildSitemap([
    { loc: `${base}/`, lastmod: releases[0]?.lastModified ?? null },
    ...releases.map((r) => ({ loc: releaseUrl(base, r.slug), lastmod: r.lastModified })),
  ]);
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
