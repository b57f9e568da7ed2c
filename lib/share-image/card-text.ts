import { formatDateline } from "../domain/dateline";
import type { ShareImageText } from "./render";
import { clip } from "./script";

// Issue 14: the card's words as the route wrote them before (English dateline whatever the
// language); the next commit writes them in the release's language.

export interface ShareCardRelease {
  language: string;
  headline: string;
  issuer: string;
  datelinePlace: string | null;
  datelineAt: Date;
  datelineOffsetMinutes: number;
}

export function shareCardText(release: ShareCardRelease, site: string): ShareImageText {
  return {
    site: clip(site, 60),
    headline: clip(release.headline, 160),
    dateline: formatDateline(release.datelineAt, release.datelineOffsetMinutes, release.datelinePlace),
    issuer: clip(release.issuer, 90),
  };
}
