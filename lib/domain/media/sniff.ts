// What a file is, decided from its bytes (issue 13): never from its name or the browser's word.
// Pure functions over bytes already read; lib/media/sniff-file.ts reads them from an upload.
// Accepted, as a press office needs them: JPEG, PNG, WebP, AVIF, GIF and SVG images (SVG only ever
// served rasterised); PDF, DOCX, XLSX, PPTX, ODT, ZIP, plain text and CSV attachments. Anything else
// is refused with what it looks like, so the message can say so ("it looks like a Linux program").

export type MediaKindValue = "IMAGE" | "ATTACHMENT";

export interface KnownType {
  ok: true;
  kind: MediaKindValue;
  mime: string;
  /** For storage keys and download names. */
  extension: string;
  /** For messages: "a JPEG image", "a PDF document". */
  label: string;
}

export interface RefusedType {
  ok: false;
  /** What the bytes look like, for the message: "a Linux program", "a web page", "an unknown kind of file". */
  looksLike: string;
}

export type Sniffed = KnownType | RefusedType;

/** Bytes that need the file's zip entries (names) or a full text scan to be told apart. */
export type SniffStep = Sniffed | { ok: "zip" } | { ok: "text" };

const image = (mime: string, extension: string, label: string): KnownType => ({
  ok: true,
  kind: "IMAGE",
  mime,
  extension,
  label,
});
const document = (mime: string, extension: string, label: string): KnownType => ({
  ok: true,
  kind: "ATTACHMENT",
  mime,
  extension,
  label,
});
const refused = (looksLike: string): RefusedType => ({ ok: false, looksLike });

export const TYPES = {
  jpeg: image("image/jpeg", "jpg", "a JPEG image"),
  png: image("image/png", "png", "a PNG image"),
  gif: image("image/gif", "gif", "a GIF image"),
  webp: image("image/webp", "webp", "a WebP image"),
  avif: image("image/avif", "avif", "an AVIF image"),
  svg: image("image/svg+xml", "svg", "an SVG image"),
  pdf: document("application/pdf", "pdf", "a PDF document"),
  docx: document("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "a Word document"),
  xlsx: document("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "an Excel spreadsheet"),
  pptx: document(
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "pptx",
    "a PowerPoint presentation",
  ),
  odt: document("application/vnd.oasis.opendocument.text", "odt", "an OpenDocument text"),
  zip: document("application/zip", "zip", "a ZIP archive"),
  txt: document("text/plain; charset=utf-8", "txt", "a text file"),
  csv: document("text/csv; charset=utf-8", "csv", "a CSV table"),
} as const satisfies Record<string, KnownType>;

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

/** ISO-BMFF brands (AVIF, HEIC): the major brand and the compatible ones of the leading ftyp box. */
function ftypBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return null;
  const size = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(bytes.length, size >= 16 ? size : 16);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands;
}

/** SVG: optional BOM, XML prolog, comments and doctype, then an <svg element. */
const SVG_START =
  /^\uFEFF?\s*(<\?xml[^>]{0,500}\?>\s*)?((<!--[\s\S]{0,4000}?-->|<!DOCTYPE[^>[]{0,1000}(\[[\s\S]{0,8000}?\])?\s*>)\s*)*<svg[\s>]/i;
const HTML_START = /^\uFEFF?\s*(<!--[\s\S]*?-->\s*)*(<!doctype html|<html|<head|<body|<script|<iframe|<\?php)/i;

/**
 * The first step: from the file's first bytes (a few KB) alone. `{ ok: "zip" }` asks for the zip's
 * entry names (sniffZip); `{ ok: "text" }` for a scan of the whole file (sniffText).
 */
export function sniffHead(head: Uint8Array): SniffStep {
  if (head.length === 0) return refused("an empty file");
  if (startsWith(head, [0xff, 0xd8, 0xff])) return TYPES.jpeg;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return TYPES.png;
  if (ascii(head, 0, 6) === "GIF87a" || ascii(head, 0, 6) === "GIF89a") return TYPES.gif;
  if (ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 12) === "WEBP") return TYPES.webp;
  const brands = ftypBrands(head);
  if (brands) {
    if (brands.includes("avif") || brands.includes("avis")) return TYPES.avif;
    if (brands.some((b) => ["heic", "heix", "hevc", "heim", "heis", "mif1", "msf1"].includes(b)))
      return refused("an HEIC photo (export it as JPEG)");
    return refused("a video or another MP4-family file");
  }
  if (ascii(head, 0, Math.min(head.length, 1024)).includes("%PDF-")) return TYPES.pdf;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return { ok: "zip" };

  // Programs, whatever they are named.
  if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return refused("a Linux program");
  if (startsWith(head, [0x4d, 0x5a])) return refused("a Windows program");
  if (
    [
      [0xfe, 0xed, 0xfa, 0xce],
      [0xfe, 0xed, 0xfa, 0xcf],
      [0xce, 0xfa, 0xed, 0xfe],
      [0xcf, 0xfa, 0xed, 0xfe],
      [0xca, 0xfe, 0xba, 0xbe],
    ].some((signature) => startsWith(head, signature))
  )
    return refused("a macOS or Java program");
  if (ascii(head, 0, 2) === "#!") return refused("a script (a program in text form)");
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) return refused("an old Office file (save it as DOCX, XLSX or PPTX)");
  if (startsWith(head, [0x1f, 0x8b]) || ascii(head, 0, 3) === "BZh" || startsWith(head, [0xfd, 0x37, 0x7a, 0x58]))
    return refused("a compressed archive other than ZIP");
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf]) || ascii(head, 0, 4) === "Rar!")
    return refused("a compressed archive other than ZIP");

  // Text: SVG, a web page (never accepted: it could run script from our origin), or plain text / CSV.
  const text = decodeStart(head);
  if (text === null) return refused("an unknown kind of file");
  if (SVG_START.test(text)) return TYPES.svg;
  if (HTML_START.test(text)) return refused("a web page");
  return { ok: "text" };
}

/** The head as UTF-8 text, or null when it is binary (NUL bytes, invalid UTF-8 before the cut). */
function decodeStart(head: Uint8Array): string | null {
  if (head.includes(0)) return null;
  // The head may end in the middle of a multi-byte character: decode in stream mode.
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
  } catch {
    return null;
  }
}

/**
 * A zip told apart by its entries: OOXML (DOCX, XLSX, PPTX) by their main part, OpenDocument text by
 * its `mimetype` entry's content, Java and Android packages refused as programs, anything else a ZIP.
 */
export function sniffZip(entryNames: readonly string[], odfMimetype: string | null): Sniffed {
  const names = new Set(entryNames);
  if (odfMimetype === "application/vnd.oasis.opendocument.text") return TYPES.odt;
  if (names.has("[Content_Types].xml")) {
    if (names.has("word/document.xml")) return TYPES.docx;
    if (names.has("xl/workbook.xml")) return TYPES.xlsx;
    if (names.has("ppt/presentation.xml")) return TYPES.pptx;
  }
  if (names.has("AndroidManifest.xml") || names.has("classes.dex")) return refused("an Android app");
  if (names.has("META-INF/MANIFEST.MF") && entryNames.some((n) => n.endsWith(".class")))
    return refused("a Java program");
  return TYPES.zip;
}

/**
 * Text that is valid UTF-8 without NUL bytes (checked over the whole file by the caller): CSV when its
 * first lines all have the same number of separators, else plain text.
 */
export function sniffText(firstLines: readonly string[]): KnownType {
  const lines = firstLines.filter((line) => line.trim() !== "").slice(0, 20);
  if (lines.length >= 2) {
    for (const separator of [",", ";", "\t"]) {
      const counts = lines.map((line) => line.split(separator).length - 1);
      if (counts[0]! >= 1 && counts.every((c) => c === counts[0])) return TYPES.csv;
    }
  }
  return TYPES.txt;
}

/** End-of-central-directory record: where the entry names of a zip are listed. */
export function zipCentralDirectory(tail: Uint8Array, fileSize: number): { offset: number; size: number } | null {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let at = tail.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const size = view.getUint32(at + 12, true);
    const offset = view.getUint32(at + 16, true);
    if (offset + size > fileSize) continue; // a stray signature in a comment, or ZIP64: not usable
    return { offset, size };
  }
  return null;
}

/** The entry names of a zip's central directory. */
export function zipEntryNames(directory: Uint8Array, limit = 20_000): string[] {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const names: string[] = [];
  const decoder = new TextDecoder("utf-8");
  let at = 0;
  while (at + 46 <= directory.length && names.length < limit && view.getUint32(at, true) === 0x02014b50) {
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    names.push(decoder.decode(directory.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/**
 * What a zip's entries say they unpack to, from its central directory: a size a ZIP64 entry keeps
 * elsewhere (0xFFFFFFFF) counts as that, so such an archive is simply too large.
 */
export function zipUncompressedSize(directory: Uint8Array): number {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  let total = 0;
  let at = 0;
  while (at + 46 <= directory.length && view.getUint32(at, true) === 0x02014b50) {
    total += view.getUint32(at + 24, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** An OpenDocument's first entry is an uncompressed `mimetype` naming its kind. */
export function odfMimetype(head: Uint8Array): string | null {
  if (head.length < 30) return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const method = view.getUint16(8, true);
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  if (method !== 0 || ascii(head, 30, 30 + nameLength) !== "mimetype" || size > 200) return null;
  const start = 30 + nameLength + extraLength;
  return start + size <= head.length ? ascii(head, start, start + size) : null;
}
