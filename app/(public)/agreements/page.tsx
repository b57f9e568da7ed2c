import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PartyLinks } from "@/components/entity-links";
import { QueryNotes, ReleaseFilters } from "@/components/release-filters";
import { cachedAgreements, cachedFacets } from "@/lib/dal/public/cache";
import { AGREEMENT_TYPE_LABELS } from "@/lib/domain/agreement-types";
import { listingHref, parseAgreementQuery, type SearchParams } from "@/lib/validation/public-query";

export const metadata: Metadata = { title: "Agreements" };

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const { query, notes } = parseAgreementQuery(await searchParams);
  const [result, facets] = await Promise.all([cachedAgreements(query), cachedFacets()]);
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
      <h1>Agreements</h1>
      <p>Every agreement, memorandum and declaration in the published releases.</p>
      <ReleaseFilters
        action="/agreements"
        values={{ ...state, country: query.countries[0] ?? null }}
        countries={facets.countries}
        fields={{ party: true }}
      />
      <QueryNotes notes={notes} />
      {result.items.length === 0 ? (
        <p className="empty">
          {filtered || query.page > 1 ? "No agreements match." : "No agreements have been published yet."}
        </p>
      ) : (
        <ol className="agreement-list" start={(result.page - 1) * 50 + 1}>
          {result.items.map((a) => (
            <li key={a.id} className="agreement-row">
              <p className="agreement-type">{AGREEMENT_TYPE_LABELS[a.type]}</p>
              <p className="agreement-title">{a.title}</p>
              {a.parties.length > 0 ? (
                <p className="agreement-parties">
                  Parties: <PartyLinks parties={a.parties} />
                </p>
              ) : null}
              {a.signedOn ? (
                <p className="agreement-signed">Signed {day.format(new Date(`${a.signedOn}T00:00:00Z`))}</p>
              ) : null}
              <p className="agreement-release">
                In{" "}
                <Link prefetch={false} href={`/releases/${a.releaseSlug}`}>
                  {a.releaseHeadline}
                </Link>
                , <time dateTime={a.releasePublishedAt.toISOString()}>{day.format(a.releasePublishedAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {result.page > 1 || result.hasNext ? (
        <nav className="pagination" aria-label="Pages">
          {result.page > 1 ? (
            <Link
              prefetch={false}
              rel="prev"
              href={listingHref("/agreements", { ...state, page: result.page > 2 ? String(result.page - 1) : null })}
            >
              Previous page
            </Link>
          ) : null}
          {result.hasNext ? (
            <Link
              prefetch={false}
              rel="next"
              href={listingHref("/agreements", { ...state, page: String(result.page + 1) })}
            >
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
      <p>
        <Link prefetch={false} href="/">
          All releases
        </Link>
      </p>
    </>
  );
}
