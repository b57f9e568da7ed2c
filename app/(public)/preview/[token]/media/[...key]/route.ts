import { TYPES } from "@/lib/domain/media/sniff";
import { PREVIEW_MEDIA_CACHE_CONTROL, previewMediaFile } from "@/lib/media/preview";
import { contentDisposition, fileResponse, notFound } from "@/lib/media/serve";

// A previewed draft's images and attachments (issue 13), checked against the preview link's token:
// only files of the edition the link shows, answered private and no-store. Anything else is a 404.

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string; key: string[] }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { token, key: parts } = await params;
  const key = parts.join("/");
  const file = await previewMediaFile(token, key);
  if (!file) return privateNotFound();
  const extension = Object.values(TYPES).find((t) => t.mime === file.mime)?.extension ?? null;
  const response = await fileResponse(request, {
    key,
    mime: file.mime,
    cacheControl: PREVIEW_MEDIA_CACHE_CONTROL,
    disposition: file.filename === null ? undefined : contentDisposition(file.filename, extension),
  });
  return response ?? privateNotFound();
}

function privateNotFound(): Response {
  const response = notFound();
  response.headers.set("Cache-Control", PREVIEW_MEDIA_CACHE_CONTROL);
  return response;
}

export { GET as HEAD };
