import { NotAuthorizedError, requirePermission } from "@/lib/auth/session";
import { PRIVATE_CACHE_CONTROL } from "@/lib/http/cache-control";
import { IMPORT_FILE_MAX_BYTES, fileToText } from "@/lib/import/file-text";
import { refuseBadCookies } from "@/lib/media/serve";

// "Extract from file" on the import page (issue 15): multipart, field "file"; answers { text } (the
// file's text, which the page then extracts as pasted text) or a 4xx { message } for the field. A
// route rather than the import action: server actions stop at 1 MB, a Word or PDF file is often larger.

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "Cache-Control": PRIVATE_CACHE_CONTROL } });

export async function POST(request: Request): Promise<Response> {
  const badCookies = refuseBadCookies(request);
  if (badCookies) return badCookies;
  try {
    await requirePermission("release.create");
  } catch (error) {
    if (error instanceof NotAuthorizedError)
      return json(error.reason === "anonymous" ? 401 : 403, { message: error.message });
    throw error;
  }
  const tooLarge = `The file is larger than ${IMPORT_FILE_MAX_BYTES / 1024 / 1024} MB: a release's file is smaller`;
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > IMPORT_FILE_MAX_BYTES) return json(413, { message: tooLarge });
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    return json(400, { message: "The file could not be received: choose it again" });
  }
  if (!(file instanceof File) || file.size === 0) return json(400, { message: "Choose a file to extract from" });
  if (file.size > IMPORT_FILE_MAX_BYTES) return json(413, { message: tooLarge });
  const text = await fileToText(new Uint8Array(await file.arrayBuffer()));
  return text.ok ? json(200, { text: text.text, kind: text.kind }) : json(422, { message: text.message });
}
