/**
 * A parties clause read on its own: where it ends ("between A and B also provides …"), "A and B" and
 * "A, B and C" split into parties, plural bodies one per country ("the Ministries of … of A and B"),
 * and bare country names given the formal name the text uses.
 */

import { countryCodeOf, preferredCountryName, type CountryMention } from "./countries";
import { cleanParty, expandCollective, type OrgContext } from "./organisations";
import { squeeze, titleCase } from "./text-utils";
import { ORG_OPENING, statesOfSignatories } from "./agreement-signatories";

// What a document does, as the verb after its name ("the agreement between A and B provides …",
// "the signing of an agreement … makes a significant contribution"): where its parties and its topic end.
export const DOCUMENT_VERBS =
  "provides|includes|covers|aims|sets|establishes|allows|enables|seeks|outlines|lays|focuses|builds|supports|paves|marks|reaffirms|strengthens|formali[sz]es|commits|expands|creates|defines|governs|makes|represents|reflects|demonstrates|helps|opens|gives";

// What a document does to another, as a participle after its parties ("a Protocol … between A and B
// amending the Agreement between …"): the parties end there.
const DOCUMENT_PARTICIPLES = "amending|supplementing|replacing|extending|modifying|establishing|implementing";

// A comma before a lower-case word ends the parties, unless a list of them goes on: "between the A,
// the B and the C". So does what the document does ("between A and B also provides that", "… sets
// out"): an adverb before a lower-case word, or a verb no name holds; so does a lower-case phrase of
// what it is for ("between Australia and China in education, …", "… by facilitating …").
const PARTIES_END = new RegExp(
  String.raw`\s+(?:(?:also|further|now|still|already|jointly|together)\s+(?=\p{Ll})|(?:${DOCUMENT_VERBS}|${DOCUMENT_PARTICIPLES})\b|on|concerning|regarding|with\s+respect\s+to|in\s+respect\s+of|in\s+the\s+fields?\s+of|in\s+the\s+areas?\s+of|for\s+the|for(?=\s+\d)|to\s+the|to(?=\s+(?!the\b)\p{Ll}+\s)|(?:in|through|via)(?=\s+(?!the\b)\p{Ll})|by(?=\s+\p{Ll}+ing\b)|signed|was|were|will|would|could|should|might|shall|is|are|has|have|took|takes|which|that|during|in\s+the\s+presence|and\s+(?:a|an)(?=\s))\b|[;!?\n"“”«»]|(?<!(?:^|[\s.])\p{Lu}|\b(?:Ltd|Inc|Co|Corp|Plc|LLC|Jr|St))\.(?!\p{L})|,(?=\s+\p{Ll})(?!\s+the\s+\p{Lu}[^,;.]*?(?:,\s+the\s+\p{Lu}[^,;.]*?)*\s+and\s+the\s+\p{Lu})|\s+The\s+(?=\p{Lu})`,
  "u",
);

export function partiesClauseEnd(text: string, from: number, limit: number): number {
  const slice = text.slice(from, limit);
  const m = PARTIES_END.exec(slice);
  return m ? from + m.index : limit;
}

const SPELLED_OUT_COLLECTIVE =
  /^(.+?)\s+and\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}(?:universities|companies|partners|institutions|organi[sz]ations|agencies|banks|ministries|countries|states|firms|hospitals|colleges|schools|municipalities|cities):\s*(\p{Lu}.+)$/u;

/** "A and B", "the Ministry of X of A and the Ministry of Y of B", "A, B and C" → parties. */
export function splitParties(clause: string): string[] {
  const s = squeeze(clause);
  // "Delta University and three Ugandan universities: Makerere University, …": the bodies a
  // collective is spelled out as after its colon are the parties.
  const spelled = SPELLED_OUT_COLLECTIVE.exec(s);
  if (spelled?.[1] && spelled[2]) return [...splitParties(spelled[1]), ...splitParties(spelled[2])];
  let parts: string[];
  // "the A, the B and the C": each party with its article.
  // "the Ministry of Energy of A, Naftogaz of A and the Ministry of B": a party may lack its article
  // after a comma when the one before ends as a party does, with its country.
  if (/\s+and\s+the\s+/i.test(s))
    parts = s.split(/\s+and\s+(?=the\s)|,\s+(?=the\s+\p{Lu})/iu).flatMap(splitAfterCountry);
  else if (
    // "A, B and C" (or "A, B, and C"): one "and" only; with more, an "and" may be inside a name
    // (ranked below).
    /^[^,]+(?:,\s*[^,]+)+,?\s+and\s+[^,]+$/.test(s) &&
    s.split(/\s+and\s+/).length === 2 &&
    s.split(/,\s*(?:and\s+)?/).every((p) => /^(?:the\s+)?["“]?\p{Lu}/u.test(p.trim())) &&
    // "Ovel Therapeutics, Inc. and Tarn Labs Ltd.": a company's suffix after its comma is no party.
    !/,\s*(?:Inc|Ltd|LLC|L\.L\.C|Corp|Co|plc|PLC|S\.A|AG|GmbH|N\.V|B\.V|SE|AB|ASA|Limited|LP|L\.P)\b/.test(s)
  )
    parts = s.split(/,\s*(?:and\s+)?|\s+and\s+/);
  else {
    const ands = [...s.matchAll(/\s+and\s+/g)];
    if (ands.length === 0) parts = [s];
    else {
      // Several "and": split where the right side starts like a new name. Best where the left
      // side ends as a party does (a country, a company suffix: "… of Mongolia and Russian Export
      // Center"), else where the right side opens with a body's head word ("… Light Industry and
      // Ministry of Trade"): "and" inside a name ("Ministry of Road and Transport") does neither.
      const right = (m: RegExpMatchArray) => s.slice((m.index ?? 0) + m[0].length);
      const left = (m: RegExpMatchArray) => s.slice(0, m.index);
      const named = ands.filter((m) => /^(?:["“]|\p{Lu})/u.test(right(m)) && !/(?:of|for)$/.test(left(m)));
      const endsParty = (m: RegExpMatchArray) => {
        const last = /(\p{Lu}[\p{L}'’.-]*)$/u.exec(left(m).trim());
        return (
          (!!last && !!last[1] && countryCodeOf(last[1]) !== null) ||
          /\b(?:Ltd|Limited|Inc|LLC|JSC|PLC|plc|AG|AB|GmbH|Corporation|Company|Co)\.?$/.test(left(m).trim())
        );
      };
      const opensBody = (m: RegExpMatchArray) => ORG_OPENING.test(right(m));
      const at = named.find(endsParty) ?? named.find(opensBody) ?? named[0] ?? ands[0]!;
      parts = [s.slice(0, at.index), s.slice((at.index ?? 0) + at[0].length)];
    }
  }
  return parts.map(cleanParty).filter((p) => p.length > 0);
}

/** "Ministry of Energy of A, Naftogaz of A": split at a comma whose left side ends with a country. */
function splitAfterCountry(part: string): string[] {
  const out: string[] = [];
  let rest = part;
  for (let m = /,\s+(?=\p{Lu})/u.exec(rest); m; m = /,\s+(?=\p{Lu})/u.exec(rest)) {
    const last = /(\p{Lu}[\p{L}'’.-]*)$/u.exec(rest.slice(0, m.index).trim());
    if (!last?.[1] || countryCodeOf(last[1]) === null) break;
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  return [...out, rest];
}

const COUNTERPART_OF_STATE = /^(?:his|her|their|the)\s+(\p{Lu}[\p{L}-]+)\s+counterparts?$/u;

/**
 * Bare country names become the formal name the text uses ("Azerbaijan" → "Republic of Azerbaijan");
 * "her Ugandan counterpart" becomes the state the adjective names.
 */
export function formalParty(p: string, mentions: readonly CountryMention[]): string {
  // "her Ugandan counterpart": the minister opposite signs for the state the adjective names.
  const opposite = COUNTERPART_OF_STATE.exec(p);
  const oppositeCode = opposite?.[1] ? countryCodeOf(opposite[1]) : null;
  if (oppositeCode) return preferredCountryName(oppositeCode, mentions);
  const code = countryCodeOf(p);
  if (!code) return p;
  // Only a formal name the text itself uses replaces the short one; otherwise keep it as written.
  const formal = mentions.find((x) => x.code === code && x.kind === "formal" && x.text !== "PRC");
  return formal ? preferredCountryName(code, mentions) : p;
}

const SINGULAR: Record<string, string> = {
  ministries: "Ministry",
  governments: "Government",
  embassies: "Embassy",
  agencies: "Agency",
  councils: "Council",
  banks: "Bank",
  chambers: "Chamber",
  universities: "University",
  departments: "Department",
  committees: "Committee",
};

/**
 * "the Ministries of Foreign Affairs of Mongolia and Russia": one body of each country, named once
 * in the plural → "Ministry of Foreign Affairs of Mongolia", "Ministry of Foreign Affairs of Russia".
 */
export function distributivePlural(clause: string): string[] | null {
  const m =
    /^(?:the\s+)?(?:(\p{Lu}\p{L}*)\s+)?([Mm]inistries|[Gg]overnments|[Ee]mbassies|[Aa]gencies|[Cc]ouncils|[Bb]anks|[Cc]hambers|[Uu]niversities)((?:\s+of\s+(?!the\s+two\b)[\p{Lu}][\p{L}&,' -]*?)?)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}' -]*?)\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}' -]*?)(?:\s+for\s+\d{4}\S*)?[\s,]*$/u.exec(
      clause.trim(),
    );
  if (!m || !m[2] || !m[4] || !m[5]) return null;
  const body = `${m[1] ? `${m[1]} ` : ""}${SINGULAR[m[2].toLowerCase()]}${m[3] ?? ""}`;
  return [`${body} of ${m[4]}`, `${body} of ${m[5]}`];
}

/**
 * "Ministries of defense and defense industry of Azerbaijan": two bodies of one country, their
 * portfolios named after one plural → "Ministry of Defense of Azerbaijan", "Ministry of Defense
 * Industry of Azerbaijan".
 */
export function portfolioPlural(clause: string): string[] | null {
  const m =
    /^(?:the\s+)?(Ministries|Departments|Agencies|Councils|Committees)\s+of\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+and\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+?)(?:\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}' -]*))?[\s,]*$/iu.exec(
      clause.trim(),
    );
  // "Ministries of Foreign Affairs of Norway and Finland" names two states: distributivePlural's.
  if (!m || !m[1] || !m[2] || !m[3] || /\bof\b/i.test(m[2]) || countryCodeOf(m[3].trim())) return null;
  const head = SINGULAR[m[1].toLowerCase()] ?? "Ministry";
  const of = m[4] ? ` of ${m[4].trim()}` : "";
  return [`${head} of ${titleCase(m[2])}${of}`, `${head} of ${titleCase(m[3])}${of}`];
}

export function readParties(clause: string, ctx: OrgContext): string[] {
  // "the Ministries of Foreign Affairs of Mongolia and Russia" names both countries itself: read
  // before the collective rules, which would add the country acting to the whole phrase.
  const distributed = distributivePlural(clause) ?? portfolioPlural(clause);
  if (distributed) return distributed;
  const collective = expandCollective(clause, ctx);
  if (collective) return collective;
  return statesOfSignatories(
    splitParties(clause).map((p) => formalParty(p, ctx.mentions)),
    ctx,
  );
}
