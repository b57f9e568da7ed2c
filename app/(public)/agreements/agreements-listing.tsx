import Link from "next/link";
import { connection } from "next/server";
import { PartyLinks } from "@/components/entity-links";
import { QueryNotes, ReleaseFilters } from "@/components/release-filters";
import { cachedAgreements, cachedFacets } from "@/lib/dal/public/cache";
import { readerMessages } from "@/lib/i18n/messages";
import { listingHref, parseAgreementQuery, type SearchParams } from "@/lib/validation/public-query";
import { listingPath } from "../listing-language";

/**
 * Every agreement of the published releases: `/agreements` those of the originals, issue 14's
 * `/az/agreements` those of the versions written in Azerbaijani (titles and parties in its words,
 * linked to the version's page), in its chrome. Both routes render this.
 */
export async function AgreementsListing({
  searchParams,
  language,
}: {
  searchParams: SearchParams;
  language: string | null;
}) {
  await connection();
  const parsed = parseAgreementQuery(searchParams);
  const query = { ...parsed.query, language };
  const chrome = readerMessages(language ?? "en");
  const { t } = chrome;
  const [result, facets] = await Promise.all([cachedAgreements(query), cachedFacets(language)]);
  const path = listingPath(language, "agreements");
  const state = {
    country: query.countries,
    type: query.agreementType,
    party: query.party,
    from: query.from,
    to: query.to,
  };
  const filtered = Boolean(query.countries.length || query.agreementType || query.party || query.from || query.to);
  return (
    <>
      <h1>{t("release.agreements")}</h1>
      <p>{t("agreementsPage.intro")}</p>
      <ReleaseFilters
        action={path}
        values={{ ...state, country: query.countries[0] ?? null }}
        countries={facets.countries}
        fields={{ party: true }}
        chrome={chrome}
      />
      <QueryNotes notes={parsed.notes} />
      {result.items.length === 0 ? (
        <p className="empty">{filtered || query.page > 1 ? t("agreementsPage.noMatch") : t("agreementsPage.empty")}</p>
      ) : (
        <ol className="agreement-list" start={(result.page - 1) * 50 + 1}>
          {result.items.map((a) => (
            <li key={a.id} className="agreement-row">
              <p className="agreement-type">{chrome.agreementType(a.type)}</p>
              <p className="agreement-title">{a.title}</p>
              {a.parties.length > 0 ? (
                <p className="agreement-parties">
                  {t("release.parties")} <PartyLinks parties={a.parties} agreementsPath={path} />
                </p>
              ) : null}
              {a.signedOn ? (
                <p className="agreement-signed">
                  {t("agreementsPage.signed", { date: chrome.day(new Date(`${a.signedOn}T00:00:00Z`)) })}
                </p>
              ) : null}
              <p className="agreement-release">
                {t.rich("agreementsPage.inRelease", {
                  headline: a.releaseHeadline,
                  date: chrome.day(a.releasePublishedAt),
                  release: (chunks) => (
                    <Link prefetch={false} href={a.releasePath}>
                      {chunks}
                    </Link>
                  ),
                  time: (chunks) => <time dateTime={a.releasePublishedAt.toISOString()}>{chunks}</time>,
                })}
              </p>
            </li>
          ))}
        </ol>
      )}
      {result.page > 1 || result.hasNext ? (
        <nav className="pagination" aria-label={t("listing.pages")}>
          {result.page > 1 ? (
            <Link
              prefetch={false}
              rel="prev"
              href={listingHref(path, { ...state, page: result.page > 2 ? String(result.page - 1) : null })}
            >
              {t("agreementsPage.previousPage")}
            </Link>
          ) : null}
          {result.hasNext ? (
            <Link prefetch={false} rel="next" href={listingHref(path, { ...state, page: String(result.page + 1) })}>
              {t("agreementsPage.nextPage")}
            </Link>
          ) : null}
        </nav>
      ) : null}
      <p>
        <Link prefetch={false} href={listingPath(language)}>
          {t("listing.allReleases")}
        </Link>
      </p>
    </>
  );
}
