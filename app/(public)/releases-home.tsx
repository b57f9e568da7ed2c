import Link from "next/link";
import { LanguageSwitcher } from "@/components/language-switcher";
import { QueryNotes, ReleaseFilters } from "@/components/release-filters";
import { SearchResults } from "@/components/search-results";
import { cachedFacets, cachedSearchReleases } from "@/lib/dal/public/cache";
import { readerMessages } from "@/lib/i18n/messages";
import {
  encodeCursor,
  listingHref,
  listingState,
  parseReleaseQuery,
  type SearchParams,
} from "@/lib/validation/public-query";
import { homeLanguages, listingPath } from "./listing-language";

/**
 * The home page: `/` lists originals in every language (or, with the filter ?language=ru, the Russian
 * versions), and issue 14's `/ru` lists the versions written in its language, with its chrome, its
 * search configuration and links between the language homes. Both routes render this.
 */
export async function ReleasesHome({
  searchParams,
  language,
}: {
  searchParams: SearchParams;
  language: string | null;
}) {
  // On a language's home the path is its language: ?language= there is not read.
  const parsed = parseReleaseQuery(language ? { ...searchParams, language: undefined } : searchParams);
  const query = language ? { ...parsed.query, language } : parsed.query;
  const notes = parsed.notes;
  const chrome = readerMessages(language ?? "en");
  const { t } = chrome;
  const [page, facets] = await Promise.all([cachedSearchReleases(query), cachedFacets(query.language)]);
  if (page.emptySearch) notes.push(t("listing.emptySearch", { q: query.q ?? "" }));
  if (page.cursorIgnored) notes.push(t("listing.cursorIgnored"));

  const home = listingPath(language);
  // The state of this listing in its links: a language's home says its language by its path.
  const state = {
    ...listingState(query, page.emptySearch ? null : query.q),
    language: language ? null : query.language,
  };
  const filtered = Boolean(
    query.q ||
    query.countries.length ||
    query.agreementType ||
    query.issuer ||
    query.speaker ||
    query.from ||
    query.to ||
    state.language,
  );
  const searching = Boolean(query.q && !page.emptySearch);
  const agreements = (
    <Link prefetch={false} href={listingPath(language, "agreements")}>
      {t("listing.allAgreements")}
    </Link>
  );
  return (
    <>
      <h1>{t("listing.title")}</h1>
      <ReleaseFilters
        action={home}
        values={{ ...state, q: query.q, country: query.countries[0] ?? null }}
        countries={facets.countries}
        fields={{ search: true, issuer: true, speaker: true, language: !language }}
        languages={facets.languages}
        chrome={chrome}
      />
      <LanguageSwitcher
        versions={homeLanguages(facets.languages, language).map((code) => ({ language: code, path: `/${code}` }))}
        current={language ?? ""}
        label={t("release.languages")}
      />
      <QueryNotes notes={notes} />
      {page.items.length === 0 ? (
        <p className="empty">{filtered ? t("listing.noMatch") : t("listing.empty")}</p>
      ) : (
        <SearchResults items={page.items} chrome={chrome} />
      )}
      {page.newer || page.older ? (
        <nav className="pagination" aria-label={t("listing.pages")}>
          {page.newer ? (
            <Link prefetch={false} rel="prev" href={listingHref(home, { ...state, before: encodeCursor(page.newer) })}>
              {searching ? t("listing.previousResults") : t("listing.newer")}
            </Link>
          ) : null}
          {page.older ? (
            <Link prefetch={false} rel="next" href={listingHref(home, { ...state, after: encodeCursor(page.older) })}>
              {searching ? t("listing.moreResults") : t("listing.older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
      {filtered ? (
        <p>
          <Link prefetch={false} href={home}>
            {t("listing.allReleases")}
          </Link>{" "}
          · {agreements}
        </p>
      ) : (
        <p>{agreements}</p>
      )}
    </>
  );
}
