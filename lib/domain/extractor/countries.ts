/**
 * Country names, formal names, adjectives and demonyms → ISO 3166-1 alpha-2 codes.
 *
 * A small built-in table rather than a dependency: press releases name countries in forms that
 * code lists do not carry ("Azerbaijani", "Türkiye", "the People's Republic of China"), and the
 * extractor needs the formal name to write parties such as "Government of the Republic of Korea".
 */

import type { Span } from "./text-utils";
import { COUNTRIES } from "./country-table";

export { COUNTRIES };

const BY_CODE = new Map(COUNTRIES.map((e) => [e.code, e]));

type MentionKind = "name" | "formal" | "adjective";

export interface CountryMention extends Span {
  code: string;
  kind: MentionKind;
}

interface Form {
  text: string;
  code: string;
  kind: MentionKind;
}

const FORMS: Form[] = COUNTRIES.flatMap((e) => [
  ...e.formal.map((text) => ({ text, code: e.code, kind: "formal" as const })),
  ...e.names.map((text) => ({ text, code: e.code, kind: "name" as const })),
  ...e.adjectives.map((text) => ({ text, code: e.code, kind: "adjective" as const })),
]).sort((a, b) => b.text.length - a.text.length);

const FORM_BY_TEXT = new Map(FORMS.map((f) => [normaliseApostrophe(f.text), f]));

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]");
}

function normaliseApostrophe(s: string): string {
  return s.replace(/’/g, "'");
}

// One alternation, longest forms first, so "People's Republic of China" wins over "China".
// Case-sensitive on purpose: "china" (porcelain) and "turkey" (bird) are not countries.
const COUNTRY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${FORMS.map((f) => escapeRe(f.text)).join("|")})(?![\\p{L}\\p{N}]|\\.\\p{L})`,
  "gu",
);

/** Every country mention in the text, in order. */
export function findCountryMentions(text: string): CountryMention[] {
  const out: CountryMention[] = [];
  COUNTRY_RE.lastIndex = 0;
  for (let m = COUNTRY_RE.exec(text); m; m = COUNTRY_RE.exec(text)) {
    const form = FORM_BY_TEXT.get(normaliseApostrophe(m[0]));
    if (!form) continue;
    const before = text.slice(Math.max(0, m.index - 9), m.index);
    // "Latin America", "South American": regions, not the United States.
    if (form.code === "US" && /^America(?:ns?)?$/.test(m[0]) && /(?:Latin|South|North|Central)\s$/.test(before))
      continue;
    // "50 million US dollars", "U.S. dollars": a currency, not the country acting (issue 15).
    if (/^\s*(?:dollars?|cents?|\$)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 9))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], code: form.code, kind: form.kind });
  }
  return out;
}

const CONNECTOR = /^(?:of|the|and|for|in|on|de|&)$/;

/**
 * Is this mention part of another proper name ("Azerbaijan Airlines", "Korea Railroad
 * Corporation", "China-Europe Railway Express") rather than the country acting? A country name
 * followed directly by a capitalised word that is not itself a country is read as such a name.
 * Adjectives are kept ("Azerbaijani Foreign Minister" is the country acting).
 */
function isPartOfOtherName(text: string, m: CountryMention, all: readonly CountryMention[]): boolean {
  if (m.kind === "adjective") return false;
  const rest = text.slice(m.end, m.end + 40);
  const next = /^(?:[ -])(\p{Lu}[\p{L}'’]*)/u.exec(rest);
  if (!next || !next[1]) return false;
  const nextStart = m.end + 1;
  if (all.some((o) => o.start === nextStart)) return false; // "Azerbaijan-China"
  if (CONNECTOR.test(next[1].toLowerCase())) return false;
  // "Prime Minister of Australia Tony Abbott": the state an office serves, then its holder's name.
  if (OFFICE_OF.test(text.slice(Math.max(0, m.start - 60), m.start))) return false;
  return true;
}

const OFFICE_OF =
  /\b(?:President|Vice[- ]President|Prime\s+Minister|Minister(?:\s+(?:of|for)\s+(?:\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?)?){1,4})?|Ambassador|King|Queen|Emir|Sultan|Chancellor|Premier|Crown\s+Prince|Secretary(?:\s+of\s+State)?)\s+of\s+(?:the\s+)?$/u;

/** ISO codes of the countries acting in the text, in order of first mention. */
export function actingCountries(text: string, mentions = findCountryMentions(text)): string[] {
  const out: string[] = [];
  for (const m of mentions) {
    if (isPartOfOtherName(text, m, mentions)) continue;
    if (!out.includes(m.code)) out.push(m.code);
  }
  return out;
}

export function countryCodeOf(name: string): string | null {
  return FORM_BY_TEXT.get(normaliseApostrophe(name.trim()))?.code ?? null;
}

/** Is the whole string a country name, formal name or adjective? */
export function isCountryWord(word: string): boolean {
  return FORM_BY_TEXT.has(normaliseApostrophe(word));
}

/**
 * The name to write for a country in a party or an organisation: its formal name as the text
 * writes it ("Republic of Azerbaijan"), else the formal name from the table when the text uses a
 * formal name for some country, else the short name.
 */
export function preferredCountryName(code: string, mentions: readonly CountryMention[]): string {
  const entry = BY_CODE.get(code);
  const formal = mentions.find((m) => m.code === code && m.kind === "formal" && m.text !== "PRC");
  if (formal) return normaliseApostrophe(formal.text);
  // The text's own short name ("Turkey", not the table's "Türkiye"), when it writes one in full.
  const written = mentions.find(
    (m) => m.code === code && m.kind !== "adjective" && entry?.names.includes(m.text) && m.text.length > 3,
  );
  if (written) return written.text;
  return entry?.names[0] ?? entry?.formal[0] ?? code;
}

/** "Republic of Azerbaijan" is written "the Republic of Azerbaijan" after "of". */
export function withArticle(countryName: string): string {
  return /\b(?:Republic|Kingdom|Federation|States|Emirates|Union|Confederation|Commonwealth|Sultanate|State of|Islands|Philippines|Netherlands|Maldives|Grand Duchy)\b/.test(
    countryName,
  )
    ? `the ${countryName}`
    : countryName;
}

/** The country whose capital is the given place ("Baku" → "AZ"), or null. */
export function countryOfCapital(place: string): string | null {
  const p = place.trim().toLowerCase();
  for (const e of COUNTRIES) if (e.capitals.some((cap) => cap.toLowerCase() === p)) return e.code;
  return null;
}
