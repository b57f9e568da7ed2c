import Link from "next/link";
import { Dateline } from "@/components/dateline";
import { HighlightedText } from "@/components/highlighted-text";
import { MARK_START, MARK_STOP, type PublicReleaseSummary } from "@/lib/dal/public/search";
import { IMAGE_SIZES } from "@/lib/domain/media/reader";
import { readerMessages, type ReaderChrome } from "@/lib/i18n/messages";
import { MediaPicture } from "./media-picture";

/**
 * One page of the public release listing; search matches are <mark>ed. Reader links never prefetch
 * (here and on every public page): reader pages render per request (each carries its own CSP nonce),
 * so prefetching the twenty releases of a listing would multiply the server's work per page view.
 *
 * Issue 14: each links its own version's address; dates and labels are in the page's language
 * (`chrome`), and an item in another language than the page's says so (lang), as on `/`, which lists
 * originals in every language.
 */
export function SearchResults({
  items,
  chrome = readerMessages("en"),
}: {
  items: PublicReleaseSummary[];
  chrome?: ReaderChrome;
}) {
  return (
    <ol className="release-list">
      {items.map((r) => (
        <li key={r.id} lang={r.language === chrome.lang ? undefined : r.language}>
          <h2>
            <Link prefetch={false} href={r.path}>
              {r.highlight ? (
                <HighlightedText text={r.highlight.headline} start={MARK_START} stop={MARK_STOP} />
              ) : (
                r.headline
              )}
            </Link>
          </h2>
          <Dateline
            at={r.datelineAt}
            offsetMinutes={r.datelineOffsetMinutes}
            place={r.datelinePlace}
            text={
              chrome.lang === "en" ? undefined : chrome.dateline(r.datelineAt, r.datelineOffsetMinutes, r.datelinePlace)
            }
          />
          <p className="release-meta">
            {r.issuer}
            {r.agreementTypes.length > 0
              ? ` · ${r.agreementTypes.map((type) => chrome.agreementType(type)).join(chrome.t("release.listSeparator"))}`
              : null}
          </p>
          {r.summary ? (
            <p className="summary">
              {r.highlight ? (
                <HighlightedText text={r.highlight.summary} start={MARK_START} stop={MARK_STOP} />
              ) : (
                r.summary
              )}
            </p>
          ) : null}
          {r.image ? <MediaPicture image={r.image} sizes={IMAGE_SIZES.list} className="release-thumb" /> : null}
          {r.highlight?.snippet ? (
            <p className="snippet">
              <HighlightedText text={r.highlight.snippet} start={MARK_START} stop={MARK_STOP} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
