import "server-only";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import {
  odfMimetype,
  sniffHead,
  sniffText,
  sniffZip,
  zipCentralDirectory,
  zipEntryNames,
  type Sniffed,
} from "../domain/media/sniff";

// Reads just what lib/domain/media/sniff.ts needs from an uploaded file: its first 64 KB, a zip's
// central directory (at the end of the file), or, for text, the whole file in a stream (a text file
// with one NUL byte or broken UTF-8 after its first page is still not text).

const HEAD_BYTES = 64 * 1024;
/** The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KB. */
const TAIL_BYTES = 22 + 0xffff;
/** Larger directories (tens of thousands of entries) are not read: the file is then just a ZIP. */
const MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;

export async function sniffFile(path: string, size: number): Promise<Sniffed> {
  const file = await open(path, "r");
  let head: Buffer;
  try {
    head = await readAt(file, 0, Math.min(size, HEAD_BYTES));
    const step = sniffHead(head);
    if (step.ok !== "zip") {
      if (step.ok !== "text") return step;
    } else {
      const tailStart = Math.max(0, size - TAIL_BYTES);
      const directory = zipCentralDirectory(await readAt(file, tailStart, size - tailStart), size);
      const names =
        directory && directory.size <= MAX_DIRECTORY_BYTES
          ? zipEntryNames(await readAt(file, directory.offset, directory.size))
          : [];
      return sniffZip(names, odfMimetype(head));
    }
  } finally {
    await file.close();
  }
  if (!(await isUtf8Text(path))) return { ok: false, looksLike: "an unknown kind of file" };
  return sniffText(new TextDecoder().decode(head).split(/\r?\n/).slice(0, 21));
}

async function readAt(file: Awaited<ReturnType<typeof open>>, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

async function isUtf8Text(path: string): Promise<boolean> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of createReadStream(path)) {
      const bytes = chunk as Buffer;
      if (bytes.includes(0)) return false;
      decoder.decode(bytes, { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}
