/**
 * Organisation names: reading one from running text, cleaning a party name, and writing a
 * national body in full ("Ministry of Foreign Affairs" → "... of the Republic of Azerbaijan").
 */

import { countryCodeOf, preferredCountryName, withArticle, type CountryMention } from "./countries";
import { squeeze, titleCase } from "./text-utils";

/**
 * The head words a body is named by ("… Water Board", "Ministry of …", "Embassy of …"): a name that
 * ends in one is no person's, a signatory's "of …" with one names the body signed for, a subject
 * with one speaks as that body.
 */
export const BODY_WORDS =
  "Ministry|Department|Government|University|College|School|Bank|Agency|Committee|Council|Chamber|Embassy|Institute|Corporation|Company|Association|Federation|Authority|Administration|Commission|Foundation|Academy|Centre|Center|Organi[sz]ation|Board|Trust|Fund|Programme|Program|Office|Society|Group|Hospital|Clinic|Municipality|Province|Union|Bureau|Secretariat|Directorate|Mission|Court|Parliament|Assembly|Club";

export interface OrgContext {
  /** Country the release speaks for: the dateline's capital, else the first country acting. */
  homeCode: string | null;
  /** Countries acting in the text, in order. */
  acting: readonly string[];
  mentions: readonly CountryMention[];
  /** Where the body starts after a dateline on its first line (bodyAfterDateline), if one does. */
  bodyFrom?: number | null;
}

const CONNECTORS = /^(?:of|the|and|for|in|&|de|du|des|la|al|y)$/;
const COMPANY_SUFFIX = /^(?:Inc|Ltd|Co|Corp|Plc|S\.A|S\.p\.A|N\.V|B\.V|Jr)\.$/;

// "the Greek gas producer Energean", "the Greek gas supplier DEPA": what kind of body, then its name.
const KIND_LEAD = new RegExp(
  String.raw`^(?:\p{Lu}\p{Ll}+[ \t]+)?(?:[\p{Ll}-]+[ \t]+){0,3}?(?:producer|supplier|maker|manufacturer|carmaker|automaker|planemaker|chipmaker|company|firm|group|carrier|airline|operator|giant|retailer|lender|insurer|developer|start-?up|distributor|provider|conglomerate|miner|utility|broadcaster|publisher|investor|fund)[ \t]+(?=\p{Lu})`,
  "u",
);

/**
 * Read an organisation name starting at `pos` ("the Ministry of Foreign Affairs, Aykhan" →
 * "Ministry of Foreign Affairs"). Connectors are kept only when a capitalised word follows; a
 * comma continues the name only in enumerations such as "Ministry of Investments, Industry and
 * Trade".
 */
export function readOrgPhrase(
  text: string,
  pos: number,
  limit = text.length,
): { start: number; end: number; text: string } | null {
  const re = /[ \t]*(,[ \t]*)?([\p{L}\p{N}][\p{L}\p{M}\p{N}'’&.-]*)/uy;
  let i = pos;
  const lead = /^[ \t]*(?:the[ \t]+)?/iu.exec(text.slice(pos, limit));
  i += lead ? lead[0].length : 0;
  i += KIND_LEAD.exec(text.slice(i, limit))?.[0].length ?? 0;
  const start = i;
  let end = i;
  let pending = i; // end of the last capitalised word
  for (;;) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m || m.index + m[0].length > limit) break;
    let word = m[2] ?? "";
    if (m[1]) {
      // A comma continues only "A, B and C" enumerations inside one name.
      const rest = text.slice(m.index, Math.min(limit, m.index + 80));
      if (!/^,[ \t]*(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}and[ \t]+\p{Lu}/u.test(rest)) break;
    }
    // A full stop ends the sentence unless the word is a company suffix or an initial.
    let wordEnd = m.index + m[0].length;
    if (word.endsWith(".") && !COMPANY_SUFFIX.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word)) {
      word = word.slice(0, -1);
      wordEnd -= 1;
    }
    if (/^\p{Lu}/u.test(word) || (/^\d/.test(word) && pending > start)) {
      pending = wordEnd;
      end = wordEnd;
      i = wordEnd;
      if (wordEnd < m.index + m[0].length) break; // the sentence ended here
      continue;
    }
    if (CONNECTORS.test(word) && pending > start) {
      i = wordEnd;
      continue;
    }
    break;
  }
  if (end <= start) return null;
  return { start, end, text: squeeze(text.slice(start, end)) };
}

/**
 * A body's name after a verb or a preposition, without where or when it acted: "the Government of
 * Norway in Frankfurt", "Tarn Group in March" (readOrgPhrase reads "in" inside a name).
 */
export function readBodyName(text: string, pos: number, limit = text.length): { text: string; end: number } | null {
  const read = readOrgPhrase(text, pos, limit);
  if (!read) return null;
  const place = /\s+(?:in|at)\s+/.exec(text.slice(read.start, read.end));
  return place
    ? { text: squeeze(text.slice(read.start, read.start + place.index)), end: read.start + place.index }
    : read;
}

/** "Foreign Ministry", "MFA" and "Ministry of Foreign Affairs" are one body. */
function canonicalBody(org: string): string {
  const o = squeeze(org).replace(/^the\s+/i, "");
  if (/^(?:Foreign Ministry|MFA|MoFA|Ministry of Foreign Affairs)$/i.test(o)) return "Ministry of Foreign Affairs";
  return o;
}

const NATIONAL_BODY =
  /^(?:Ministry|Government|Cabinet of Ministers|Presidential Administration|Administration of the President|Office of the President|Parliament|National Assembly|Central Bank|State Committee|State Agency|State Service)\b/;

/**
 * A national body named without its country ("the Ministry of Foreign Affairs") belongs to the
 * country the release speaks for; write that country in full, as the text writes it.
 */
export function qualifyOrganisation(org: string, ctx: OrgContext): string {
  const body = canonicalBody(org);
  if (!NATIONAL_BODY.test(body) || !ctx.homeCode) return body;
  if (hasCountry(body)) return body;
  return `${body} of ${withArticle(preferredCountryName(ctx.homeCode, ctx.mentions))}`;
}

function hasCountry(s: string): boolean {
  return s.split(/[\s-]+/).some((_w, i, all) => {
    for (let n = 1; n <= 4 && i + n <= all.length; n++) if (countryCodeOf(all.slice(i, i + n).join(" "))) return true;
    return false;
  });
}

/** "AGC" → "Absheron Gas Company" when the text defines the acronym as "Absheron Gas Company (AGC)". */
export function expandAcronym(org: string, text: string): string {
  const acr = org.trim();
  if (!/^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(acr)) return org;
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|the|and|for|&)\\s+)*){1,8})\\(${acr}\\)`, "u");
  const m = re.exec(text);
  if (!m || !m[1]) return org;
  const words = squeeze(m[1]).split(" ");
  // Keep only as many trailing words as the acronym has capitals.
  const caps: string[] = [];
  for (let i = words.length - 1; i >= 0 && caps.filter((w) => /^\p{Lu}/u.test(w)).length < acr.length; i--)
    caps.unshift(words[i]!);
  const initials = caps
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
  return initials === acr.replace(/[\d&]/g, "") ? caps.join(" ") : org;
}

/**
 * Clean a party as written: no leading "the", quotation marks, "Tbilisi-based", possessive country
 * ("Italy's Eni"), or defined acronym in brackets.
 */
// "Chile's Foreign Minister", "the Norwegian Trade Minister", "Codelco's chief executive": an office
// named by whom it serves signs for that state or body ("Norway's Minister of Trade Per Berg", with
// its portfolio or holder's name, for the state too).
const STATE_OFFICE =
  /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}]*)(?:['’]s)?\s+(?:(?:Foreign|Trade|Defence|Defense|Finance|Economy|Health|Education|Interior|Energy|Transport|Agriculture|Culture|Deputy|Vice|Prime)\s+)*(?:Minister|Secretary|Ambassador|President|Premier|Chancellor|Envoy)(?:\s+(?:of|for)\s.*|\s+\p{Lu}.*)?$/u;
const BODY_OFFICE =
  /^(?:the\s+)?(\p{Lu}.*?)['’]s\s+(?:chief\s+executive(?:\s+officer)?|CEO|chair(?:man|woman|person)?|president|managing\s+director|general\s+director|director(?:[-\s]general)?|rector|vice-chancellor)$/iu;

export function cleanParty(raw: string): string {
  let p = squeeze(raw);
  const state = STATE_OFFICE.exec(p)?.[1];
  const stateCode = state ? countryCodeOf(state) : null;
  if (stateCode) return preferredCountryName(stateCode, []);
  const body = BODY_OFFICE.exec(p)?.[1];
  if (body && !countryCodeOf(body)) p = body;
  const quoted = /["“„«]([^"”“»]+)["”“»]/.exec(p);
  if (quoted && quoted[1]) p = quoted[1];
  p = p
    .replace(/\s*\([^)]*\)\s*/g, " ")
    .replace(/^(?:the|a|an)\s+/i, "")
    // "the state-run University of Liberia", "the newly established Tarn Institute": what kind, not who.
    .replace(
      /^(?:[\p{Ll}]+-[\p{Ll}]+|newly|recently|well-known|renowned|leading|prestigious|established)\s+(?:[\p{Ll}]+\s+)?(?=\p{Lu})/u,
      "",
    )
    .replace(/^\p{Lu}[\p{L}'’.]*(?:\s\p{Lu}[\p{L}'’.]*)?-based\s+/u, "")
    .replace(KIND_LEAD, "")
    .replace(/^(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?)['’]s\s+/u, (all, name: string) => (countryCodeOf(name) ? "" : all))
    .replace(/[\s,;:]+$/, "")
    .replace(/(?<!(?:^|[\s.])\p{Lu}|\b(?:Ltd|Inc|Co|Corp|Plc|LLC))\.$/u, "");
  // "Nordvolt AB of Sweden": the country after a company suffix only says where it is from.
  const fromCountry =
    /^(.*\b(?:Ltd|Limited|AB|AG|Inc|LLC|GmbH|PLC|plc|S\.A|S\.p\.A|JSC|OJSC|CJSC|Corp|Corporation|Company))\.?\s+(?:of|from)\s+(?:the\s+)?(.+)$/u.exec(
      p,
    );
  if (fromCountry && fromCountry[1] && fromCountry[2] && countryCodeOf(fromCountry[2])) p = fromCountry[1];
  return withoutTail(squeeze(p));
}

// What a sentence says after a name, read with it when the name was cut at a clause boundary that
// was not there: where the party sits ("located in Chennai"), a verb ("… have agreed to …"), the
// manner, place or time of the signing ("in a hybrid manner …", "at a ceremony", "here today"), what
// it does ("United States granting tax breaks", "… represented by its rector").
const CLAUSE_TAIL =
  /\s+(?:(?:located|based|headquartered|situated)\s+in\b|(?:have|has|had|was|were|is|are|will|would)\s+\p{Ll}|and\s+(?:agreed|signed|decided|also|have|has|will)\b|(?:in|at)\s+(?:a|an|the|its|their)\s+\p{Ll}|for\s+(?:the\s+)?(?:\d|\p{Ll})|(?:here|today|yesterday|last\s+(?:night|week|month)|this\s+(?:morning|afternoon|evening|week))\b|(?:granting|giving|providing|allowing|enabling|offering|aiming|aimed|seeking|represented|led|headed)\s+\p{Ll}).*$/u;
// A body named with its place: "Fraunhofer IZI in Leipzig", "Utah State University in Logan". A
// post abroad is named by its place ("Embassy of Freedonia in Sylvania"): that place stays.
const PLACE_TAIL =
  /\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?$/u;
const POST_ABROAD =
  /\b(?:Embassy|Consulate|Consulate-General|Mission|High Commission|Office|Delegation|Representation|Branch|Bureau|Campus)\b/i;

function withoutTail(party: string): string {
  const head = /^\S+/.exec(party)?.[0] ?? "";
  // The cut keeps a name: at least one capitalised word before it ("research company" stays).
  let p = party;
  const tail = CLAUSE_TAIL.exec(p.slice(head.length));
  if (tail && /\p{Lu}/u.test(p.slice(0, head.length + tail.index))) p = p.slice(0, head.length + tail.index);
  const place = PLACE_TAIL.exec(p);
  if (place && place.index > 0 && !POST_ABROAD.test(p.slice(0, place.index))) p = p.slice(0, place.index);
  return p.replace(/[\s,;:]+$/, "");
}

/**
 * Parties written collectively: "the MFAs", "the two governments", "both countries". They stand
 * for the same body of each of the two countries acting in the text.
 */
export function expandCollective(raw: string, ctx: OrgContext): string[] | null {
  const p = squeeze(raw).replace(/^the\s+/i, "");
  // "the governments of Freedonia and Sylvania" → the Government of each.
  const govs = /^governments\s+of\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+)$/i.exec(p);
  if (govs && govs[1] && govs[2] && countryCodeOf(govs[1]) && countryCodeOf(govs[2]))
    return [`Government of ${withArticle(govs[1])}`, `Government of ${withArticle(govs[2])}`];
  if (ctx.acting.length < 2) return null;
  const pair = ctx.acting.slice(0, 2).map((code) => preferredCountryName(code, ctx.mentions));
  if (/^(?:(?:two|both)\s+)?(?:MFAs|MoFAs|foreign ministries|ministries of foreign affairs)$/i.test(p))
    return pair.map((n) => `Ministry of Foreign Affairs of ${withArticle(n)}`);
  if (/^(?:two|both)\s+governments$/i.test(p) || /^governments of the two countries$/i.test(p))
    return pair.map((n) => `Government of ${withArticle(n)}`);
  if (/^(?:(?:our|their)\s+)?(?:two|both)\s+(?:countries|states|nations)$/i.test(p)) return pair;
  // "a joint statement between the relevant ministries", "between the ministries of the two
  // countries": bodies of each state the release leaves unnamed; the states are what it names.
  if (
    /^(?:(?:relevant|respective|competent|concerned)\s+)?(?:ministries|agencies|departments|authorities|bodies)(?:\s+of\s+(?:the\s+)?(?:two|both)\s+(?:countries|states|sides))?$/i.test(
      p,
    )
  )
    return pair;
  // "the Customs General Administrations of the two countries" → that body of each country.
  const bodies =
    /^((?:[\p{L}-]+\s+){0,4}[\p{L}-]+?)s\s+of\s+(?:the\s+)?(?:two|both)\s+(?:countries|states|nations|sides)$/iu.exec(
      p,
    );
  if (bodies && bodies[1] && !/^(?:government|ministrie|countrie)$/i.test(bodies[1]))
    return pair.map((n) => `${bodies[1]} of ${withArticle(n)}`);
  // "the ministries of agriculture" → the Ministry of Agriculture of each country.
  const ministries = /^(?:(?:two|both)\s+)?ministries\s+of\s+(?!(?:the\s+)?(?:two|both)\s)([\p{L} ,]+)$/iu.exec(p);
  if (ministries && ministries[1])
    return pair.map((n) => `Ministry of ${titleCase(ministries[1]!)} of ${withArticle(n)}`);
  return null;
}
