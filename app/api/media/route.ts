import { NotAuthorizedError, requirePermission } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/dal/health";
import { logger } from "@/lib/log";
import { refuseBadCookies } from "@/lib/media/serve";
import { handleUpload } from "@/lib/media/upload";
import { searchMediaAssets, type LibraryAssetDTO } from "@/lib/dal/media/library";
import { parseMediaLibraryQuery } from "@/lib/validation/media-library";
import { PRIVATE_CACHE_CONTROL } from "@/lib/http/cache-control";

// Uploads of images and attachments for releases (issue 13): multipart, field "file", plus "kind"
// (image or attachment). The same permission as saving a release. Answers the asset as JSON, or a
// 4xx {error, message} whose message an editor can act on. Not behind proxy.ts (its matcher leaves
// /api/media out): the proxy would buffer the body in memory, and cut it at 10 MB.

export const dynamic = "force-dynamic";

function json(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { "Cache-Control": PRIVATE_CACHE_CONTROL } });
}

function refused(error: unknown, what: string): Response {
  if (error instanceof NotAuthorizedError)
    return json(error.reason === "anonymous" ? 401 : 403, { error: error.reason, message: error.message });
  if (isDatabaseUnavailable(error)) {
    logger.error(`${what}: database unavailable`, { error });
    return json(503, {
      error: "unavailable",
      message: "The database cannot be reached: try again in a minute.",
    });
  }
  throw error;
}

function libraryItem(asset: LibraryAssetDTO) {
  return {
    ...asset,
    kind: asset.kind.toLowerCase(),
    status: asset.status.toLowerCase(),
    createdAt: asset.createdAt.toISOString(),
  };
}

export async function GET(request: Request): Promise<Response> {
  const badCookies = refuseBadCookies(request);
  if (badCookies) return badCookies;
  try {
    await requirePermission("media.view");
    const parsed = parseMediaLibraryQuery(new URL(request.url).searchParams);
    if (!parsed.ok)
      return json(400, { error: "invalid_parameter", parameter: parsed.parameter, message: parsed.message });
    const page = await searchMediaAssets(parsed.query);
    return json(200, { items: page.items.map(libraryItem), nextCursor: page.nextCursor });
  } catch (error) {
    return refused(error, "media library");
  }
}

export async function POST(request: Request): Promise<Response> {
  const badCookies = refuseBadCookies(request);
  if (badCookies) return badCookies;
  try {
    const user = await requirePermission("release.save");
    const answer = await handleUpload(user, request);
    if (answer.status !== 200) return json(answer.status, { error: answer.error, message: answer.message });
    const { asset } = answer;
    return json(200, {
      id: asset.id,
      kind: asset.kind.toLowerCase(),
      mime: asset.mime,
      bytes: asset.bytes,
      width: asset.width,
      height: asset.height,
      filename: asset.filename,
      status: asset.status.toLowerCase(),
    });
  } catch (error) {
    if (error instanceof NotAuthorizedError)
      return json(error.reason === "anonymous" ? 401 : 403, { error: error.reason, message: error.message });
    if (isDatabaseUnavailable(error)) {
      logger.error("media upload: database unavailable", { error });
      return json(503, {
        error: "unavailable",
        message: "The database cannot be reached: try the upload again in a minute.",
      });
    }
    throw error;
  }
}
