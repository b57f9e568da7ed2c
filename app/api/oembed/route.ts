import { NextResponse, type NextRequest } from "next/server";
import { cachedPublicRelease } from "@/lib/dal/public/cache";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http/cache-control";
import { formatDateline } from "@/lib/domain/dateline";
import { oembedResponse, parseEmbedUrl, releaseSlugFromUrl } from "@/lib/domain/oembed";
import { releaseDescription, releaseUrls } from "@/lib/domain/structured-data";
import { siteName, siteUrl } from "@/lib/site";

// Embeds are requested by other sites' servers and browsers: readable from anywhere (it is public
// data), with the same short shared-cache lifetime as the pages so a correction shows up at once.
const HEADERS = { "Access-Control-Allow-Origin": "*", "Cache-Control": PUBLIC_CACHE_CONTROL };

function problem(status: 400 | 404, error: string, parameter?: string) {
  return NextResponse.json(parameter ? { error, parameter } : { error }, { status, headers: HEADERS });
}

/** GET /api/oembed?url=<release URL>&format=json[&maxwidth=N] */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const format = params.get("format");
  if (format !== null && format !== "json") return problem(400, "format: only json is supported", "format");
  const url = parseEmbedUrl(params.get("url"));
  if (!url) return problem(400, "url: an absolute http(s) URL of a release page is required", "url");
  const maxWidthParam = params.get("maxwidth");
  const maxWidth = maxWidthParam === null ? undefined : Number(maxWidthParam);
  if (maxWidth !== undefined && !(Number.isInteger(maxWidth) && maxWidth > 0 && maxWidth <= 10_000)) {
    return problem(400, "maxwidth: a positive whole number of pixels is required", "maxwidth");
  }

  const site = await siteUrl();
  const slug = releaseSlugFromUrl(url, site);
  const page = slug ? await cachedPublicRelease(slug) : null;
  if (!page || page.kind !== "live") return problem(404, "url: not a published release on this site");

  const release = page.release;
  const urls = releaseUrls(site, release.slug, release.editionNumber, undefined, release.shareImageKey);
  const body = oembedResponse(
    {
      headline: release.headline,
      issuer: release.issuer,
      dateline: formatDateline(release.datelineAt, release.datelineOffsetMinutes, release.datelinePlace),
      description: releaseDescription(release),
      pageUrl: urls.page,
      imageUrl: urls.image,
    },
    { name: siteName(), url: site },
    maxWidth,
  );
  return NextResponse.json(body, { headers: HEADERS });
}
