import { NotAuthorizedError, requirePermission } from "@/lib/auth/session";
import { getThumbnailKey } from "@/lib/dal/media/library";
import { PRIVATE_CACHE_CONTROL } from "@/lib/http/cache-control";
import { fileResponse, refuseBadCookies } from "@/lib/media/serve";

// An image's smallest WebP variant for the editorial team (issue 13, the media library and the release
// form): /media/<key> answers only while a live edition uses the file, so a draft's photo needs this.
// Variants carry no metadata, unlike the original. 404 until the variants exist.

export const dynamic = "force-dynamic";

function refuse(status: number, message: string): Response {
  return Response.json(
    { error: status === 404 ? "not_found" : "not_authorized", message },
    { status, headers: { "Cache-Control": PRIVATE_CACHE_CONTROL } },
  );
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const badCookies = refuseBadCookies(request);
  if (badCookies) return badCookies;
  try {
    await requirePermission("media.view");
  } catch (error) {
    if (error instanceof NotAuthorizedError) return refuse(error.reason === "anonymous" ? 401 : 403, error.message);
    throw error;
  }
  const { id } = await params;
  const key = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await getThumbnailKey(id) : null;
  if (!key) return refuse(404, "This file has no thumbnail (yet).");
  const response = await fileResponse(request, {
    key,
    mime: key.endsWith(".jpg") ? "image/jpeg" : "image/webp",
    cacheControl: PRIVATE_CACHE_CONTROL,
  });
  return response ?? refuse(404, "The file is missing from storage: run npm run media:check.");
}
