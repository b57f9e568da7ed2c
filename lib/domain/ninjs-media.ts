// A release's images and attachments as ninjs associations (issue 13). Each image readers can see is
// a "picture" item with one rendition per served variant (AVIF, WebP, the JPEG fallback): the lead
// image is named "mainpicture" as wire services do, the others "picture-1", "picture-2" …; each
// attachment is a "component" with the file as its one rendition. Originals are never listed: their
// metadata (GPS positions) stays with the editors. Pure, like lib/domain/ninjs.ts.
import {
  VARIANT_MIME,
  attachmentTitle,
  attachmentsOf,
  galleryImages,
  hasVariants,
  leadImage,
  shareVariant,
  type ReaderMedia,
} from "./media/reader";

export interface NinjsRendition {
  name: string;
  href: string;
  contentType: string;
  width?: number;
  height?: number;
  sizeInBytes: number;
}

export interface NinjsAssociation {
  name: string;
  uri: string;
  type: "picture" | "component";
  headlines?: Array<{ role: string; value: string }>;
  descriptions?: Array<{ role: string; contentType: string; value: string }>;
  by?: string;
  renditions: NinjsRendition[];
}

function picture(image: ReaderMedia, name: string, siteUrl: string): NinjsAssociation | null {
  const main = shareVariant(image);
  if (!main || !hasVariants(image)) return null;
  const association: NinjsAssociation = {
    name,
    uri: `${siteUrl}${main.url}`,
    type: "picture",
    renditions: image.variants.map((v) => ({
      name: `${v.format}-${v.width}`,
      href: `${siteUrl}${v.url}`,
      contentType: VARIANT_MIME[v.format],
      width: v.width,
      height: v.height,
      sizeInBytes: v.bytes,
    })),
  };
  if (image.caption) association.headlines = [{ role: "main", value: image.caption }];
  if (image.altText) association.descriptions = [{ role: "alt", contentType: "text/plain", value: image.altText }];
  if (image.credit) association.by = image.credit;
  return association;
}

export function ninjsAssociations(media: ReaderMedia[], siteUrl: string): NinjsAssociation[] {
  const out: NinjsAssociation[] = [];
  const lead = leadImage(media);
  const leadPicture = lead ? picture(lead, "mainpicture", siteUrl) : null;
  if (leadPicture) out.push(leadPicture);
  let n = 0;
  for (const image of galleryImages(media)) {
    const association = picture(image, `picture-${n + 1}`, siteUrl);
    if (association) {
      out.push(association);
      n += 1;
    }
  }
  attachmentsOf(media).forEach((file, i) => {
    const href = `${siteUrl}${file.url}`;
    out.push({
      name: `attachment-${i + 1}`,
      uri: href,
      type: "component",
      headlines: [{ role: "main", value: attachmentTitle(file) }],
      renditions: [{ name: "original", href, contentType: file.mime, sizeInBytes: file.bytes }],
    });
  });
  return out;
}
