import { isPublicKey } from "@/lib/domain/media/keys";
import { TYPES } from "@/lib/domain/media/sniff";
import { MEDIA_CACHE_CONTROL, contentDisposition, fileResponse, notFound, publicMediaFile } from "@/lib/media/serve";

// Public media files (issue 13): image variants and attachments used by a live edition of a public
// release, at content-addressed URLs. Everything else, originals included, is a 404.

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ key: string[] }> }): Promise<Response> {
  const key = (await params).key.join("/");
  if (!isPublicKey(key)) return notFound();
  const file = await publicMediaFile(key);
  if (!file) return notFound();
  const extension = Object.values(TYPES).find((t) => t.mime === file.mime)?.extension ?? null;
  const response = await fileResponse(request, {
    key,
    mime: file.mime,
    cacheControl: MEDIA_CACHE_CONTROL,
    disposition: file.filename === null ? undefined : contentDisposition(file.filename, extension),
  });
  return response ?? notFound();
}

export { GET as HEAD };
