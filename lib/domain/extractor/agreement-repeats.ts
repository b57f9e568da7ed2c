/**
 * The same document named twice: a second mention by type alone, a page's headline above the
 * release, a quotation naming it with its parties' short names. Applied to the agreements found.
 */

import type { AgreementType, ExtractedAgreement } from "./types";
import type { ParsedAgreement } from "./agreement-titles";
import { expandAcronym } from "./organisations";
import { sentenceAt, type Span } from "./text-utils";

/** Words every title has: a title made only of them names no document in particular. */
const TITLE_NOISE = new Set(
  "memorandum of understanding mou agreement arrangement on the and for in between a an to with cooperation".split(" "),
);

/** The words of a title, in lower case; "MoU" is the memorandum of understanding written out. */
const titleWords = (t: string) =>
  t
    .toLowerCase()
    .replace(/\bmous?\b/g, "memorandum of understanding")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Every word of the shorter title's topic is in the earlier title (and the topic says something). */
export function namesAgain(title: string, earlier: string): boolean {
  const known = new Set(titleWords(earlier));
  const topic = titleWords(title);
  if (!topic.every((w) => known.has(w))) return false;
  return topic.some((w) => !TITLE_NOISE.has(w)) || topic.length > 2;
}

// "The Exchange of Notes was signed by …" after "A and B signed and exchanged notes concerning …".
const GENERIC_TITLE =
  /^(?:memorandum(?:\s+of\s+understanding)?|mou|agreement|arrangement|contract|protocol|treaty|declaration|(?:exchange\s+of\s+)?notes)$/i;

/**
 * A document named again without its parties, where the release names one with parties: "an
 * agreement was signed at the office" after "A and B have signed a memorandum", or a page's
 * headline ("… Exclusive Sales and Distribution Agreement") above "an exclusive agreement with B".
 * By its type alone, or by a word of its title the other shares, it is that document.
 */
export function withoutRepeats<T extends ExtractedAgreement & { order: number }>(
  found: T[],
  sentences: readonly Span[],
  text: string,
): T[] {
  const words = (t: string) => titleWords(t).filter((w) => w.length > 2 && !TITLE_NOISE.has(w));
  // "The signing of an agreement between A and B …" before "Mr P signed the Joint Declaration on …
  // with B's Minister": the one document named later without parties of its own has the summary's.
  const generic = found.filter(
    (o) => o.type === "AGREEMENT" && o.parties.length > 1 && GENERIC_TITLE.test(o.title.trim()),
  );
  const unnamedParties = found.filter((o) => o.parties.length === 0 && !GENERIC_TITLE.test(o.title.trim()));
  const [summary, named] = [generic[0], unnamedParties[0]];
  if (generic.length === 1 && unnamedParties.length === 1 && summary && named && summary.order < named.order)
    named.parties = [...summary.parties];
  const lowerText = text.toLowerCase().replace(/[’']/g, "'");
  return found.filter((a) => {
    if (a.parties.length > 0) return !namedBefore(a, found, sentences, text, lowerText);
    const own = new Set(words(a.title));
    // "signed a partnership arrangement … The Individual Partnership and Co-operation Programme
    // Arrangement was signed today": without parties either, the fuller name of the same document.
    const fuller = (o: T) =>
      o.type === a.type &&
      o.title.length > a.title.length &&
      own.size > 0 &&
      [...own].every((w) => words(o.title).includes(w));
    if (found.some((o) => o !== a && o.parties.length === 0 && fuller(o))) return false;
    return !found.some(
      (o) =>
        o !== a &&
        o.parties.length > 0 &&
        // By type alone only in a later sentence: "an MoU and an agreement" in one are two documents.
        ((GENERIC_TITLE.test(a.title.trim()) &&
          o.order < a.order &&
          sentenceAt(sentences, o.order) !== sentenceAt(sentences, a.order)) ||
          (o.type === a.type && words(o.title).length > 0 && words(o.title).every((w) => own.has(w)))),
    );
  });
}

/**
 * One party's name stands for the other: the same words, a part of them, its acronym, or the short
 * name the text gives it in brackets ("United Nations Children's Fund (Unicef)").
 */
function sameParty(a: string, b: string, text: string, lowerText: string): boolean {
  const norm = (p: string) => expandAcronym(p, text).toLowerCase().replace(/[’']/g, "'");
  const [x, y] = [norm(a), norm(b)];
  if (x.includes(y) || y.includes(x)) return true;
  return lowerText.includes(`${x} (${y})`) || lowerText.includes(`${y} (${x})`);
}

// "the Joint Declaration of the Presidents of A and B": named by who signs it, not by what it says;
// after a declaration named by its topic, it is that one again (batch 18 dev).
const SIGNERS_TITLE =
  /^(?:[\p{L}-]+\s+){1,4}of\s+the\s+(?:presidents?|heads?\s+of\s+(?:state|government)s?|prime\s+ministers?|leaders?|governments?|(?:foreign\s+)?ministers?)\s+of\b/iu;

const ANOTHER = /\b(?:also|as well|another|further|second|separate|in addition)\b/i;

/**
 * "I am pleased to have signed the MoU between Unicef and Zamboanga city" after "Zamboanga City has
 * inked a Memorandum of Understanding with the United Nations Children's Fund (Unicef)": a document
 * named by its type alone, whose parties are those of a document of its type named before, is that
 * document again.
 */
function namedBefore<T extends ExtractedAgreement & { order: number }>(
  a: T,
  found: T[],
  sentences: readonly Span[],
  text: string,
  lowerText: string,
): boolean {
  const bySigners = SIGNERS_TITLE.test(a.title.trim());
  if (!GENERIC_TITLE.test(a.title.trim()) && !bySigners) return false;
  const sameParties = (o: T) =>
    o.parties.length === a.parties.length &&
    a.parties.every((p) => o.parties.some((q) => sameParty(p, q, text, lowerText)));
  // "The signing of an agreement between A and B …" before "A signed the Joint Declaration on … with
  // B": "agreement" said of any document, told again by its name further on; not before "They also
  // signed the Memorandum on …", another document.
  const another = (o: T) => ANOTHER.test(sentenceAt(sentences, o.order)?.text ?? "");
  const namedLater = (o: T) =>
    a.type === "AGREEMENT" && o.order > a.order && !GENERIC_TITLE.test(o.title.trim()) && !another(o);
  // One named by its signers is the one of its type named before, with their parties or with none yet
  // (the states around it are given to it afterwards).
  if (bySigners)
    return found.some(
      (o) => o !== a && o.type === a.type && o.order < a.order && (o.parties.length === 0 || sameParties(o)),
    );
  return found.some((o) => o !== a && sameParties(o) && ((o.order < a.order && o.type === a.type) || namedLater(o)));
}

/**
 * A mention in running text, not signed in its sentence, that names again a document found before.
 * "the MoU on Cooperation between A and B will enhance …": a document already named (here "… on
 * Strengthening Cooperation"). "The Visa Waiver Agreement signing charts a new direction" after "A and
 * B signed the Mutual Visa Exemption Agreement": without parties of its own, a definite one is the
 * document of its kind named before; so is "this …" or "the transfer arrangement between A and B also
 * provides" (batch 15, 16 dev), but not "the first …", "the other …", which count documents off. "The
 * signing today formalises this arrangement between A and B" after "A and B have signed a
 * Memorandum": "this" points back at what the release told, of whatever kind (batch 16 dev).
 */
export function namedAgain(
  before: string,
  parsed: ParsedAgreement,
  type: AgreementType,
  found: readonly ExtractedAgreement[],
): boolean {
  const definite =
    /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?!(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|other)\s)[\p{Ll}-]+\s+){0,2}$/u;
  if (
    definite.test(before) &&
    found.some(
      (o) => o.type === type && (namesAgain(parsed.title, o.title) || (!parsed.between && o.parties.length > 0)),
    )
  )
    return true;
  return /\b(?:[Tt]his|[Tt]hese)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(before) && found.some((o) => o.parties.length > 0);
}

const SUBJECT_DOCUMENT =
  /^\s*(?:The|This|That|Its)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:Convention|Treaty|Agreement|Accord|Protocol|Memorandum|MoU|MOU|Arrangement|Declaration|Charter|Pact|Deed)\b/u;

/**
 * "signed the Technology Prosperity Deal (TPD), a landmark science and technology agreement that …":
 * a mention in lower case, without a topic, right after a document named in capitals and a comma,
 * says what that document is; it is no other one. A list goes on with a name of its own instead
 * ("the Agreement on Trade, a Memorandum on Tourism and …") or with a topic ("…, an agreement on …").
 */
export function describesJustNamed(
  text: string,
  mention: string,
  withTopic: boolean,
  sentenceStart: number,
  start: number,
  found: readonly ExtractedAgreement[],
): boolean {
  if (!/^\p{Ll}/u.test(mention)) return false;
  // "The Convention, first signed in Ramsar, Iran in 1971, is an agreement for the protection of …":
  // what the document the sentence opens with is, not another one (batch 58 dev).
  const before = text.slice(sentenceStart, start);
  if (/\b(?:is|was)\s+(?:also\s+)?an?\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(before) && SUBJECT_DOCUMENT.test(before))
    return true;
  if (withTopic) return false;
  const appositive = /,\s+an?\s+(?:[\p{Ll}-]+\s+){0,5}$/u.exec(before);
  if (!appositive) return false;
  const comma = sentenceStart + appositive.index;
  return found.some(
    (o) =>
      o.range[1] <= comma &&
      /^\p{Lu}/u.test(text.slice(o.range[0], o.range[1])) &&
      /^\s*(?:\([^()]{1,15}\)\s*)?$/.test(text.slice(o.range[1], comma)),
  );
}
