import Link from "next/link";
import { QueryNotes, ReleaseFilters } from "@/components/release-filters";
import { SearchResults } from "@/components/search-results";
import { cachedFacets, cachedSearchReleases } from "@/lib/dal/public/cache";
import {
  encodeCursor,
  listingHref,
  listingState,
  parseReleaseQuery,
  type SearchParams,
} from "@/lib/validation/public-query";

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { query, notes } = parseReleaseQuery(await searchParams);
  const [page, facets] = await Promise.all([cachedSearchReleases(query), cachedFacets()]);
  if (page.emptySearch)
    notes.push(`"${query.q}" has no words to search for (only words like "the"), so all releases are shown.`);
  if (page.cursorIgnored) notes.push("The page link was not valid for this search, so the first page is shown.");

  const state = listingState(query, page.emptySearch ? null : query.q);
  const filtered = Boolean(
    query.q || query.countries.length || query.agreementType || query.issuer || query.speaker || query.from || query.to,
  );
  return (
    <>
      <h1>Press releases</h1>
      <ReleaseFilters
        action="/"
        values={{ ...state, q: query.q, country: query.countries[0] ?? null }}
        countries={facets.countries}
        fields={{ search: true, issuer: true, speaker: true }}
      />
      <QueryNotes notes={notes} />
      {page.items.length === 0 ? (
        <p className="empty">{filtered ? "No published releases match." : "No releases have been published yet."}</p>
      ) : (
        <SearchResults items={page.items} />
      )}
      {page.newer || page.older ? (
        <nav className="pagination" aria-label="Pages">
          {page.newer ? (
            <Link prefetch={false} rel="prev" href={listingHref("/", { ...state, before: encodeCursor(page.newer) })}>
              {query.q && !page.emptySearch ? "Previous results" : "Newer releases"}
            </Link>
          ) : null}
          {page.older ? (
            <Link prefetch={false} rel="next" href={listingHref("/", { ...state, after: encodeCursor(page.older) })}>
              {query.q && !page.emptySearch ? "More results" : "Older releases"}
            </Link>
          ) : null}
        </nav>
      ) : null}
      {filtered ? (
        <p>
          <Link prefetch={false} href="/">
            All releases
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/agreements">
            All agreements
          </Link>
        </p>
      ) : (
        <p>
          <Link prefetch={false} href="/agreements">
            All agreements
          </Link>
        </p>
      )}
    </>
  );
}
