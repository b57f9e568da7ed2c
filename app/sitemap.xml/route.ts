import { connection } from "next/server";
import { cachedSitemapFamilies } from "@/lib/dal/public/cache";
import { buildSitemap } from "@/lib/domain/sitemaps";
import { familySitemapUrls, SITEMAP_MAX_URLS } from "@/lib/domain/sitemap-versions";
import { siteUrl } from "@/lib/site";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http/cache-control";

// The home page and every published release, each with the publication of its live edition; a release
// with translations has a <url> per language version, each with hreflang alternates (issue 14).
export async function GET() {
  await connection(); // read per request: `next build` needs no database
  const [base, families] = await Promise.all([siteUrl(), cachedSitemapFamilies()]);
  const newest = families[0]?.[0]?.lastModified ?? null;
  const xml = buildSitemap([
    { loc: `${base}/`, lastmod: newest },
    ...familySitemapUrls(base, families, SITEMAP_MAX_URLS - 1),
  ]);
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
