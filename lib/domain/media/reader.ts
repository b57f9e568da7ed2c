// How readers get an edition's images and attachments (issue 13): which image leads, which form the
// gallery, the srcset of each format, the file an og:image or a feed enclosure points at, and the
// words an attachment is listed with ("PDF, 1.2 MB"). Pure: pages, feeds, ninjs and the API all
// read the same plain media rows (a structural subset of the DAL's EditionMediaDTO).

export interface ReaderVariant {
  format: "avif" | "webp" | "jpeg";
  width: number;
  height: number;
  /** Site path, /media/<key>. */
  url: string;
  bytes: number;
}

export interface ReaderMedia {
  kind: "IMAGE" | "ATTACHMENT";
  role: "LEAD" | "GALLERY" | "ATTACHMENT";
  altText: string;
  caption: string | null;
  credit: string | null;
  title: string | null;
  mime: string;
  bytes: number;
  filename: string;
  width: number | null;
  height: number | null;
  status: "PENDING" | "READY" | "FAILED";
  placeholder: string | null;
  variants: ReaderVariant[];
  /** Attachments: their download path. */
  url: string | null;
}

/** An image readers can see: its variants exist (the original is for editors only). */
export function hasVariants(image: Pick<ReaderMedia, "status" | "variants">): boolean {
  return image.status === "READY" && image.variants.length > 0;
}

/**
 * Images a page can show something for: ready ones, and pending ones that already have a placeholder
 * (a re-made image). A pending image without one, or a failed one, is left out: nothing of it is public.
 */
function showable(image: ReaderMedia): boolean {
  return image.kind === "IMAGE" && (hasVariants(image) || image.placeholder !== null);
}

/** The lead image, when the edition has one readers can see. */
export function leadImage<T extends ReaderMedia>(media: T[]): T | null {
  return media.find((m) => m.role === "LEAD" && showable(m)) ?? null;
}

/** The gallery: every other image readers can see, in the edition's order. */
export function galleryImages<T extends ReaderMedia>(media: T[]): T[] {
  return media.filter((m) => m.role !== "LEAD" && showable(m));
}

/** The attachments, in the edition's order. */
export function attachmentsOf<T extends ReaderMedia>(media: T[]): T[] {
  return media.filter((m) => m.kind === "ATTACHMENT" && m.url !== null);
}

/** `srcset` of one format: "/media/a-480w.avif 480w, /media/a-960w.avif 960w", narrowest first. */
export function srcsetOf(variants: ReaderVariant[], format: ReaderVariant["format"], href = (url: string) => url) {
  return variants
    .filter((v) => v.format === format)
    .sort((a, b) => a.width - b.width)
    .map((v) => `${href(v.url)} ${v.width}w`)
    .join(", ");
}

export interface PictureSources {
  avif: string;
  webp: string;
  /** The <img> of the <picture>: the JPEG fallback (or the narrowest variant when there is no JPEG). */
  fallback: ReaderVariant;
  /** The image's intrinsic size (its widest variant): the width/height attributes that reserve its space. */
  width: number;
  height: number;
}

/** What a <picture> needs, or null while the variants do not exist. */
export function pictureSources(
  image: Pick<ReaderMedia, "status" | "variants">,
  href = (url: string) => url,
): PictureSources | null {
  if (!hasVariants(image)) return null;
  const widest = image.variants.reduce((a, b) => (b.width > a.width ? b : a));
  const fallback =
    image.variants.find((v) => v.format === "jpeg") ?? [...image.variants].sort((a, b) => a.width - b.width)[0]!;
  return {
    avif: srcsetOf(image.variants, "avif", href),
    webp: srcsetOf(image.variants, "webp", href),
    fallback: { ...fallback, url: href(fallback.url) },
    width: widest.width,
    height: widest.height,
  };
}

/**
 * The one file that stands for an image elsewhere (og:image, twitter:image, JSON-LD, feed enclosures,
 * ninjs): the JPEG fallback, which every consumer can read, else the widest WebP.
 */
export function shareVariant(image: Pick<ReaderMedia, "status" | "variants">): ReaderVariant | null {
  if (!hasVariants(image)) return null;
  const jpeg = image.variants.find((v) => v.format === "jpeg");
  if (jpeg) return jpeg;
  const webp = image.variants.filter((v) => v.format === "webp").sort((a, b) => b.width - a.width);
  return webp[0] ?? null;
}

export const VARIANT_MIME: Record<ReaderVariant["format"], string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
};

/** The lead image as other documents describe it, with absolute URLs; null without a ready lead image. */
export function leadImageShare(media: ReaderMedia[], siteUrl: string) {
  const lead = leadImage(media);
  const variant = lead ? shareVariant(lead) : null;
  if (!lead || !variant) return null;
  return {
    url: `${siteUrl}${variant.url}`,
    width: variant.width,
    height: variant.height,
    type: VARIANT_MIME[variant.format],
    bytes: variant.bytes,
    alt: lead.altText,
    caption: lead.caption,
    credit: lead.credit,
  };
}

export type SharedImage = NonNullable<ReturnType<typeof leadImageShare>>;

// `sizes` of each place an image appears. The reading column is 46rem wide at most (app/globals.css).
export const IMAGE_SIZES = {
  lead: "(min-width: 48rem) 46rem, 100vw",
  thumbnail: "(min-width: 48rem) 15rem, 45vw",
  lightbox: "100vw",
  list: "8rem",
} as const;

const TYPE_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel spreadsheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint presentation",
  "application/vnd.oasis.opendocument.text": "OpenDocument text",
  "application/zip": "ZIP archive",
  "text/plain": "Text",
  "text/csv": "CSV",
};

/** "PDF", "Word document" …: what a reader calls the file's type. */
export function fileTypeLabel(mime: string): string {
  return TYPE_LABELS[mime.split(";")[0]!.trim().toLowerCase()] ?? "File";
}

/** 1234567 → "1.2 MB"; 5300 → "5.3 KB"; 53000 → "53 KB"; 900 → "900 bytes" (decimal units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 999.95 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const text = value >= 10 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, "");
  return `${text} ${units[unit]}`;
}

/** The name an attachment is listed under: its title, else the uploader's file name. */
export function attachmentTitle(attachment: Pick<ReaderMedia, "title" | "filename">): string {
  return attachment.title?.trim() || attachment.filename;
}
