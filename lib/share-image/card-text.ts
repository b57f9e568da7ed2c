import { formatDateline, type DatelineOffset } from "../domain/dateline";
import { languageDirection } from "../domain/languages";
import { readerMessages } from "../i18n/messages";
import type { ShareImageText } from "./render";
import { clip } from "./script";

// The words of a release's share card (lib/share-image/render.tsx), in the release's language as its
// page is (issue 14): an Azerbaijani, Russian or Chinese translation's card does not put an English
// date under its headline. The dateline comes from the reader chrome (lib/i18n/messages.ts), which
// writes English exactly as the card always did ("Baku, 14 March 2025 16:30 (UTC+04:00)"); a language
// without a catalog gets English. A right-to-left language keeps that English, left-to-right line:
// Satori has no real bidi algorithm, and an Arabic dateline came out with "16:30" as "30:16" and a
// Latin place name moved into the wrong end of the line (seen in rendered cards). Long text is
// clipped between characters a reader sees.

export interface ShareCardRelease {
  language: string;
  headline: string;
  issuer: string;
  datelinePlace: string | null;
  datelineAt: Date;
  datelineOffsetMinutes: DatelineOffset;
}

export function shareCardText(release: ShareCardRelease, site: string): ShareImageText {
  const { datelineAt, datelineOffsetMinutes, datelinePlace } = release;
  const dateline =
    languageDirection(release.language) === "rtl"
      ? formatDateline(datelineAt, datelineOffsetMinutes, datelinePlace)
      : readerMessages(release.language).dateline(datelineAt, datelineOffsetMinutes, datelinePlace);
  return {
    site: clip(site, 60),
    headline: clip(release.headline, 160),
    dateline,
    issuer: clip(release.issuer, 90),
  };
}
