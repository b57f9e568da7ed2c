/**
 * Country names, formal names, adjectives and demonyms → ISO 3166-1 alpha-2 codes.
 *
 * A small built-in table rather than a dependency: press releases name countries in forms that
 * code lists do not carry ("Azerbaijani", "Türkiye", "the People's Republic of China"), and the
 * extractor needs the formal name to write parties such as "Government of the Republic of Korea".
 */

import type { Span } from "./text-utils";

interface CountryEntry {
  code: string;
  /** Short names, as used in running text. The first one is the display name. */
  names: string[];
  /** Formal names, as used in the titles of documents and bodies. */
  formal: string[];
  adjectives: string[];
  capitals: string[];
}

const c = (
  code: string,
  names: string[],
  formal: string[] = [],
  adjectives: string[] = [],
  capitals: string[] = [],
): CountryEntry => ({ code, names, formal, adjectives, capitals });

export const COUNTRIES: readonly CountryEntry[] = [
  c(
    "AZ",
    ["Azerbaijan"],
    ["Republic of Azerbaijan", "Azerbaijan Republic"],
    ["Azerbaijani", "Azerbaijanis", "Azeri", "Azerbaijan's"],
    ["Baku"],
  ),
  c("CN", ["China"], ["People's Republic of China", "PRC"], ["Chinese"], ["Beijing"]),
  c(
    "TR",
    ["Türkiye", "Turkiye", "Turkey"],
    ["Republic of Türkiye", "Republic of Turkey"],
    ["Turkish", "Turks"],
    ["Ankara"],
  ),
  c("GE", ["Georgia"], [], ["Georgian", "Georgians"], ["Tbilisi"]),
  c("AM", ["Armenia"], ["Republic of Armenia"], ["Armenian", "Armenians"], ["Yerevan"]),
  c("KZ", ["Kazakhstan"], ["Republic of Kazakhstan"], ["Kazakh", "Kazakhstani"], ["Astana"]),
  c("UZ", ["Uzbekistan"], ["Republic of Uzbekistan"], ["Uzbek", "Uzbeks"], ["Tashkent"]),
  c("TM", ["Turkmenistan"], [], ["Turkmen"], ["Ashgabat"]),
  c("KG", ["Kyrgyzstan"], ["Kyrgyz Republic"], ["Kyrgyz"], ["Bishkek"]),
  c("TJ", ["Tajikistan"], ["Republic of Tajikistan"], ["Tajik"], ["Dushanbe"]),
  c("RU", ["Russia"], ["Russian Federation"], ["Russian", "Russians"], ["Moscow"]),
  c("UA", ["Ukraine"], [], ["Ukrainian", "Ukrainians"], ["Kyiv", "Kiev"]),
  c("BY", ["Belarus"], ["Republic of Belarus"], ["Belarusian"], ["Minsk"]),
  c("MD", ["Moldova"], ["Republic of Moldova"], ["Moldovan"], ["Chisinau"]),
  c("IR", ["Iran"], ["Islamic Republic of Iran"], ["Iranian", "Iranians"], ["Tehran"]),
  c("IQ", ["Iraq"], ["Republic of Iraq"], ["Iraqi"], ["Baghdad"]),
  c("SA", ["Saudi Arabia"], ["Kingdom of Saudi Arabia"], ["Saudi"], ["Riyadh"]),
  c("AE", ["United Arab Emirates", "UAE"], [], ["Emirati"], ["Abu Dhabi"]),
  c("QA", ["Qatar"], ["State of Qatar"], ["Qatari"], ["Doha"]),
  c("KW", ["Kuwait"], ["State of Kuwait"], ["Kuwaiti"], []),
  c("OM", ["Oman"], ["Sultanate of Oman"], ["Omani"], ["Muscat"]),
  c("BH", ["Bahrain"], ["Kingdom of Bahrain"], ["Bahraini"], ["Manama"]),
  c("JO", ["Jordan"], ["Hashemite Kingdom of Jordan"], ["Jordanian"], ["Amman"]),
  c("IL", ["Israel"], ["State of Israel"], ["Israeli"], ["Jerusalem"]),
  c("PS", ["Palestine"], ["State of Palestine"], ["Palestinian"], []),
  c("LB", ["Lebanon"], ["Lebanese Republic"], ["Lebanese"], ["Beirut"]),
  c("SY", ["Syria"], ["Syrian Arab Republic"], ["Syrian"], ["Damascus"]),
  c("EG", ["Egypt"], ["Arab Republic of Egypt"], ["Egyptian"], ["Cairo"]),
  c("LY", ["Libya"], [], ["Libyan"], ["Tripoli"]),
  c("TN", ["Tunisia"], [], ["Tunisian"], ["Tunis"]),
  c("DZ", ["Algeria"], [], ["Algerian"], ["Algiers"]),
  c("MA", ["Morocco"], ["Kingdom of Morocco"], ["Moroccan"], ["Rabat"]),
  c("PK", ["Pakistan"], ["Islamic Republic of Pakistan"], ["Pakistani"], ["Islamabad"]),
  c("AF", ["Afghanistan"], [], ["Afghan"], ["Kabul"]),
  c("IN", ["India"], ["Republic of India"], ["Indian"], ["New Delhi"]),
  c("BD", ["Bangladesh"], [], ["Bangladeshi"], ["Dhaka"]),
  c("LK", ["Sri Lanka"], [], ["Sri Lankan"], ["Colombo"]),
  c("NP", ["Nepal"], [], ["Nepali", "Nepalese"], ["Kathmandu"]),
  c("MV", ["Maldives"], ["Republic of Maldives"], ["Maldivian"], ["Malé", "Male"]),
  c("JP", ["Japan"], [], ["Japanese"], ["Tokyo"]),
  c("KR", ["South Korea", "Korea"], ["Republic of Korea"], ["South Korean", "Korean"], ["Seoul"]),
  c("KP", ["North Korea", "DPRK"], ["Democratic People's Republic of Korea"], ["North Korean"], ["Pyongyang"]),
  c("MN", ["Mongolia"], [], ["Mongolian"], ["Ulaanbaatar"]),
  c(
    "VN",
    ["Vietnam", "Viet Nam"],
    ["Socialist Republic of Viet Nam", "Socialist Republic of Vietnam"],
    ["Vietnamese"],
    ["Hanoi"],
  ),
  c("TH", ["Thailand"], ["Kingdom of Thailand"], ["Thai"], ["Bangkok"]),
  c("MY", ["Malaysia"], [], ["Malaysian"], ["Kuala Lumpur"]),
  c("SG", ["Singapore"], ["Republic of Singapore"], ["Singaporean"], []),
  c("ID", ["Indonesia"], ["Republic of Indonesia"], ["Indonesian"], ["Jakarta"]),
  c("PH", ["Philippines"], ["Republic of the Philippines"], ["Philippine", "Filipino"], ["Manila"]),
  c("AU", ["Australia"], ["Commonwealth of Australia"], ["Australian"], ["Canberra"]),
  c("NZ", ["New Zealand"], [], ["New Zealander"], ["Wellington"]),
  c(
    "US",
    ["United States", "USA", "U.S.", "US", "America"],
    ["United States of America"],
    ["American", "Americans"],
    ["Washington"],
  ),
  c("CA", ["Canada"], [], ["Canadian"], ["Ottawa"]),
  c("MX", ["Mexico"], ["United Mexican States"], ["Mexican"], ["Mexico City"]),
  c("BR", ["Brazil"], ["Federative Republic of Brazil"], ["Brazilian"], ["Brasilia", "Brasília"]),
  c("AR", ["Argentina"], ["Argentine Republic"], ["Argentine", "Argentinian"], ["Buenos Aires"]),
  c("CL", ["Chile"], ["Republic of Chile"], ["Chilean"], ["Santiago"]),
  c("CO", ["Colombia"], ["Republic of Colombia"], ["Colombian"], ["Bogota", "Bogotá"]),
  c("PE", ["Peru"], ["Republic of Peru"], ["Peruvian"], ["Lima"]),
  c("VE", ["Venezuela"], [], ["Venezuelan"], ["Caracas"]),
  c("CU", ["Cuba"], ["Republic of Cuba"], ["Cuban"], ["Havana"]),
  c(
    "GB",
    ["United Kingdom", "UK", "U.K.", "Great Britain", "Britain"],
    ["United Kingdom of Great Britain and Northern Ireland"],
    ["British"],
    ["London"],
  ),
  c("IE", ["Ireland"], [], ["Irish"], ["Dublin"]),
  c("FR", ["France"], ["French Republic"], ["French"], ["Paris"]),
  c("DE", ["Germany"], ["Federal Republic of Germany"], ["German", "Germans"], ["Berlin"]),
  c("IT", ["Italy"], ["Italian Republic"], ["Italian", "Italians"], ["Rome"]),
  c("ES", ["Spain"], ["Kingdom of Spain"], ["Spanish"], ["Madrid"]),
  c("PT", ["Portugal"], ["Portuguese Republic"], ["Portuguese"], ["Lisbon"]),
  c("NL", ["Netherlands"], ["Kingdom of the Netherlands"], ["Dutch"], ["Amsterdam", "The Hague"]),
  c("BE", ["Belgium"], ["Kingdom of Belgium"], ["Belgian"], ["Brussels"]),
  c("LU", ["Luxembourg"], ["Grand Duchy of Luxembourg"], ["Luxembourgish"], []),
  c("CH", ["Switzerland"], ["Swiss Confederation"], ["Swiss"], ["Bern"]),
  c("AT", ["Austria"], ["Republic of Austria"], ["Austrian"], ["Vienna"]),
  c("PL", ["Poland"], ["Republic of Poland"], ["Polish"], ["Warsaw"]),
  c("CZ", ["Czechia", "Czech Republic"], [], ["Czech"], ["Prague"]),
  c("SK", ["Slovakia"], ["Slovak Republic"], ["Slovak"], ["Bratislava"]),
  c("HU", ["Hungary"], [], ["Hungarian"], ["Budapest"]),
  c("RO", ["Romania"], [], ["Romanian"], ["Bucharest"]),
  c("BG", ["Bulgaria"], ["Republic of Bulgaria"], ["Bulgarian"], ["Sofia"]),
  c("GR", ["Greece"], ["Hellenic Republic"], ["Greek"], ["Athens"]),
  c("RS", ["Serbia"], ["Republic of Serbia"], ["Serbian"], ["Belgrade"]),
  c("HR", ["Croatia"], ["Republic of Croatia"], ["Croatian"], ["Zagreb"]),
  c("SI", ["Slovenia"], ["Republic of Slovenia"], ["Slovenian"], ["Ljubljana"]),
  c("BA", ["Bosnia and Herzegovina"], [], ["Bosnian"], ["Sarajevo"]),
  c("AL", ["Albania"], ["Republic of Albania"], ["Albanian"], ["Tirana"]),
  c("MK", ["North Macedonia"], ["Republic of North Macedonia"], ["Macedonian"], ["Skopje"]),
  c("ME", ["Montenegro"], [], ["Montenegrin"], ["Podgorica"]),
  c("SE", ["Sweden"], ["Kingdom of Sweden"], ["Swedish"], ["Stockholm"]),
  c("NO", ["Norway"], ["Kingdom of Norway"], ["Norwegian"], ["Oslo"]),
  c("DK", ["Denmark"], ["Kingdom of Denmark"], ["Danish"], ["Copenhagen"]),
  c("FI", ["Finland"], ["Republic of Finland"], ["Finnish"], ["Helsinki"]),
  c("EE", ["Estonia"], ["Republic of Estonia"], ["Estonian"], ["Tallinn"]),
  c("LV", ["Latvia"], ["Republic of Latvia"], ["Latvian"], ["Riga"]),
  c("LT", ["Lithuania"], ["Republic of Lithuania"], ["Lithuanian"], ["Vilnius"]),
  c("CY", ["Cyprus"], ["Republic of Cyprus"], ["Cypriot"], ["Nicosia"]),
  c("MT", ["Malta"], [], ["Maltese"], ["Valletta"]),
  c("IS", ["Iceland"], [], ["Icelandic"], ["Reykjavik"]),
  c("ZA", ["South Africa"], ["Republic of South Africa"], ["South African"], ["Pretoria"]),
  c("NG", ["Nigeria"], ["Federal Republic of Nigeria"], ["Nigerian"], ["Abuja"]),
  c("KE", ["Kenya"], ["Republic of Kenya"], ["Kenyan"], ["Nairobi"]),
  c("ET", ["Ethiopia"], ["Federal Democratic Republic of Ethiopia"], ["Ethiopian"], ["Addis Ababa"]),
  c("GH", ["Ghana"], ["Republic of Ghana"], ["Ghanaian"], ["Accra"]),
  c("SN", ["Senegal"], [], ["Senegalese"], ["Dakar"]),
  c("TZ", ["Tanzania"], ["United Republic of Tanzania"], ["Tanzanian"], ["Dodoma"]),
  c("UG", ["Uganda"], [], ["Ugandan"], ["Kampala"]),
  c("RW", ["Rwanda"], [], ["Rwandan"], ["Kigali"]),
  c("SO", ["Somalia"], [], ["Somali"], ["Mogadishu"]),
  c("SD", ["Sudan"], [], ["Sudanese"], ["Khartoum"]),
  c("AO", ["Angola"], [], ["Angolan"], ["Luanda"]),
  c("CI", ["Côte d'Ivoire", "Ivory Coast"], [], ["Ivorian"], ["Yamoussoukro"]),
];

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
  return true;
}

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
  return entry?.names[0] ?? code;
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
