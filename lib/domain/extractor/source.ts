/**
 * Issuer (the body that issued the release) and source credit (the outlet or wire the text is
 * credited to).
 */

import type { Range } from "./types";
import { bodyAfterDateline, type DatelineResult } from "./dateline";
import type { HeaderInfo } from "./header";
import type { PersonMention } from "./people";
import { nameFits } from "./names";
import { ROLE_ALT } from "./roles";
import { isCountryWord } from "./countries";
import { expandAcronym, qualifyOrganisation, readOrgPhrase, type OrgContext } from "./organisations";
import { squeeze } from "./text-utils";

export interface Found {
  value: string;
  range: Range;
}

const PRESS_RELEASE_OF =
  /\bpress release (?:of|from|by|issued by)\s+(?:the\s+)?(?:(?:press secretary|spokesperson|spokesman|spokeswoman|press service|press office|press cent(?:re|er)|information service)\s+(?:of|to|for)\s+)?/gi;
const PRESS_SERVICE_OF = /\b(?:press|information) (?:service|office|cent(?:re|er)) of\s+/gi;
// After the subject: an optional "(NASDAQ: X)", an optional appositive ", a maker of ..., ", then
// the verb of a company announcing its own news.
const FIRST_SENTENCE_VERB =
  /^\s*(?:\([^)]*\)\s*)?(?:,[^,]{1,160},\s*)?(?:(?:today|has|have|also|recently|officially)\s+)*(announced|announces|is pleased to announce|completed|signed|opened|launched|unveiled|introduced|acquired|appointed|released|published|presented)\b/;
const COMPANY_THEN_AND =
  /\b(?:Ltd|Limited|Inc|AB|AG|LLC|PLC|plc|GmbH|JSC|Corp|Corporation|Company|Group|A\.Ş|S\.A|S\.p\.A)\.?\s+and\s+\p{Lu}/u;
const PRESS_WIRE = /newswire|business ?wire|globe ?newswire|accesswire|marketwired|press ?release/i;

function orgAt(text: string, pos: number): Found | null {
  const org = readOrgPhrase(text, pos);
  if (!org) return null;
  if (isCountryWord(org.text)) return null;
  return { value: org.text, range: [org.start, org.end] };
}

/**
 * Who issued the release, in order of reliability: a letterhead, "the press release of (the press
 * secretary of) X", "the press service of X", a first sentence "X today announced ...", and the
 * "About X" boilerplate of corporate releases.
 */
export function extractIssuer(
  text: string,
  header: HeaderInfo,
  dateline: DatelineResult,
  ctx: OrgContext,
): Found | null {
  const finish = (f: Found | null): Found | null =>
    f ? { value: qualifyOrganisation(expandAcronym(withoutRole(f.value), text), ctx), range: f.range } : null;

  if (header.letterhead) return finish({ value: header.letterhead.org, range: header.letterhead.range });

  for (const re of [PRESS_RELEASE_OF, PRESS_SERVICE_OF]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const f = orgAt(text, m.index + m[0].length);
      if (f) return finish(f);
    }
  }

  // First body sentence, after the dateline and its credit: "Northwind Robotics Inc., a maker of
  // ..., today announced", "Silk Route Logistics A.S. has completed". A single organisation as
  // subject of such a verb is the issuer. Not in agency copy, whose subject is the news, not the
  // sender, unless it "announced" (press-release wires such as PRNewswire are senders' channels).
  const bodyFrom = bodyAfterDateline(text, dateline);
  if (bodyFrom !== null) {
    const org = orgAt(text, bodyFrom);
    // "Helix Grid Ltd and Nordvolt AB signed": two companies, neither alone is the issuer.
    const several = org !== null && COMPANY_THEN_AND.test(org.value);
    if (org && !several) {
      const after = text.slice(org.range[1], org.range[1] + 300);
      const verb = FIRST_SENTENCE_VERB.exec(after);
      const agency = dateline.credit !== null && !PRESS_WIRE.test(dateline.credit.text);
      if (verb && (!agency || /^announce/.test(verb[1] ?? ""))) return finish(org);
    }
  }

  // "Notes to editors" / "About us": the first sentence describes the issuer ("X Ltd is a ...").
  const notes = /^(?:Notes? to editors?|About (?:the company|us))\s*:?\s*\n+/imu.exec(text);
  if (notes) {
    const at = notes.index + notes[0].length;
    const org = readOrgPhrase(text, at);
    if (org && /^\s+is\s+(?:a|an|the|one)\b/.test(text.slice(org.end, org.end + 12)))
      return finish({ value: org.text, range: [org.start, org.end] });
  }

  const about = /^About\s+(\p{Lu}[^\n]{1,80})$/mu.exec(text);
  if (about && about[1] && about[1].split(/\s+/).length <= 8) {
    const start = about.index + about[0].indexOf(about[1]);
    return finish({ value: about[1].trim(), range: [start, start + about[1].trim().length] });
  }
  return null;
}

const LEADING_ROLE = new RegExp(
  `^(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_ALT})\\s+(?:of|to|for)\\s+(?:the\\s+)?(?=\\p{Lu})`,
  "iu",
);

/** "Official Representative of the Ministry of X" issues on behalf of the Ministry of X. */
function withoutRole(org: string): string {
  const m = LEADING_ROLE.exec(org);
  return m ? org.slice(m[0].length) : org;
}

const MEDIA_WORD =
  /\b(?:News|Newswire|Agency|Times|Post|Press|TV|Radio|Gazette|Daily|Journal|Wire|Media|Report|Tribune|Herald)\b/;

/**
 * The credited outlet: a "Source: X" line, the agency in the dateline ("BAKU, July 4 (AZERTAC)"),
 * or "According to X," where X is an outlet rather than a person.
 */
export function extractSourceCredit(
  text: string,
  dateline: DatelineResult,
  people: readonly PersonMention[],
): Found | null {
  const source = /^[ \t]*\(?Source\s*:\s*([^\n)]+?)[.)]?[ \t]*$/imu.exec(text);
  if (source && source[1]) {
    const start = source.index + source[0].indexOf(source[1]);
    return { value: squeeze(source[1]), range: [start, start + source[1].length] };
  }
  if (dateline.credit) return { value: dateline.credit.text, range: dateline.credit.range };

  const according =
    /\b[Aa]ccording to\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\s*,/gu;
  for (let m = according.exec(text); m; m = according.exec(text)) {
    const name = (m[1] ?? "").replace(/^the\s+/, "");
    const words = name.split(/\s+/);
    const isPerson = people.some((p) => nameFits(name, p.name));
    if (isPerson || isCountryWord(name)) continue;
    // "According to Azernews," names an outlet; "According to John Smith," a person.
    if (words.length === 1 || MEDIA_WORD.test(name)) {
      // A quotation right after the comma makes X a speaker, not a source.
      if (/^\s*["“«„]/.test(text.slice(m.index + m[0].length))) continue;
      const start = m.index + m[0].indexOf(name);
      return { value: name, range: [start, start + name.length] };
    }
  }
  return null;
}
