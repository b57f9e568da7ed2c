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

/**
 * "A; B" with each party linking to the agreements index filtered by it: `/agreements`, or a
 * language's (/az/agreements, issue 14), where parties go by the names written in that language.
 */
export function PartyLinks({
  parties,
  agreementsPath = "/agreements",
}: {
  parties: string[];
  agreementsPath?: string;
}) {
  return parties.map((party, i) => (
    <span key={i}>
      {i > 0 ? "; " : null}
      <Link prefetch={false} href={`${agreementsPath}?party=${encodeURIComponent(party)}`}>
        {party}
      </Link>
    </span>
  ));
}

/**
 * "Azerbaijan, China" with each country linking to the home page filtered by it. `name` and `separator`
 * write them in the page's language ("Азербайджан, Китай", "阿塞拜疆、中国"; issue 14), and `homePath` is
 * the home page of the page's listing (a translation's: its language's, /az).
 */
export function CountryLinks({
  codes,
  name = countryName,
  separator = ", ",
  homePath = "/",
}: {
  codes: string[];
  name?: (code: string) => string;
  separator?: string;
  homePath?: string;
}) {
  return codes.map((code, i) => (
    <span key={code}>
      {i > 0 ? separator : null}
      <Link prefetch={false} href={`${homePath}?country=${encodeURIComponent(code)}`}>
        {name(code)}
      </Link>
    </span>
  ));
}
