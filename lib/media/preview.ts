import "server-only";
import { resolvePreviewLink } from "../dal/preview-links";
import { getReleaseForEditor } from "../dal/releases";
import { VARIANT_MIME } from "../domain/media/reader";
import { isPublicKey, mediaUrl } from "../domain/media/keys";
import { isPreviewTokenFormat } from "../validation/preview";
import type { PublicMediaFile } from "../dal/public/media";

// A draft's files for its preview link (issue 13). /media/ serves only what a live edition uses, so
// /preview/<token>/media/<key> serves the files of the edition the link previews: the token must
// still work, and the key must be one of that edition's image variants or attachments. Originals of
// images are never among them. Answers are private and never stored by any cache.

export const PREVIEW_MEDIA_CACHE_CONTROL = "private, no-store";

export async function previewMediaFile(token: string, key: string): Promise<PublicMediaFile | null> {
  if (!isPreviewTokenFormat(token) || !isPublicKey(key)) return null;
  const link = await resolvePreviewLink(token);
  if (!link) return null;
  // The newest edition, as the preview page shows it.
  const release = await getReleaseForEditor(link.releaseId);
  if (!release) return null;
  const url = mediaUrl(key);
  for (const item of release.media) {
    if (item.kind === "ATTACHMENT" && item.url === url) return { mime: item.mime, filename: item.filename };
    const variant = item.variants.find((v) => v.url === url);
    if (variant) return { mime: VARIANT_MIME[variant.format], filename: null };
  }
  return null;
}

/** The preview page's address for a /media/ path. */
export function previewMediaHref(token: string): (url: string) => string {
  return (url) => `/preview/${token}${url}`;
}
