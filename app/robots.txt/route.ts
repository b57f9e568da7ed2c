import { connection } from "next/server";
import { buildRobotsTxt } from "@/lib/domain/sitemaps";
import { siteUrl } from "@/lib/site";

// A route rather than app/robots.ts: the sitemap URLs need the site's origin, which may come from
// the request when SITE_URL and NEXTAUTH_URL are unset.
export async function GET() {
  await connection();
  return new Response(buildRobotsTxt(await siteUrl()), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
