/**
 * Attributions before a quotation: "X said:", "X, Minister of Y, noted, …", "according to X,", a
 * sentence that hands over to the words with a colon or a dash (attributions after the words:
 * attribution-after.ts).
 */

import { SPEECH_VERBS, bodySpeaking, parseSpeakerPhrase, type SpeakerPhrase } from "./people";
import { LEAD_ADVERBIAL, type Span } from "./text-utils";
import { BODY_WORDS } from "./organisations";
import { lastClauses, type Attribution } from "./speaker-referents";
import type { QuoteSpan } from "./quote-spans";
import { UNNAMED } from "./attribution-after";
import { ROLE_ALT } from "./roles";

// "…, writes:" before the words (after them, "writes Martin" inside a quotation read too much: frozen 42 -1).
const INTRO_RE = new RegExp(
  `(?:^|[\\s,])(${SPEECH_VERBS}|writes(?=\\s*:))(?:\\s+(?:as follows|in (?:a|an|the|his|her|their) [\\p{L} ]{1,40}?|at [^:"“]{1,60}?|during [^:"“]{1,60}?|to [^:"“]{1,40}?|on [^:"“]{1,40}?))?(?:\\s+that)?\\s*[:,;]?\\s*$`,
  "u",
);
const ACCORDING_END = /\baccording to\s+([^,;:"“]{2,80}?)\s*[,:]?\s*$/i;
const ACCORDING_START = /^\s*according to\s+([^,;"“]{2,80}?)\s*,/i;
// "…, stating, “…”" / "he said, adding: “…”": a participle whose subject is the clause's.
// "The governor tweeted her reasoning saying, “…”", "…, urging viewers, “…”" (a few words of object).
const PARTICIPLE = "stating|saying|adding|noting|declaring|stressing|explaining|remarking|writing";
const PARTICIPLE_END = new RegExp(
  String.raw`(?:,\s*|\s+)(?:${PARTICIPLE}|urging(?:\s+[\p{L}-]+){0,3})\s*[:,]?\s*$`,
  "iu",
);
// "…, with Boswell stating: “…”": the participle's own subject speaks.
const WITH_PARTICIPLE_END = new RegExp(
  String.raw`\bwith\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)\s+(?:${PARTICIPLE})\s*[:,]?\s*$`,
  "u",
);
// The capitalised words that open a clause ("Joint Secretary Rao highlighted …"): its subject.
// A role in lower case may stand inside it: "Israeli representative Abba Eban acknowledged …".
const SUBJECT_START = new RegExp(
  String.raw`^\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}(?:(?:${ROLE_ALT})\s+(?=\p{Lu}))?(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,6})(?=\p{Ll})`,
  "u",
);

// A body named as the subject of a speech verb: "The Embassy of India in Nepal", "Indian Embassy in
// Nepal", "the Ministry of Health in a statement".
const ORG_SPEAKER = new RegExp(
  String.raw`^(?:(?:The|the)\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}(?:High Commission|${BODY_WORDS})(?:\s+(?:of|for|in)(?:\s+the)?(?:\s+\p{Lu}[\p{L}'’.-]*)+)*)(?:\s+in\s+(?:a|its)\s+(?:press\s+)?(?:release|statement))?$`,
  "u",
);

/** The person or role that opens the last sentence of `s`, and where that sentence starts. */
function clauseSubject(s: string): { phrase: SpeakerPhrase; at: number } | null {
  let at = Math.max(0, s.lastIndexOf(". ") + 1);
  // "Following the vote, Israeli representative Abba Eban acknowledged …": when, before the subject.
  const lead = LEAD_ADVERBIAL.exec(s.slice(at));
  if (lead) at += lead[0].length;
  const subj = SUBJECT_START.exec(s.slice(at));
  const phrase = subj && subj[1] ? parseSpeakerPhrase(subj[1]) : null;
  return phrase && (phrase.name || phrase.role) ? { phrase, at } : null;
}

export function attributionBefore(
  text: string,
  q: QuoteSpan,
  sentence: Span | null,
  sentenceSpans: readonly Span[],
): Attribution | null {
  let from = sentence && sentence.start <= q.open ? sentence.start : Math.max(0, q.open - 300);
  let before = text.slice(from, q.open);
  if (/^\s*$/.test(before)) {
    // A quotation that opens its paragraph may be introduced by the paragraph before, when that
    // one ends with a colon: "Minister X said:" / new paragraph / "…".
    const prev = sentenceSpans.filter((s) => s.end <= q.open).pop();
    if (prev && /:\s*$/.test(prev.text)) {
      from = prev.start;
      before = text.slice(prev.start, prev.end);
    }
  }
  // "Quotes attributable to Prime Minister Albanese:", as government releases head a minister's words.
  const attributable = /\battributable\s+to\s+([^:\n]{2,120}?)\s*:\s*$/i.exec(before);
  const named = attributable?.[1] ? parseSpeakerPhrase(attributable[1]) : null;
  if (named && (named.name || named.role)) return { phrase: named, at: from + attributable!.index };
  const intro = INTRO_RE.exec(before);
  if (intro) {
    const verbAt = intro.index + intro[0].indexOf(intro[1]!);
    // "Mark Rowe, M.D., Ovel's Chairman, also added, …": degrees and adverbs are not clauses.
    const who = before
      .slice(0, verbAt)
      .replace(/,\s*(?:M\.?D|Ph\.?D|Jr|Sr|MBA|Esq)\.?(?=\s*,)/g, "")
      .replace(/\s+(?:also|further|then|later|again|finally|has|had|have)\s*$/i, "")
      // "Jane Doe, curator at the University of Arkansas, Fayetteville, said,": the comma before the
      // verb closes the appositive and opens no clause.
      .replace(/[\s,]+$/, "")
      .trim();
    // "…, Inc. He continued, “…”": a pronoun right before the verb is the subject, whatever the
    // sentence splitter left before it.
    const pronoun = /(?:^|[\s.,;:])(he|she|they)$/i.exec(who);
    if (pronoun && pronoun[1]) return { phrase: parseSpeakerPhrase(pronoun[1]), at: from + verbAt - pronoun[1].length };
    // "Minister Ana Ruiz opened the forum and said:": the subject of both verbs opens the clause.
    const first = /\s(?:and|then)$/.test(who) ? clauseSubject(who) : null;
    if (first) return { phrase: first.phrase, at: from + first.at };
    // "A United Auto Workers negotiator has said, “…”", '"…," a top administration official said, "…"':
    // someone the text does not name (right after a quotation's close, before anything else is read).
    const unnamed = new RegExp(String.raw`(?:^|\s)${UNNAMED}$`, "iu").exec(lastClauses(who, 1))?.[1];
    const described = { name: unnamed ?? "", role: null, organisation: null, pronoun: false };
    if (unnamed && /^["”]/.test(lastClauses(who, 1))) return { phrase: described, at: from + verbAt };
    // '" Nevertheless," Mr Whitlam said, "…': the speaker stands after the first half of the quotation.
    const afterHalf = /^[\s\S]*[,.!?]\s*["”»]\s*/u.exec(who);
    const speaker = afterHalf && /\p{L}/u.test(who.slice(afterHalf[0].length)) ? who.slice(afterHalf[0].length) : who;
    const phrase = parseSpeakerPhrase(lastClauses(speaker, 3));
    if (phrase.name || phrase.pronoun || phrase.role) return { phrase, at: from + verbAt };
    if (unnamed) return { phrase: described, at: from + verbAt };
    // "The Embassy of India in Nepal further said, “…”": a body speaking as itself.
    const body = ORG_SPEAKER.exec(lastClauses(who, 1))?.[1] ?? bodySpeaking(lastClauses(who, 1));
    if (body) return { phrase: { name: body, role: null, organisation: body, pronoun: false }, at: from + verbAt };
    // "Jane Doe, 45, who joined Ovel in 2019, said:": the clauses after the name say who she is;
    // the name opens the subject.
    const opening = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+(?=,)/u.exec(who);
    const named = opening ? parseSpeakerPhrase(opening[0]) : null;
    if (named?.name) return { phrase: named, at: from };
  }
  const withSubject = WITH_PARTICIPLE_END.exec(before);
  if (withSubject?.[1]) return { phrase: parseSpeakerPhrase(withSubject[1]), at: from + withSubject.index };
  const part = PARTICIPLE_END.exec(before);
  if (part) {
    const clause = before.slice(0, part.index);
    const pron = new RegExp(`\\b(he|she|they)\\s+(?:${SPEECH_VERBS})\\s*$`, "iu").exec(clause);
    if (pron) return { phrase: parseSpeakerPhrase(pron[1]!), at: from + pron.index };
    const subject = clauseSubject(clause);
    if (subject) return { phrase: subject.phrase, at: from + subject.at };
  }
  // "Dr. Mensah thanked the American people: “…”": a sentence that hands over to the quotation
  // with a colon, without a speech verb; its subject speaks.
  // So does a dash ("Mr Justice Ann Lee agreed with the defence - “…”"); not a comma (round 18: one
  // development quote gained, one frozen lost).
  const subject = /(?::|\s[-–—])\s*$/.test(before) ? clauseSubject(before) : null;
  if (subject) return { phrase: subject.phrase, at: from + subject.at };
  const acc = ACCORDING_END.exec(before) ?? ACCORDING_START.exec(before);
  if (acc && acc[1]) {
    const phrase = parseSpeakerPhrase(acc[1]);
    if (phrase.name || phrase.role) return { phrase, at: from + acc.index };
  }
  return null;
}
