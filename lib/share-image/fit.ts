import { siteName } from "../site";

// Issue 17: what a stored share card (lib/dal/releases/share-image.ts) was drawn with. A card whose
// fit is not the current one (another renderer version, site name or release language) is not linked,
// and the scheduler's backfill draws it again. Apart from the renderer, in a module of its own: the
// public read checks the fit on every page and should not load Satori and resvg to do it.

/** Bumped when the card's drawing or words change (render.tsx, card-text.ts), so every live edition gets a new card. */
export const SHARE_IMAGE_SCHEME = "card-v1";

/** What a card for a release in `language` is drawn with now (the backfill's SQL builds the same). */
export function shareImageFit(language: string, site = siteName()): string {
  return `${SHARE_IMAGE_SCHEME}|${site}|${language}`;
}

/** The stored card of an edition row, when it fits a page in `language` (else null: the page links the old address). */
export function fittingShareImage(
  edition: { shareImageKey: string | null; shareImageFit: string | null },
  language: string,
  site = siteName(),
): string | null {
  return edition.shareImageKey !== null && edition.shareImageFit === shareImageFit(language, site)
    ? edition.shareImageKey
    : null;
}
