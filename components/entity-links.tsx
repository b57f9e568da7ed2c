import Link from "next/link";
import { countryName } from "@/lib/domain/countries";

// Every entity a release names is one click from its own page (issue 12.7): a speaker's person page,
// a party's agreements, a country's releases. Plain links (no prefetch), so reader pages stay light.

export function SpeakerLink({ slug, name }: { slug: string; name: string }) {
  return (
    <Link prefetch={false} className="speaker" href={`/people/${encodeURIComponent(slug)}`}>
      {name}
    </Link>
  );
}

/** "A; B" with each party linking to the agreements index filtered by it. */
export function PartyLinks({ parties }: { parties: string[] }) {
  return parties.map((party, i) => (
    <span key={i}>
      {i > 0 ? "; " : null}
      <Link prefetch={false} href={`/agreements?party=${encodeURIComponent(party)}`}>
        {party}
      </Link>
    </span>
  ));
}

/**
 * "Azerbaijan, China" with each country linking to the home page filtered by it. `name` and `separator`
 * write them in the page's language ("Азербайджан, Китай", "阿塞拜疆、中国"; issue 14).
 */
export function CountryLinks({
  codes,
  name = countryName,
  separator = ", ",
}: {
  codes: string[];
  name?: (code: string) => string;
  separator?: string;
}) {
  return codes.map((code, i) => (
    <span key={code}>
      {i > 0 ? separator : null}
      <Link prefetch={false} href={`/?country=${encodeURIComponent(code)}`}>
        {name(code)}
      </Link>
    </span>
  ));
}
