// Storage keys and public paths of media files (issue 13). Every key carries the SHA-256 of the
// uploaded bytes, so a URL names one content forever and can be cached as immutable: a changed
// file is a new upload with a new hash, hence a new URL.

export type VariantFormat = "avif" | "webp" | "jpeg";

const EXTENSION: Record<VariantFormat, string> = { avif: "avif", webp: "webp", jpeg: "jpg" };

/** Served variants are made at these widths (never wider than the original). */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;
/** The JPEG fallback, for the few clients that take neither AVIF nor WebP. */
export const FALLBACK_JPEG_WIDTH = 960;

/** Bumped when the encoder settings change, so new variants get new URLs instead of stale caches. */
const VARIANT_VERSION = "v1";

const SHA256 = /^[0-9a-f]{64}$/;

function checkHash(sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error("A media key needs a lower-case hex SHA-256");
  return sha256;
}

/**
 * Where an upload's own bytes are kept. An image's original keeps its metadata (EXIF, GPS) and is
 * never served publicly; an attachment's is the file readers download, so it ends with its type's
 * extension (a download saved from the browser keeps a sensible name).
 */
export function originalKey(kind: "IMAGE" | "ATTACHMENT", sha256: string, extension: string): string {
  const ext = extension.replace(/[^a-z0-9]/g, "").slice(0, 8) || "bin";
  return kind === "IMAGE" ? `originals/${checkHash(sha256)}.${ext}` : `files/${checkHash(sha256)}.${ext}`;
}

export function variantKey(sha256: string, width: number, format: VariantFormat): string {
  return `img/${checkHash(sha256)}-${width}w-${VARIANT_VERSION}.${EXTENSION[format]}`;
}

/**
 * Issue 17: a release's share card (og:image), rendered when its edition goes live, named by the
 * SHA-256 of the PNG: a card with other text (a correction, a translation) is another URL.
 */
export function shareImageKey(sha256: string): string {
  return `share/${checkHash(sha256)}.png`;
}

/**
 * The only keys /media/ ever serves: variants, attachments and share cards. Originals of images are
 * not among them.
 */
const PUBLIC_KEY =
  /^(img\/[0-9a-f]{64}-\d{1,5}w-v\d+\.(avif|webp|jpg)|files\/[0-9a-f]{64}\.[a-z0-9]{1,8}|share\/[0-9a-f]{64}\.png)$/;

export function isPublicKey(key: string): boolean {
  return PUBLIC_KEY.test(key);
}

export function mediaUrl(key: string): string {
  return `/media/${key}`;
}

/**
 * The widths to make for an original `width` pixels wide: the standard widths it reaches, plus its
 * own width when it is narrower than the largest standard one (a 1200-pixel photo gets 480, 960 and
 * 1200: never upscaled, and its full detail still available).
 */
export function variantWidths(width: number): number[] {
  const own = Math.max(1, Math.floor(width));
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w <= own);
  if (own < VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]! && !widths.includes(own)) widths.push(own);
  return widths;
}

/** The JPEG fallback's width: 960, or the original's own when narrower. */
export function fallbackWidth(width: number): number {
  return Math.max(1, Math.min(FALLBACK_JPEG_WIDTH, width));
}
