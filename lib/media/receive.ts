import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";

// Reads a multipart upload as it arrives: the file goes to a temporary file while its SHA-256 is
// computed, so no upload is ever held in memory whole (Next's request.formData() would buffer it).

export interface ReceivedFile {
  path: string;
  size: number;
  sha256: string;
  /** As the browser sent it: for display only. */
  filename: string;
}

export type Received =
  | { status: "ok"; file: ReceivedFile | null; fields: Record<string, string>; truncated: false }
  | { status: "truncated"; fields: Record<string, string> }
  | { status: "bad_request" };

/**
 * Streams the request's "file" part to a temporary file, stopping at `maxBytes` (then "truncated").
 * The caller deletes `file.path` when done with it (discardUpload).
 */
export async function receiveUpload(request: Request, maxBytes: number): Promise<Received> {
  if (!request.body) return { status: "bad_request" };
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": request.headers.get("content-type") ?? "" },
      // File names are UTF-8 in every browser's multipart (busboy would read them as Latin-1).
      defParamCharset: "utf8",
      limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 1_000, parts: 12 },
    });
  } catch {
    return { status: "bad_request" }; // not multipart, or no boundary
  }
  const fields: Record<string, string> = {};
  let file: ReceivedFile | null = null;
  let truncated = false;
  const writes: Promise<void>[] = [];

  parser.on("field", (name, value) => {
    fields[name] = value;
  });
  parser.on("file", (name, stream, info) => {
    if (name !== "file" || file) {
      stream.resume();
      return;
    }
    const target = path.join(tmpdir(), `pressroom-upload-${randomUUID()}`);
    const hash = createHash("sha256");
    const received: ReceivedFile = { path: target, size: 0, sha256: "", filename: cleanFilename(info.filename) };
    file = received;
    stream.on("limit", () => {
      truncated = true;
    });
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        received.size += chunk.length;
        done(null, chunk);
      },
    });
    writes.push(
      pipeline(stream, tap, createWriteStream(target)).then(() => {
        received.sha256 = hash.digest("hex");
      }),
    );
  });

  try {
    await pipeline(Readable.fromWeb(request.body as never), parser);
    await Promise.all(writes);
  } catch {
    // The file's own pipeline fails too when the body breaks off (the client went away): it is
    // awaited here, or its rejection went unhandled (an "Error: aborted" in the server's log).
    await Promise.allSettled(writes);
    await discardUpload(file);
    return { status: "bad_request" }; // a malformed body, or the client went away
  }
  if (truncated) {
    await discardUpload(file);
    return { status: "truncated", fields };
  }
  return { status: "ok", file, fields, truncated: false };
}

export async function discardUpload(file: ReceivedFile | null): Promise<void> {
  if (file) await rm(file.path, { force: true });
}

/** The browser's file name, for display: no path, no control characters, at most 200 characters. */
export function cleanFilename(name: string | undefined): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return clean.slice(0, 200) || "file";
}
