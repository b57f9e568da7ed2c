import type { NextRequest } from "next/server";
import { SHARE_IMAGE_CACHE_CONTROL } from "@/lib/http/cache-control";
import { cachedPublicRelease } from "@/lib/dal/public/cache";
import { shareCardText } from "@/lib/share-image/card-text";
import { renderShareImage } from "@/lib/share-image/render";
import { siteName } from "@/lib/site";

// The 1200×630 card that link previews show for a release (og:image, twitter:image, oEmbed
// thumbnail). A route handler rather than opengraph-image.tsx so that only live releases get an
// og:image tag, with an alt text naming the release. The drawing is lib/share-image/render.tsx, which
// never fetches anything (fonts and emoji come from assets/fonts).

const SLUG = /^[a-z0-9-]{1,120}$/;

/** The share card of the original (`language` null) or of its translation in `language` (issue 14). */
export async function shareImageResponse(request: NextRequest, slug: string, language: string | null) {
  const page = SLUG.test(slug) ? await cachedPublicRelease(slug, language) : null;
  if (!page || page.kind !== "live")
    return new Response("Not found", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": SHARE_IMAGE_CACHE_CONTROL },
    });
  const release = page.release;
  // One URL per edition: any other query (a random ?v= to get past the proxy's cache, unknown
  // parameters) is sent to it for the price of a redirect instead of a render.
  const canonical = `?v=${release.editionNumber}`;
  if (request.nextUrl.search !== canonical) {
    return new Response(null, {
      status: 308,
      headers: { location: `${request.nextUrl.pathname}${canonical}`, "cache-control": SHARE_IMAGE_CACHE_CONTROL },
    });
  }
  try {
    // Rendered completely before the response starts, so a failure is a 500, never a truncated 200.
    // In the release's language throughout (issue 14): a translation's dateline is written as its page's.
    const png = await renderShareImage(shareCardText(release, siteName()));
    // Not ImageResponse's default "immutable, one year": an unpublished release's image must go
    // within a minute (lib/http/cache-control.ts).
    return new Response(new Uint8Array(png), {
      headers: { "content-type": "image/png", "cache-control": SHARE_IMAGE_CACHE_CONTROL },
    });
  } catch (error) {
    console.error("share image failed", slug, error);
    return new Response("Could not render the image", {
      status: 500,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}
