import Link from "next/link";
import { Dateline } from "@/components/dateline";
import { HighlightedText } from "@/components/highlighted-text";
import { AGREEMENT_TYPE_LABELS } from "@/lib/domain/agreement-types";
import { MARK_START, MARK_STOP, type PublicReleaseSummary } from "@/lib/dal/public/search";
import { IMAGE_SIZES } from "@/lib/domain/media/reader";
import { MediaPicture } from "./media-picture";

/**
 * One page of the public release listing; search matches are <mark>ed. Reader links never prefetch
 * (here and on every public page): reader pages render per request (each carries its own CSP nonce),
 * so prefetching the twenty releases of a listing would multiply the server's work per page view.
 */
export function SearchResults({ items }: { items: PublicReleaseSummary[] }) {
  return (
    <ol className="release-list">
      {items.map((r) => (
        <li key={r.id}>
          <h2>
            <Link prefetch={false} href={`/releases/${r.slug}`}>
              {r.highlight ? (
                <HighlightedText text={r.highlight.headline} start={MARK_START} stop={MARK_STOP} />
              ) : (
                r.headline
              )}
            </Link>
          </h2>
          <Dateline at={r.datelineAt} offsetMinutes={r.datelineOffsetMinutes} place={r.datelinePlace} />
          <p className="release-meta">
            {r.issuer}
            {r.agreementTypes.length > 0
              ? ` · ${r.agreementTypes.map((t) => AGREEMENT_TYPE_LABELS[t]).join(", ")}`
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
