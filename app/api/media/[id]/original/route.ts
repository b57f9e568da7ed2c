import { getOriginal } from "@/lib/dal/media/assets";
import { TYPES } from "@/lib/domain/media/sniff";
import { PRIVATE_CACHE_CONTROL } from "@/lib/http/cache-control";
import { authorizeRoute, routeRefusal } from "@/lib/http/route-authorization";
import { contentDisposition, fileResponse, refuseBadCookies } from "@/lib/media/serve";

// An uploaded file exactly as uploaded (issue 13), EXIF and GPS included: for the editorial team only,
// always as a download (an SVG original is never rendered on our origin), never cached by anyone.

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const badCookies = refuseBadCookies(request);
  if (badCookies) return badCookies;
  const auth = await authorizeRoute("release.save");
  if ("refusal" in auth) return auth.refusal;
  const { id } = await params;
  // Ids are cuids: anything else (a NUL byte PostgreSQL would refuse, a path) names no file.
  const original = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await getOriginal(id) : null;
  if (!original) return routeRefusal(404, "There is no such file.");
  const extension = Object.values(TYPES).find((t) => t.mime === original.mime)?.extension ?? null;
  const response = await fileResponse(request, {
    key: original.key,
    mime: original.mime,
    cacheControl: PRIVATE_CACHE_CONTROL,
    disposition: contentDisposition(original.filename, extension),
  });
  return response ?? routeRefusal(404, "The file is missing from storage: run npm run media:check.");
}
