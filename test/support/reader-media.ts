// Media rows of an edition as the DAL hands them to pages, feeds and the API (issue 13): a lead photo,
// a gallery photo, one still waiting for its variants, and a PDF. Plain data for the pure modules' tests.
import type { ReaderMedia, ReaderVariant } from "@/lib/domain/media/reader";

const HASH = (c: string) => c.repeat(64);

function variants(hash: string, widths: number[], ratio: number): ReaderVariant[] {
  const out: ReaderVariant[] = [];
  for (const width of widths)
    for (const format of ["avif", "webp"] as const)
      out.push({
        format,
        width,
        height: Math.round(width * ratio),
        url: `/media/img/${hash}-${width}w-v1.${format}`,
        bytes: width * 10,
      });
  out.push({
    format: "jpeg",
    width: 960,
    height: Math.round(960 * ratio),
    url: `/media/img/${hash}-960w-v1.jpg`,
    bytes: 96_000,
  });
  return out;
}

function image(overrides: Partial<ReaderMedia>): ReaderMedia {
  return {
    kind: "IMAGE",
    role: "GALLERY",
    altText: "",
    caption: null,
    credit: null,
    title: null,
    mime: "image/jpeg",
    bytes: 2_000_000,
    filename: "photo.jpg",
    width: 2000,
    height: 1000,
    status: "READY",
    placeholder: "data:image/webp;base64,AAAA",
    variants: [],
    url: null,
    ...overrides,
  };
}

export const LEAD = image({
  role: "LEAD",
  altText: "Two ministers sign the memorandum",
  caption: "The signing in Baku",
  credit: "Press service",
  variants: variants(HASH("a"), [480, 960, 1600], 0.5),
});
export const GALLERY = image({ altText: "The delegations", variants: variants(HASH("b"), [480, 960, 1600], 0.75) });
export const PENDING = image({ altText: "Still processing", status: "PENDING", placeholder: null, variants: [] });
export const PDF: ReaderMedia = {
  ...image({}),
  kind: "ATTACHMENT",
  role: "ATTACHMENT",
  title: "Signed memorandum",
  mime: "application/pdf",
  bytes: 1_234_567,
  filename: "memorandum.pdf",
  width: null,
  height: null,
  placeholder: null,
  url: `/media/files/${HASH("c")}.pdf`,
};

export const SAMPLE_MEDIA: ReaderMedia[] = [GALLERY, LEAD, PENDING, PDF];
