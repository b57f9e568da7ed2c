import "server-only";
import { verifyEmbargoToken } from "../crypto/tokens";
import { embargoMediaFile as findEmbargoMediaFile } from "../dal/distribution/embargo";
import { resolvePreviewLink } from "../dal/preview-links";
import { findEditionMediaFile, type PublicMediaFile } from "../dal/public/media";
import { getNewestEditionId } from "../dal/releases";
import { isPublicKey } from "../domain/media/keys";
import { TYPES } from "../domain/media/sniff";
import { isPreviewTokenFormat } from "../validation/preview";
import { contentDisposition, fileResponse, notFound } from "./serve";

// The files of an edition that is not public yet, for the secret links that show it: a draft's
// preview link (issue 13) and a journalist's embargo link (issue 16). /media/ serves only what a live
// edition uses, so /preview/<token>/media/<key> and /embargo/<token>/media/<key> serve the files of
// the edition their link shows: the token must still work, and the key must be one of that
// edition's image variants or attachments (lib/dal/public/media.ts, findEditionMediaFile). Originals
// of images are never among them. Answers are private and never stored by any cache; the routes'
// paths also get noindex and no-referrer (next.config.js, proxy.ts).

export const PRIVATE_MEDIA_CACHE_CONTROL = "private, no-store";

/** A file of the edition a preview link shows (the release's newest, as the preview page shows it). */
export async function previewMediaFile(token: string, key: string): Promise<PublicMediaFile | null> {
  if (!isPreviewTokenFormat(token) || !isPublicKey(key)) return null;
  const link = await resolvePreviewLink(token);
  const editionId = link ? await getNewestEditionId(link.releaseId) : null;
  return editionId ? findEditionMediaFile(key, editionId) : null;
}

/** A file of the edition an embargo link shows, while it is under embargo (not after cancellation or publication). */
export async function embargoMediaFile(token: string, key: string): Promise<PublicMediaFile | null> {
  const deliveryId = isPublicKey(key) ? verifyEmbargoToken(token) : null;
  return deliveryId ? findEmbargoMediaFile(deliveryId, key) : null;
}

/** The preview page's address for a /media/ path. */
export function previewMediaHref(token: string): (url: string) => string {
  return (url) => `/preview/${token}${url}`;
}

/** The embargo page's address for a /media/ path. */
export function embargoMediaHref(token: string): (url: string) => string {
  return (url) => `/embargo/${token}${url}`;
}

type MediaRouteContext = { params: Promise<{ token: string; key: string[] }> };

/**
 * The GET (and HEAD) handler of a secret link's media route, /<link>/[token]/media/[...key]: the
 * stored file when `find` says the key is a file of the link's edition, else a 404. Both private.
 */
export function privateMediaRoute(find: (token: string, key: string) => Promise<PublicMediaFile | null>) {
  return async function GET(request: Request, { params }: MediaRouteContext): Promise<Response> {
    const { token, key: parts } = await params;
    const key = parts.join("/");
    const file = await find(token, key);
    if (!file) return privateNotFound();
    const extension = Object.values(TYPES).find((t) => t.mime === file.mime)?.extension ?? null;
    const response = await fileResponse(request, {
      key,
      mime: file.mime,
      cacheControl: PRIVATE_MEDIA_CACHE_CONTROL,
      disposition: file.filename === null ? undefined : contentDisposition(file.filename, extension),
    });
    return response ?? privateNotFound();
  };
}

function privateNotFound(): Response {
  const response = notFound();
  response.headers.set("Cache-Control", PRIVATE_MEDIA_CACHE_CONTROL);
  return response;
}
