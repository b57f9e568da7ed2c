import Link from "next/link";
import { Dateline } from "@/components/dateline";
import type { PublicReleaseSummary } from "@/lib/dal/public/search";

/** "Related releases" under an article: same speakers, parties or countries (lib/dal/public/search.ts). */
export function RelatedReleases({ items }: { items: PublicReleaseSummary[] }) {
  if (items.length === 0) return null;
  return (
    <aside className="related-releases" aria-labelledby="related-heading">
      <h2 id="related-heading">Related releases</h2>
      <ul>
        {items.map((r) => (
          <li key={r.id}>
            <Link prefetch={false} href={`/releases/${r.slug}`}>
              {r.headline}
            </Link>
            <Dateline
              className="related-dateline"
              at={r.datelineAt}
              offsetMinutes={r.datelineOffsetMinutes}
              place={r.datelinePlace}
            />
          </li>
        ))}
      </ul>
    </aside>
  );
}
