/**
 * Agreements: documents signed, issued or concluded, with their type, title and parties.
 *
 * Three sources, in this order:
 * 1. quoted titles ("Memorandum of Understanding between A and B on X");
 * 2. items of a list introduced as signed ("the following documents were signed:");
 * 3. mentions in running text ("issued a Joint Declaration on X", "the agreement between A and B
 *    on X", "signed a Master Franchise Agreement with Y").
 * A mention governed by an intention only ("intends to sign", "will sign", "is expected to sign",
 * "a draft agreement") is not an agreement.
 */

import type { AgreementType, ExtractedAgreement, Range } from "./types";
import type { QuoteSpan } from "./quotes";
import { quoteRange } from "./quotes";
import { findCountryMentions, preferredCountryName, countryCodeOf, type CountryMention } from "./countries";
import { cleanParty, expandCollective, readOrgPhrase, type OrgContext } from "./organisations";
import { inRanges, sentenceAt, squeeze, titleCase, type Span } from "./text-utils";
import { hasRoleHead } from "./roles";

const KEYWORDS: [string, AgreementType][] = [
  ["Joint Declaration", "JOINT_DECLARATION"],
  ["Joint Communiqué", "JOINT_DECLARATION"],
  ["Joint Communique", "JOINT_DECLARATION"],
  ["Declaration", "JOINT_DECLARATION"],
  ["Memorandum of Understanding and Cooperation", "MEMORANDUM_OF_UNDERSTANDING"],
  ["Memorandum of Understanding", "MEMORANDUM_OF_UNDERSTANDING"],
  ["Memorandum of Cooperation", "MEMORANDUM_OF_UNDERSTANDING"],
  ["Memorandum of Intent", "MEMORANDUM_OF_UNDERSTANDING"],
  ["Memorandum", "MEMORANDUM_OF_UNDERSTANDING"],
  ["MoU", "MEMORANDUM_OF_UNDERSTANDING"],
  // A letter of intent records a shared, non-binding understanding: closest to an MoU.
  ["Letter of Intent", "MEMORANDUM_OF_UNDERSTANDING"],
  ["Agreement", "AGREEMENT"],
  ["Treaty", "TREATY"],
  ["Convention", "TREATY"],
  ["Contract", "CONTRACT"],
  ["Protocol", "PROTOCOL"],
  ["Agreed Minutes", "PROTOCOL"],
  ["Programme", "OTHER"],
  ["Program", "OTHER"],
  ["Roadmap", "OTHER"],
  ["Road Map", "OTHER"],
  ["Action Plan", "OTHER"],
  ["Plan of Action", "OTHER"],
  ["Charter", "OTHER"],
];

const KEYWORD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${KEYWORDS.map(([k]) => k.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`,
  "giu",
);

function typeOf(keyword: string): AgreementType {
  const k = squeeze(keyword).toLowerCase();
  for (const [name, type] of KEYWORDS) if (name.toLowerCase() === k) return type;
  return "OTHER";
}

interface KeywordHit {
  start: number;
  end: number;
  text: string;
  type: AgreementType;
}

function keywordsIn(text: string, from: number, to: number): KeywordHit[] {
  const out: KeywordHit[] = [];
  KEYWORD_RE.lastIndex = from;
  for (let m = KEYWORD_RE.exec(text); m && m.index < to; m = KEYWORD_RE.exec(text)) {
    // "mou" in lower case is not the abbreviation.
    if (/^mou$/i.test(m[0]) && m[0] !== "MoU" && m[0] !== "MOU") continue;
    if (m.index + m[0].length > to) break;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: typeOf(m[0]) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Intentions

const SIGN_VERB =
  /\b(sign|signs|signed|signing|conclude|concludes|concluded|concluding|ink|inked|adopt|adopts|adopted|issue|issued|initial|initialled|initialed)\b/gi;
const FUTURE_MARK =
  /\b(?:to|will|would|shall|could|may|might|can|'ll|going to|intends?|plans?|wants?|hopes?|aims?|expects?|ready|prepared)\s+(?:(?:also|jointly|soon|later|formally|then)\s+)?$/i;
const AFTER_INTENT =
  /^[^.;]*?\b(?:will|to|shall|would|is expected to|are expected to|is planned to|are planned to|is set to|are set to|is due to|are due to|is scheduled to|are scheduled to)\s+be\s+(?:signed|concluded|adopted|initialled)\b/i;
const NEGOTIATION = /\b(?:negotiat\w*|talks on|prepar\w*|work(?:ing)? on|elaborat\w*|draft(?:ing)?)\b[^.;]{0,40}$/i;

/**
 * Is the mention at `offset` in `sentence` only an intention to sign? The last signing verb before
 * the mention decides: "signed" is a fact, "to sign" / "will sign" an intention.
 */
export function isIntentOnly(sentence: string, offset: number, mentionEnd = offset): boolean {
  const before = sentence.slice(0, offset);
  if (/\bdraft\s+(?:\p{L}+\s+){0,2}$/iu.test(before)) return true;
  let last: RegExpExecArray | null = null;
  SIGN_VERB.lastIndex = 0;
  for (let m = SIGN_VERB.exec(before); m; m = SIGN_VERB.exec(before)) last = m;
  if (last) {
    const verb = (last[1] ?? "").toLowerCase();
    // "is expected to be signed", "will be signed": a passive future is an intention too.
    if (
      /^(?:signed|concluded|adopted|issued|inked|initialled|initialed)$/.test(verb) &&
      /\b(?:to|will|would|shall|could|may|might|'ll)\s+be\s+$/i.test(before.slice(0, last.index))
    )
      return true;
    if (/^(?:sign|conclude|ink|adopt|issue|initial)$/.test(verb)) {
      const lead = before.slice(0, last.index);
      if (FUTURE_MARK.test(lead)) return true;
    }
    if (
      verb === "signing" &&
      /\b(?:possibility of|prepar\w* for|ahead of|towards?|before)\s+(?:the\s+)?$/i.test(before.slice(0, last.index))
    )
      return true;
    return false;
  }
  if (AFTER_INTENT.test(sentence.slice(mentionEnd))) return true;
  if (NEGOTIATION.test(before)) return true;
  return false;
}

const PAST_SIGNING =
  /\b(?:signed|inked|concluded|adopted|issued|initialled|initialed|sealed|exchanged|entered into)\b/i;

// ---------------------------------------------------------------------------------------------
// Reading titles and parties

const PARTIES_END =
  /\s+(?:on|concerning|regarding|in\s+the\s+fields?\s+of|in\s+the\s+areas?\s+of|for\s+the|for(?=\s+\d)|to\s+the|signed|was|were|will|is|are|has|have|which|that|during|in\s+the\s+presence|and\s+(?:a|an)(?=\s))\b|[;!?\n"“”«»]|(?<!(?:^|[\s.])\p{Lu}|\b(?:Ltd|Inc|Co|Corp|Plc|LLC|Jr|St))\.(?!\p{L})|,(?=\s+\p{Ll})|\s+The\s+(?=\p{Lu})/u;

function partiesClauseEnd(text: string, from: number, limit: number): number {
  const slice = text.slice(from, limit);
  const m = PARTIES_END.exec(slice);
  return m ? from + m.index : limit;
}

/** "A and B", "the Ministry of X of A and the Ministry of Y of B", "A, B and C" → parties. */
export function splitParties(clause: string): string[] {
  const s = squeeze(clause);
  let parts: string[];
  if (/\s+and\s+the\s+/i.test(s)) parts = s.split(/\s+and\s+(?=the\s)/i);
  else if (
    /^[^,]+(?:,\s*[^,]+)+\s+and\s+[^,]+$/.test(s) &&
    s.split(/,\s*/).every((p) => /^(?:the\s+)?["“]?\p{Lu}/u.test(p.trim()))
  )
    parts = s.split(/,\s*|\s+and\s+/);
  else {
    const ands = [...s.matchAll(/\s+and\s+/g)];
    if (ands.length === 0) parts = [s];
    else {
      // Several "and": split where the right side starts like a new name.
      const good = ands.find(
        (m) =>
          /^(?:["“]|\p{Lu})/u.test(s.slice((m.index ?? 0) + m[0].length)) && !/(?:of|for)$/.test(s.slice(0, m.index)),
      );
      const at = good ?? ands[0]!;
      parts = [s.slice(0, at.index), s.slice((at.index ?? 0) + at[0].length)];
    }
  }
  return parts.map(cleanParty).filter((p) => p.length > 0);
}

/** Bare country names become the formal name the text uses ("Azerbaijan" → "Republic of Azerbaijan"). */
function formalParty(p: string, mentions: readonly CountryMention[]): string {
  const code = countryCodeOf(p);
  if (!code) return p;
  // Only a formal name the text itself uses replaces the short one; otherwise keep it as written.
  const formal = mentions.find((x) => x.code === code && x.kind === "formal" && x.text !== "PRC");
  return formal ? preferredCountryName(code, mentions) : p;
}

function readParties(clause: string, ctx: OrgContext): string[] {
  const collective = expandCollective(clause, ctx);
  if (collective) return collective;
  return splitParties(clause).map((p) => formalParty(p, ctx.mentions));
}

const TOPIC_START =
  /^\s*(?:\((?:MoU|MOU|LoI|[A-Z]{2,6})\)\s*)?(on|for|concerning|regarding|in\s+the\s+fields?\s+of|in\s+the\s+areas?\s+of|in\s+the\s+sphere\s+of|to|of)\s+/iu;

const DATE_AFTER_PREP =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d)/;

const LOWER_STOP = new RegExp(
  [
    '^\\s*[,.;:!?()"“”«»\\n]',
    "^\\s+(?:was|were|is|are|will|would|shall|should|can|could|may|might|must|has|have|had|which|that|who|signed|between|by|during|at|as well as|and (?:the|a|an|also|will|is|are|was|were)|within|following|after|before|with|under|amid|today|yesterday|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this|last|next|to (?:the|our|their|both|each) (?:country|countries)|in (?:the|our|their|both) countr(?:y|ies)|in \\d{4}|from \\d{4}|worth|valued|aimed|designed|intended|adopted|concluded|in the presence)\\b",
  ].join("|"),
  "iu",
);

const SMALL = /^(?:of|the|and|for|on|in|to|with|a|an|at)$/i;

/**
 * Read the topic after "on/for/..." in running text. A topic in title case ("on the Establishment
 * of Strategic Partnership") ends at the first lower-case word, except after "in the field of";
 * a lower-case topic ends at a verb, a clause boundary, or a place phrase ("to the country").
 */
function readTopic(text: string, from: number, limit: number): number {
  const WORD = /\s+[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{N}]?|\s+[\p{L}\p{N}]/uy;
  let i = from;
  let end = from;
  let words = 0;
  let titleMode: boolean | null = null;
  let pendingSmall = from;
  for (;;) {
    if (i >= limit || words > 30) break;
    const rest = text.slice(i, Math.min(limit, i + 60));
    if (titleMode !== true && LOWER_STOP.test(rest)) break;
    if (titleMode === true && /^\s+and\s+(?:a|an|the)\s/i.test(rest)) break;
    if (titleMode === true) {
      const field = /^\s+in\s+the\s+(?:fields?|areas?|sphere)\s+of\b/i.exec(rest);
      if (field) {
        titleMode = false;
        i += field[0].length;
        end = i;
        continue;
      }
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m || m.index + m[0].length > limit) break;
    let w = m[0].trim();
    let wEnd = m.index + m[0].length;
    if (w.endsWith(".")) {
      w = w.slice(0, -1);
      wEnd -= 1;
    }
    if (titleMode === null && !SMALL.test(w)) titleMode = /^[\p{Lu}\d]/u.test(w);
    if (titleMode === true) {
      if (/^[\p{Lu}\d]/u.test(w) || /^\p{Lu}[\p{L}]*-/u.test(w)) {
        end = wEnd;
        pendingSmall = wEnd;
      } else if (SMALL.test(w)) {
        // kept only if a capitalised word follows
      } else break;
    } else {
      end = wEnd;
    }
    i = wEnd;
    words++;
    if (wEnd < m.index + m[0].length) break; // sentence-final full stop
  }
  return titleMode === true ? pendingSmall : end;
}

interface Parsed {
  title: string;
  parties: string[];
  between: boolean;
  topic: boolean;
  premod: boolean;
  start: number;
  end: number;
}

/** Capitalised words right before the keyword that belong to the title: "Master Franchise". */
function premodifierStart(text: string, kwStart: number, floor: number): number {
  let s = kwStart;
  for (;;) {
    const before = text.slice(Math.max(floor, s - 40), s);
    let m = /(?:^|\s)(\p{Lu}[\p{L}\p{M}'’-]*)\s+$/u.exec(before);
    // "Comprehensive and Enhanced Partnership Agreement": two capitalised modifiers joined by "and".
    if (!m && s < kwStart) m = /(?:^|\s)(\p{Lu}[\p{L}\p{M}'’-]*)\s+and\s+$/u.exec(before);
    if (!m || !m[1]) break;
    if (/^(?:The|A|An|This|That|These|Its|Their|Our|In|On|At|During|Under|By|With|New)$/.test(m[1])) break;
    const at = s - (before.length - before.lastIndexOf(m[1]));
    if (at < floor) break;
    // Sentence-initial words and words after a full stop are not premodifiers.
    const prev = text.slice(Math.max(floor, at - 3), at);
    if (at === floor || /[.!?:]\s*$/.test(prev) || /\n\s*$/.test(prev)) break;
    s = at;
  }
  return s;
}

function parseMention(text: string, kw: KeywordHit, limit: number, floor: number, ctx: OrgContext): Parsed {
  const capital = /^\p{Lu}/u.test(kw.text);
  const start = capital ? premodifierStart(text, kw.start, floor) : kw.start;
  const keyword = capital ? squeeze(kw.text) : titleCase(kw.text);
  const pieces: string[] = [
    squeeze(text.slice(start, kw.start)) ? squeeze(text.slice(start, kw.start)) + " " + keyword : keyword,
  ];
  let parties: string[] = [];
  let between = false;
  let topic = false;
  let i = kw.end;
  const abbrev = /^\s*\((?:MoU|MOU|LoI|[A-Z]{2,6})\)/.exec(text.slice(i, limit));
  if (abbrev) i += abbrev[0].length;
  let topicAllowed = true;
  for (let round = 0; round < 4; round++) {
    const rest = text.slice(i, limit);
    const b = /^\s+between\s+/i.exec(rest);
    if (b && !between) {
      const from = i + b[0].length;
      const to = partiesClauseEnd(text, from, limit);
      if (to > from) {
        parties = readParties(text.slice(from, to), ctx);
        between = true;
        topicAllowed = true;
        i = to;
        continue;
      }
    }
    const t = topicAllowed ? TOPIC_START.exec(rest) : null;
    if (t && t[1] && !DATE_AFTER_PREP.test(rest.slice(t[0].length))) {
      const prep = t[1].toLowerCase();
      // "of" and "to" start a topic only in a title-case name: "Treaty of Friendship".
      const next = rest.slice(t[0].length);
      if ((prep === "of" || prep === "to") && (!capital || !/^(?:the\s+)?\p{Lu}/u.test(next))) break;
      const from = i + t[0].length;
      const end = readTopic(text, from - 1, limit);
      // A lower-case purpose after a named document ("Strategic Partnership Agreement for the
      // deployment of ...") describes it; the name is the title.
      const lowerTopic = !/^(?:(?:the|a|an)\s+)?[\p{Lu}\d]/u.test(next);
      if (end > from && start < kw.start && lowerTopic) break;
      if (end > from) {
        pieces.push(squeeze(text.slice(i, end)));
        topic = true;
        topicAllowed = false; // one topic before "between", one after
        i = end;
        continue;
      }
    }
    break;
  }
  return { title: squeeze(pieces.join(" ")), parties, between, topic, premod: start < kw.start, start, end: i };
}

/**
 * A whole title (quoted, or a list item): the title is the text without its "between A and B"
 * clause. A stray fragment before "between" whose own title ends in "the <Noun>" is put back in
 * front of that noun, mending a garbled word order such as
 * "Belt and Road between A and B The Memorandum ... on the Initiative".
 */
function parseWholeTitle(
  text: string,
  from: number,
  to: number,
  kw: KeywordHit | null,
  ctx: OrgContext,
): Parsed | null {
  const region = text.slice(from, to);
  let parties: string[] = [];
  let between = false;
  let title: string;
  if (kw && kw.start > from) {
    const prefix = text.slice(from, kw.start);
    const stray = /^(.*?)\s*\bbetween\s+([\s\S]*?)\s*(?:\bThe\s*)?$/i.exec(prefix);
    if (stray) {
      parties = readParties(stray[2] ?? "", ctx);
      between = parties.length > 0;
      const fragment = squeeze(stray[1] ?? "");
      const rest = removeBetween(text, kw.start, to, ctx);
      if (rest.parties.length > 0 && parties.length === 0) parties = rest.parties;
      title = rest.title;
      if (fragment) {
        const tail = /\bthe\s+(\p{Lu}[\p{L}-]*)$/u.exec(title);
        title = tail ? `${title.slice(0, tail.index)}the ${fragment} ${tail[1]}` : `${fragment} ${title}`;
      }
      return { title: squeeze(title), parties, between, topic: true, premod: false, start: from, end: to };
    }
  }
  const startAt = kw ? from + (/^(?:the|The)\s+/.exec(region)?.[0].length ?? 0) : from;
  const rest = removeBetween(text, startAt, to, ctx);
  title = rest.title;
  if (kw && kw.start > startAt) {
    // "Lease Contract for the Gebze logistics centre": capitalised words name the document; a
    // lower-case purpose after it describes it (as in running text).
    const name = squeeze(text.slice(startAt, kw.end));
    const after = title.slice(name.length);
    if (title.startsWith(name) && /^\s+(?:for|on|to|concerning|regarding)\s+(?:(?:the|a|an)\s+)?\p{Ll}/u.test(after))
      title = name;
  }
  parties = rest.parties;
  between = parties.length > 0;
  if (!title) return null;
  return { title, parties, between, topic: true, premod: false, start: from, end: to };
}

function removeBetween(text: string, from: number, to: number, ctx: OrgContext): { title: string; parties: string[] } {
  const region = text.slice(from, to);
  const b = /\s+between\s+/i.exec(region);
  if (!b) return { title: squeeze(region.replace(/[;.,]+$/, "")), parties: [] };
  const clauseFrom = from + b.index + b[0].length;
  const clauseTo = partiesClauseEnd(text, clauseFrom, to);
  const parties = readParties(text.slice(clauseFrom, clauseTo), ctx);
  const title = squeeze(
    `${text.slice(from, from + b.index)} ${text.slice(clauseTo, to)}`.replace(/[;.,]+$/, "").replace(/\s+,/g, ","),
  );
  return { title, parties };
}

// ---------------------------------------------------------------------------------------------
// Parties from the sentence

const LEAD_ADVERBIAL =
  /^(?:During|On|In|At|After|Following|Today|Yesterday|Earlier|Later|Meanwhile|Within|As part of|Speaking|Also|Then|Thus|Moreover|Furthermore|In addition)\b[^,]*,\s*/;
const SUBJECT_VERB =
  /\s+(?:(?:have|has|had|also|jointly|today|formally|officially)\s+)*(?:signed|inked|concluded|sign|signs)\b/gi;
const COLLECTIVE =
  /^(?:the|both)\s+(?:two\s+)?(?:sides|parties|companies|partners|firms|organisations|organizations)$|^(?:they|both)$/i;

/** "X and Y signed ...", "X has signed ... with Y" → [X, Y]. */
function subjectParties(
  text: string,
  sentence: Span,
  mention: Parsed,
  ctx: OrgContext,
  previous: ExtractedAgreement | undefined,
): string[] {
  const before = text.slice(sentence.start, mention.start);
  let verb: RegExpExecArray | null = null;
  SUBJECT_VERB.lastIndex = 0;
  for (let m = SUBJECT_VERB.exec(before); m; m = SUBJECT_VERB.exec(before)) verb = m;
  if (!verb) return [];
  let s = before.slice(0, verb.index);
  // Drop a dateline ("BAKU, Feb. 21 (Report) - ") and a leading adverbial ("During the forum,").
  const dash = /^[\s\S]*\s(?:--|—|–|-)\s+(?=["“\p{Lu}])/u.exec(s);
  if (dash) s = s.slice(dash[0].length);
  for (let k = 0; k < 3; k++) s = s.replace(LEAD_ADVERBIAL, "");
  s = squeeze(s.replace(/\s*\([^)]*\)/g, ""));
  // Appositives: "Caspian Coffee Company, the operator of ..., has"; "X, the UK developer, and Y".
  s = s.replace(/,\s+(?:the|a|an|which|who|one|its)\b[^,]*(?:,|$)/gi, " ");
  s = squeeze(s).replace(/[,\s]+$/, "");
  const role =
    /^(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:ministers|heads|leaders|presidents|representatives|delegations|officials|chief executives)\s+of\s+(?:the\s+)?(.+)$/iu.exec(
      s,
    );
  if (role && role[1]) s = role[1];
  if (!s || s.split(/\s+/).length > 30) return [];
  if (COLLECTIVE.test(s)) {
    if (previous) return [...previous.parties];
    // "the sides signed" in a release about two countries: the two states.
    if (/\b(?:sides|parties)$/i.test(s) && ctx.acting.length === 2)
      return ctx.acting.map((code) => preferredCountryName(code, ctx.mentions));
    return [];
  }
  const collective = expandCollective(s, ctx);
  if (collective) return collective;
  if (!/^(?:the\s+)?["“]?[\p{Lu}\d]/u.test(s)) return [];
  const parties = splitParties(s).map((p) => formalParty(p, ctx.mentions));
  const withParty = /^\s+with\s+/i.exec(text.slice(mention.end, mention.end + 20));
  if (withParty) {
    const org = readOrgPhrase(text, mention.end + withParty[0].length, sentence.end);
    if (org) parties.push(formalParty(cleanParty(org.text), ctx.mentions));
  }
  return parties;
}

/** "The contract was signed by X and Y" in the same sentence. */
function signedByParties(text: string, sentence: Span, mention: Parsed, ctx: OrgContext): string[] {
  const after = text.slice(mention.end, sentence.end);
  // A full stop after a single capital is an initial ("A. Momen"), not the end of the clause.
  const m = /\bsigned\s+by\s+(.+?)(?:\s+(?:on behalf|in|at|on|during)\b|(?<!\b\p{Lu})[.;]|$)/iu.exec(after);
  if (!m || !m[1]) return [];
  const behalf = [...after.matchAll(/on behalf of\s+(?:the\s+)?([^,.;]+)/gi)].map((x) => cleanParty(x[1] ?? ""));
  if (behalf.length >= 2) return behalf;
  const parties = splitParties(m[1]);
  // Signatories named as people ("Foreign Minister A. Momen") are not the parties themselves.
  if (parties.some((p) => hasRoleHead(p) || /^(?:his|her|their|the heads?)\b/i.test(p))) return [];
  return parties.map((p) => formalParty(p, ctx.mentions));
}

/** "the heads of state of Azerbaijan and China ... issued a Joint Declaration" → the two states. */
function countryPairParties(sentence: Span, ctx: OrgContext): string[] {
  const ms = findCountryMentions(sentence.text).filter((m) => m.kind !== "adjective");
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1]!;
    if (/^\s+and\s+(?:the\s+)?$/.test(sentence.text.slice(a.end, b.start)) && a.code !== b.code)
      return [preferredCountryName(a.code, ctx.mentions), preferredCountryName(b.code, ctx.mentions)];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Lists of signed documents

const BULLET = /^[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)]|[a-z][.)])[ \t]+/;

interface ListItem {
  start: number;
  end: number;
  intro: string;
  /** The intro says the documents are still to be signed: none of them is an agreement yet. */
  planned: boolean;
}

function signedListItems(text: string): ListItem[] {
  const out: ListItem[] = [];
  let intro = "";
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0];
    const bullet = BULLET.exec(line);
    if (!bullet) {
      if (line.trim()) intro = line;
      continue;
    }
    const introduces =
      /:\s*$/.test(intro.trim()) && /\b(?:sign\w*|conclu\w*|adopt\w*|ink\w*|documents?)\b/i.test(intro);
    if (!introduces) continue;
    const planned = isIntentOnly(intro, intro.length);
    if (!planned && !PAST_SIGNING.test(intro)) continue;
    const start = m.index + bullet[0].length;
    let end = m.index + line.length;
    while (end > start && /[\s;,]/.test(text[end - 1] ?? "")) end--;
    // A final full stop ends the item, unless it closes an abbreviation ("Ltd.", "A.Ş.").
    if (
      text[end - 1] === "." &&
      !/(?:(?:^|[\s.])\p{Lu}|\b(?:Ltd|Inc|Co|Corp|Plc|LLC))\.$/u.test(text.slice(start, end))
    )
      end--;
    if (/\band\s*$/.test(text.slice(start, end)))
      end = start + text.slice(start, end).replace(/[;,]?\s*and\s*$/, "").length;
    out.push({ start, end, intro, planned });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

export interface AgreementInput {
  titleQuotes: readonly QuoteSpan[];
  sentences: readonly Span[];
  headlineRange: Range | null;
  ctx: OrgContext;
}

function normTitle(t: string): string {
  return t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

export function extractAgreements(text: string, input: AgreementInput): ExtractedAgreement[] {
  const { sentences, ctx } = input;
  const out: (ExtractedAgreement & { order: number })[] = [];
  const consumed: Range[] = [];
  if (input.headlineRange) consumed.push(input.headlineRange);

  const add = (a: Parsed, type: AgreementType, sentence: Span | null, order: number) => {
    let parties = a.parties;
    // "The companies also signed ..." refers to the parties of an agreement in an earlier
    // sentence; items enumerated in the same sentence share its subject instead.
    const previous = out
      .filter((o) => o.parties.length > 0 && o.order < (sentence ? sentence.start : order))
      .sort((x, y) => x.order - y.order)
      .pop();
    if (parties.length === 0 && sentence) parties = subjectParties(text, sentence, a, ctx, previous);
    if (parties.length === 0 && sentence) parties = signedByParties(text, sentence, a, ctx);
    if (parties.length === 0 && sentence) parties = countryPairParties(sentence, ctx);
    const key = normTitle(a.title);
    const dup = out.find((o) => normTitle(o.title) === key);
    if (dup) {
      if (dup.parties.length === 0) dup.parties = parties;
      return;
    }
    out.push({ type, title: a.title, parties: [...new Set(parties)], range: [a.start, a.end], order });
  };

  // 1. Quoted titles.
  for (const q of input.titleQuotes) {
    const [s, e] = quoteRange(q);
    consumed.push([q.open, (q.close ?? e) + 1]);
    if (input.headlineRange && s >= input.headlineRange[0] && s < input.headlineRange[1]) continue;
    const kws = keywordsIn(text, s, e);
    const kw = kws[0];
    if (!kw) continue;
    const sentence = sentenceAt(sentences, q.open);
    if (sentence && isIntentOnly(sentence.text, q.open - sentence.start, (q.close ?? e) - sentence.start)) continue;
    const parsed = parseWholeTitle(text, s, e, kw, ctx);
    if (!parsed) continue;
    parsed.end = e;
    add(parsed, kw.type, sentence, s);
  }

  // 2. Items of a list of signed documents.
  for (const item of signedListItems(text)) {
    if (inRanges(consumed, item.start)) continue;
    consumed.push([item.start, item.end]);
    if (item.planned) continue;
    const kw = keywordsIn(text, item.start, item.end)[0] ?? null;
    const parsed = parseWholeTitle(text, item.start, item.end, kw, ctx);
    if (!parsed) continue;
    const type = kw && kw.start - item.start <= 40 ? kw.type : "OTHER";
    add(parsed, type, null, item.start);
  }

  // 3. Mentions in running text.
  for (const kw of keywordsIn(text, 0, text.length)) {
    if (inRanges(consumed, kw.start)) continue;
    const sentence = sentenceAt(sentences, kw.start);
    if (!sentence) continue;
    const parsed = parseMention(text, kw, sentence.end, sentence.start, ctx);
    const capital = /^\p{Lu}/u.test(kw.text);
    const offset = parsed.start - sentence.start;
    if (isIntentOnly(sentence.text, offset, parsed.end - sentence.start)) continue;
    const before = text.slice(sentence.start, parsed.start);
    const after = text.slice(parsed.end, sentence.end);
    const signedHere =
      PAST_SIGNING.test(before) ||
      /^\s*(?:was|were|has been|have been)\s+(?:signed|concluded|adopted|inked)\b/i.test(after);
    let accept: boolean;
    if (kw.type === "OTHER") accept = parsed.between;
    else if (parsed.between) accept = true;
    else if (capital && (parsed.topic || parsed.premod)) accept = true;
    else if (parsed.topic) accept = signedHere;
    else {
      // A bare "a Memorandum of Understanding" counts only when it is signed here and is the
      // first of its type; "the MoU" refers back to one already named.
      const indefinite = /\b(?:a|an)\s+(?:\p{L}+\s+)?$/iu.test(before);
      accept = signedHere && indefinite && !out.some((o) => o.type === kw.type);
    }
    if (!accept) continue;
    consumed.push([parsed.start, parsed.end]);
    add(parsed, kw.type, sentence, parsed.start);
  }

  return out.sort((a, b) => a.order - b.order).map(({ order: _order, ...a }) => a);
}
