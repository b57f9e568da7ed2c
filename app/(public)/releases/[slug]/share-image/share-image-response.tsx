import type { NextRequest } from "next/server";
import { SHARE_IMAGE_CACHE_CONTROL } from "@/lib/http/cache-control";
import { cachedPublicRelease } from "@/lib/dal/public/cache";
import { ensureShareImage } from "@/lib/dal/releases";
import { mediaUrl } from "@/lib/domain/media/keys";

// The old address of a release's share card (og:image, twitter:image, oEmbed thumbnail; still in
// emails, and linked by pages whose card is not stored yet). Issue 17: the card is drawn once, when
// its edition goes live, and stored as a content-hashed /media/share/<sha256>.png file
// (lib/dal/releases/share-image.ts); this address only redirects there. It never draws per request:
// a live release whose card the backfill has not reached yet gets it drawn here once (concurrent
// requests share that render), any other answer is a 404 or a short 503.

const SLUG = /^[a-z0-9-]{1,120}$/;

const textHeaders = (cacheControl: string) => ({
  "content-type": "text/plain; charset=utf-8",
  "cache-control": cacheControl,
});

/** The share card of the original (`language` null) or of its translation in `language` (issue 14). */
export async function shareImageResponse(_request: NextRequest, slug: string, language: string | null) {
  const page = SLUG.test(slug) ? await cachedPublicRelease(slug, language) : null;
  if (!page || page.kind !== "live")
    return new Response("Not found", { status: 404, headers: textHeaders(SHARE_IMAGE_CACHE_CONTROL) });
  const release = page.release;
  const key = release.shareImageKey ?? (await ensureShareImage(release.id));
  if (!key) {
    // Storage failed (logged); the card is not drawn again for a minute.
    return new Response("The image is not available yet", {
      status: 503,
      headers: { ...textHeaders("public, max-age=0, s-maxage=5"), "retry-after": "60" },
    });
  }
  // Whatever the query (?v=<edition>, a random one to get past a cache): one redirect, never a render.
  return new Response(null, {
    status: 308,
    headers: { location: mediaUrl(key), "cache-control": SHARE_IMAGE_CACHE_CONTROL },
  });
}
