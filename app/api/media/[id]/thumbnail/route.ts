import { getThumbnailKey } from "@/lib/dal/media/library";
import { PRIVATE_CACHE_CONTROL } from "@/lib/http/cache-control";
import { authorizeRoute, routeRefusal } from "@/lib/http/route-authorization";
import { fileResponse, refuseBadCookies } from "@/lib/media/serve";

// An image's smallest WebP variant for the editorial team (issue 13, the media library and the release
// form): /media/<key> answers only while a live edition uses the file, so a draft's photo needs this.
// Variants carry no metadata, unlike the original. 404 until the variants exist.

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const badCookies = refuseBadCookies(request);
  if (badCookies) return badCookies;
  const auth = await authorizeRoute("media.view");
  if ("refusal" in auth) return auth.refusal;
  const { id } = await params;
  const key = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await getThumbnailKey(id) : null;
  if (!key) return routeRefusal(404, "This file has no thumbnail (yet).");
  const response = await fileResponse(request, {
    key,
    mime: key.endsWith(".jpg") ? "image/jpeg" : "image/webp",
    cacheControl: PRIVATE_CACHE_CONTROL,
  });
  return response ?? routeRefusal(404, "The file is missing from storage: run npm run media:check.");
}
