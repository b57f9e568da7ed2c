import { connection } from "next/server";
import { now } from "@/lib/clock";
import { cachedNewsVersions } from "@/lib/dal/public/cache";
import { buildNewsSitemap } from "@/lib/domain/sitemaps";
import { siteName, siteUrl } from "@/lib/site";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http/cache-control";

// Google News sitemap: release versions first published in the last two days, a translation in its
// own language (issue 14).
export async function GET() {
  await connection(); // read per request: `next build` needs no database
  const at = now();
  const [base, versions] = await Promise.all([siteUrl(), cachedNewsVersions()]);
  const xml = buildNewsSitemap(
    versions.map((v) => ({
      loc: `${base}${v.path}`,
      title: v.headline,
      published: v.publishedAt,
      language: v.language,
    })),
    { name: siteName(), language: "en" },
    at,
  );
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
