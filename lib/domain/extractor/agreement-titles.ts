/**
 * Agreement titles: reading a document's title, topic and "between A and B" clause, either from a
 * mention in running text or from a whole title (quoted, or an item of a list).
 */

import type { OrgContext } from "./organisations";
import { PASSIVE_SIGNED, SIGNED_BETWEEN_AFTER } from "./agreement-signals";
import { type KeywordHit } from "./agreement-keywords";
import { partiesClauseEnd, readParties } from "./agreement-party-lists";
import { signedFor } from "./agreement-signatories";
import { readTopic, SMALL } from "./agreement-topic";
import { squeeze, titleCase } from "./text-utils";

const TOPIC_START =
  /^\s*(?:\((?:MoUs?|MOUs?|LoI|[A-Z]{2,6})\)\s*)?(on|for|concerning|regarding|in\s+(?:the\s+)?fields?\s+of|in\s+(?:the\s+)?areas?\s+of|in\s+the\s+sphere\s+of|to|of|against)\s+/iu;

// "on 12 May" is when, "for 40 locomotives" what: a number before a lower-case noun starts a topic.
const DATE_AFTER_PREP =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d(?![\d,.]*\s+\p{Ll}))/u;

const PASSIVE_BETWEEN = new RegExp(
  String.raw`^\s+(?:(?!(?:on|for|of|in|to|regarding|concerning|between)\s)[^.;:,"“()]{1,40}?\s+)?(?:${PASSIVE_SIGNED}|signed\s+(?:was|were))\s+between\s+`,
  "i",
);

export interface ParsedAgreement {
  title: string;
  parties: string[];
  between: boolean;
  topic: boolean;
  premod: boolean;
  start: number;
  end: number;
}

// "New" before a title judges it ("a New Fisheries Agreement"), unless it begins a place's name: "the
// New Zealand-China Free Trade Agreement" (seen in a batch 14 development release), "New Delhi
// Declaration".
const NEW_PLACE =
  /^(?:Zealand|York|Delhi|Caledonia|Guinea|South\s+Wales|Mexico|Jersey|Hampshire|Brunswick|England|Orleans|Taipei)\b/;

/** Capitalised words right before the keyword that belong to the title: "Master Franchise". */
function premodifierStart(text: string, kwStart: number, floor: number): number {
  let s = kwStart;
  for (;;) {
    const before = text.slice(Math.max(floor, s - 40), s);
    let m = /(?:^|\s)(\p{Lu}[\p{L}\p{M}'’-]*)\s+$/u.exec(before);
    // "Comprehensive and Enhanced Partnership Agreement": two capitalised modifiers joined by "and".
    if (!m && s < kwStart) m = /(?:^|\s)(\p{Lu}[\p{L}\p{M}'’-]*)\s+and\s+$/u.exec(before);
    // A name's own particle in lower case: "the Te Hiku o Te Ika Iwi-Crown … Accord" (batch 57 dev).
    if (!m && s < kwStart && /^\p{Lu}/u.test(text.slice(s)))
      m = /(?:^|\s)(\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:o|ki|de|del|du|des|da|di|la|le|von|van)\s+$/u.exec(before);
    if (!m || !m[1]) break;
    // Verbs of a title-case headline ("Russia, UNICEF Sign Memorandum …", "Acme Enters Into Exclusive
    // … Agreement") end the title as articles do.
    if (
      /^(?:The|A|An|This|That|These|Its|Their|Our|In|On|At|During|Under|By|With|New|Into|Signs?|Signed|Inks?|Inked|Seals?|Sealed|Enters?|Concludes?|Concluded|Announces?|Reach(?:es)?|Launch(?:es)?|Agrees?|Sets?)$/.test(
        m[1],
      ) &&
      !(m[1] === "New" && NEW_PLACE.test(text.slice(s, s + 20)))
    )
      break;
    const at = s - (before.length - before.lastIndexOf(m[1]));
    if (at < floor) break;
    // Sentence-initial words and words after a full stop are not premodifiers.
    const prev = text.slice(Math.max(floor, at - 3), at);
    if (at === floor || /[.!?:]\s*$/.test(prev) || /\n\s*$/.test(prev)) break;
    s = at;
  }
  return s;
}

// "signed the MoU on behalf of the Government", "on the sidelines of the summit": circumstances of
// the signing, not the subject of the document.
// "signed on the International Day of Literacy": a day is a date, not a subject.
const NOT_A_TOPIC =
  /^(?:behalf\s+of|(?:the\s+)?(?:sidelines|margins?|occasion|eve|invitation)\b|(?:the\s+)?(?:International|World|National|Global|Universal)\s+(?:[\p{L}'’-]+\s+){0,3}Day\b)/iu;

// Lower-case words before a lower-case keyword name the kind of document ("a strategic
// cooperation agreement", "a definitive agreement"); words that judge or count it do not ("a bold
// and innovative arrangement", "a groundbreaking arrangement").
const JUDGING =
  /^(?:historic|historical|landmark|major|important|significant|new|first|second|third|separate|formal|further|other|several|two|three|four|five|broad|wide-ranging|comprehensive|fresh|initial|final|signed|said|same|such|corresponding|relevant|respective|aforementioned|aforesaid|above-mentioned|bold|innovative|groundbreaking|ground-breaking|unprecedented|ambitious|key|vital|crucial|robust|practical|pragmatic|possible|potential|prospective|eventual|proposed)$/;

const AMOUNT = /^(?:[$€£¥]?\d[\d.,]*(?:[mbk]n?|bn)?,?|million|billion|thousand|trillion)$/;

const PASSIVE_SIGNING_NEXT = new RegExp(
  String.raw`^\s*(?:\([^)]{1,20}\)\s*)?(?:(?:between|on|for|concerning|regarding)\s[^.;]{1,160}?\s)?${PASSIVE_SIGNED}\b`,
  "u",
);

function lowerPremodifierStart(text: string, kwStart: number, kwEnd: number, floor: number): number {
  const before = text.slice(Math.max(floor, kwStart - 80), kwStart);
  // The nearest determiner: no other one inside the words taken ("the execution of a license …"); "the
  // CEPA and accompanying investment treaty" has one of its own. "A new … agreement", "The cooperation
  // agreement" may open a sentence.
  // An amount before the kind ("a $50 million loan agreement") judges it as a number does; a term
  // ("a 27-year contract") is a kind, as "a ten-year contract" is.
  const m =
    /\b([aA]n?|[tT]he|[iI]ts|[tT]heir|[tT]his|accompanying)\s+((?:(?!(?:a|an|the|its|their|this|accompanying)\s)(?:[\p{Ll}][\p{Ll}-]*|\d+-\p{Ll}+|[$€£¥]?\d[\d.,]*(?:[mbk]n?|bn)?,?)\s+){1,7})$/u.exec(
      before,
    );
  if (!m || !m[2]) return kwStart;
  // "The cooperation agreement was signed by …" opens the sentence that tells of the signing; "The
  // transfer arrangement also provides …" names again a document told of before.
  if (/^(?:The|Its|Their|This)$/.test(m[1]!) && !PASSIVE_SIGNING_NEXT.test(text.slice(kwEnd, kwEnd + 160)))
    return kwStart;
  const words = m[2].trim().split(/\s+/);
  let k = 0;
  while (k < words.length && (JUDGING.test(words[k]!) || AMOUNT.test(words[k]!))) k++;
  const kept = words.slice(k);
  // "an exclusive sales and distribution agreement": one "and" between two kinds is still a kind.
  const joined = (w: string, i: number) => w === "and" && i > 0 && i < kept.length - 1 && kept.indexOf("and") === i;
  if (
    kept.length === 0 ||
    kept.length > 4 ||
    kept.some((w, i) => JUDGING.test(w) || (/^(?:and|or|of|to|with|for|on|in)$/.test(w) && !joined(w, i)))
  )
    return kwStart;
  return kwStart - (kept.join(" ").length + 1);
}

export function parseMention(
  text: string,
  kw: KeywordHit,
  limit: number,
  floor: number,
  ctx: OrgContext,
): ParsedAgreement {
  const capital = /^\p{Lu}/u.test(kw.text);
  const lowerStart = capital ? kw.start : lowerPremodifierStart(text, kw.start, kw.end, floor);
  const start = capital ? premodifierStart(text, kw.start, floor) : lowerStart;
  // A plural names one document per party pair; the proposal is the document: singular.
  const keyword = (capital ? squeeze(kw.text) : titleCase(kw.text))
    .replace(/^(Memorand)(?:a|ums)\b/i, "$1um")
    .replace(/^(MoU|MOU)s$/, "$1")
    .replace(/^(Agreement|Arrangement|Contract|Protocol|Side Letter)s$/i, "$1")
    .replace(/^(Treat)ies$/i, "$1y");
  const pre = squeeze(text.slice(start, kw.start));
  const pieces: string[] = [pre ? (capital ? pre : titleCase(pre)) + " " + keyword : keyword];
  let parties: string[] = [];
  let between = false;
  let topic = false;
  let i = kw.end;
  const abbrev = /^\s*\((?:MoUs?|MOUs?|LoI|[A-Z]{2,6})\)/.exec(text.slice(i, limit));
  if (abbrev) i += abbrev[0].length;
  let topicAllowed = true;
  for (let round = 0; round < 4; round++) {
    const rest = text.slice(i, limit);
    // "Memorandum of Understanding (MoU) has been signed between A and B": the passive signing
    // introduces the parties; what follows it describes the signing, not the document. A few words
    // may stand between ("a Grant Agreement worth £2 million was signed between …").
    // "an MOU signed today between A, B and C" (SIGNED_BETWEEN_AFTER) likewise.
    const passive = !between ? (PASSIVE_BETWEEN.exec(rest) ?? SIGNED_BETWEEN_AFTER.exec(rest)) : null;
    if (passive) {
      const from = i + passive[0].length;
      const to = partiesClauseEnd(text, from, limit);
      if (to > from) {
        parties = readParties(text.slice(from, to), ctx);
        between = true;
      }
      break;
    }
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
    // A topic in quotation marks: 'MoU on the “Fulbright Academic Exchange Program”'.
    const quoted = t ? /^(?:the\s+)?["“«]([^"”»\n]{3,150})["”»]/.exec(rest.slice(t[0].length)) : null;
    if (t && quoted && quoted[1]) {
      const lead =
        rest.slice(0, t[0].length) +
        rest.slice(t[0].length, t[0].length + quoted.index + quoted[0].indexOf(quoted[1]) - 1);
      pieces.push(squeeze(`${lead} ${quoted[1]}`.replace(/["“«]/g, "")));
      topic = true;
      topicAllowed = false;
      i += t[0].length + quoted[0].length;
      continue;
    }
    if (t && t[1] && !DATE_AFTER_PREP.test(rest.slice(t[0].length)) && !NOT_A_TOPIC.test(rest.slice(t[0].length))) {
      const prep = t[1].toLowerCase();
      // "of", "to" and "against" start a topic only in a title-case name: "Treaty of Friendship",
      // "Convention against Torture".
      const next = rest.slice(t[0].length);
      if (/^(?:of|to|against)$/.test(prep) && (!capital || !/^(?:the\s+)?\p{Lu}/u.test(next))) break;
      const from = i + t[0].length;
      // "the loan agreement for the Government of Norway": whom it was signed for, not its name.
      const behalf = prep === "for" && !capital && !between ? signedFor(text, from, limit) : null;
      if (behalf) {
        parties = behalf.parties;
        i = behalf.end;
        break;
      }
      const end = readTopic(text, from - 1, limit);
      // A lower-case purpose after a named document ("Strategic Partnership Agreement for the
      // deployment of ...") describes it; the name is the title.
      const lowerTopic = !/^(?:(?:the|a|an)\s+)?[\p{Lu}\d]/u.test(next);
      // Not a topic after a word that only classifies the document: "an intergovernmental agreement on …".
      const classified = !capital && /^(?:on|concerning|regarding|in\s)/i.test(prep);
      if (end > from && start < kw.start && lowerTopic && !classified) break;
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
export function parseWholeTitle(
  text: string,
  from: number,
  to: number,
  kw: KeywordHit | null,
  ctx: OrgContext,
): ParsedAgreement | null {
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
  let startAt = kw ? from + (/^(?:the|The)\s+/.exec(region)?.[0].length ?? 0) : from;
  // "- A bilateral Arrangement on Higher Education …": lower-case words before a capitalised name
  // classify it; the name starts at its first capital (as in running text).
  if (kw && /^\p{Lu}/u.test(kw.text) && /^(?:\p{Ll}[\p{L}-]*\s+)+$/u.test(text.slice(startAt, kw.start)))
    startAt = kw.start;
  const rest = removeBetween(text, startAt, to, ctx);
  title = kw ? withoutPurpose(rest.title, squeeze(text.slice(startAt, kw.end)), kw) : rest.title;
  parties = rest.parties;
  between = parties.length > 0;
  if (!title) return null;
  return { title, parties, between, topic: true, premod: false, start: from, end: to };
}

/**
 * A whole title without the purpose that describes the document: "Lease Contract for the Gebze
 * logistics centre" (capitalised words name it, a lower-case purpose after them describes it, as in
 * running text), "… Qualifications Recognition to provide guidance for …". A topic stays: one in
 * title case ("Optional Protocols to the Convention on the Rights of the Child") or of a lower-case
 * name ("Intergovernmental agreement on electrical energy cooperation").
 */
function withoutPurpose(title: string, name: string, kw: KeywordHit): string {
  const purpose = /^\s+(?:for|to)\s+(.*)$/su.exec(title.slice(name.length))?.[1] ?? "";
  const lower = (w: string) => /^\p{Ll}/u.test(w) && !SMALL.test(w);
  if (name !== squeeze(kw.text) && title.startsWith(name) && purpose.split(/\s+/).some(lower)) return name;
  const clause = /^(.*?[\p{Lu}\d][\p{L}\d'’)-]*)\s+(?:to|that|which)\s+(?!the\s+\p{Lu})\p{Ll}/u.exec(title);
  return clause?.[1] && /^\p{Lu}/u.test(kw.text) && clause[1].length >= name.length ? clause[1] : title;
}

function removeBetween(text: string, from: number, to: number, ctx: OrgContext): { title: string; parties: string[] } {
  const region = text.slice(from, to);
  const b = /\s+between\s+/i.exec(region);
  if (!b) return { title: squeeze(region.replace(/[;.,]+$/, "")), parties: [] };
  const clauseFrom = from + b.index + b[0].length;
  const clauseTo = partiesClauseEnd(text, clauseFrom, to);
  const parties = readParties(text.slice(clauseFrom, clauseTo), ctx);
  // What follows the parties belongs to the title only as its topic ("between A and B on …"); the
  // rest of a long parties clause the reader stopped early ("…, the Government of India and …") does not.
  const tail = text.slice(clauseTo, to);
  const topicAfter = /^\s*(?:on|for|regarding|concerning|in\s+the\s+fields?\s+of|to)\s/i.test(tail);
  const title = squeeze(
    `${text.slice(from, from + b.index)} ${topicAfter ? tail : ""}`.replace(/[;.,]+$/, "").replace(/\s+,/g, ","),
  );
  return { title, parties };
}
