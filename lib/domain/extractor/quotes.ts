/**
 * Quotations: telling speech from quoted names and titles, and attributing speech to a speaker
 * (where quotations open and close: quote-spans.ts; attributions before them: attribution-before.ts,
 * after them: attribution-after.ts).
 *
 * Conventions followed:
 * - speech is introduced ("X said:", "X noted:", "according to X,") or attributed after the
 *   quotation ("…," X said.); an unattributed quotation that follows another in the same or the
 *   previous paragraph continues that speaker.
 */

import type { ExtractedQuote } from "./types";
import {
  parseSpeakerPhrase,
  type PeopleResolver,
  type PersonMention,
  type PersonRef,
  type SpeakerPhrase,
} from "./people";
import { sentenceAt, type Span } from "./text-utils";
import { nameFits } from "./names";
import { pronounReferent, reportedSpeaker, roleReferent } from "./speaker-referents";
import { quoteContent, quoteRange, type QuoteSpan } from "./quote-spans";
import { attributionAfter } from "./attribution-after";
import { attributionBefore } from "./attribution-before";

// A label of two to fourteen capitalised words (and the small words of titles) alone at a line's start.
const LABEL_WORD = String.raw`(?:\p{Lu}[\p{L}.'’-]*|of|for|and|the|on|to|de|von|der|van|al)`;
const ROUND_UP_LABEL = new RegExp(
  String.raw`(?:^|\n)[ \t]*(\p{Lu}[\p{L}.'’-]*(?:[ \t]+${LABEL_WORD}){1,13})[ \t]*:[ \t]*$`,
  "u",
);

const TITLE_START =
  /^(?:the\s+)?(?:Joint Declaration|Joint Statement|Joint Communiqu[ée]|Declaration|Memorandum|MoU|MOU|Agreement|Treaty|Convention|Protocol|Contract|Letter of Intent|Programme|Program|Roadmap|Road Map|Action Plan|Charter)\b/;
const TYPE_WORD =
  /\b(?:Declaration|Memorandum of Understanding|Agreement|Treaty|Convention|Protocol|Contract|Letter of Intent|Act(?= of \d{4}))\b/;

function severalSentences(s: string): boolean {
  return wordCount(s) >= 12 && /[.!?]\s+\p{Lu}/u.test(s);
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * A quoted name or title rather than speech: a type of document ("Memorandum of Understanding
 * between ..."), a short name ("One China"), or words that do not end like a sentence.
 */
function looksLikeTitle(content: string): boolean {
  const c = content.trim();
  // A document named in quotation marks: "Memorandum of Understanding between ...".
  if (TITLE_START.test(c)) return true;
  // Short names: "One China", "Middle Corridor".
  if (wordCount(c) < 4) return true;
  // Several sentences are speech, even cut off before their end (a page stored only in part).
  if (severalSentences(c)) return false;
  // Speech ends like a sentence; a name or a title does not.
  if (!/[.!?…,;]$/.test(c)) return true;
  // A title with the comma inside the marks (American punctuation): the "Agreement on Trade," which.
  return /,$/.test(c) && TYPE_WORD.test(c) && !/[.!?]\s/.test(c) && !/^\p{Ll}/u.test(c);
}

/**
 * A quotation that is a sentence by itself, its full stop put after the closing mark (“We discussed
 * the agenda … and public diplomacy”.): speech, though its words end without punctuation. A title
 * or a name is quoted inside a sentence of the writer's.
 */
function wholeSentence(text: string, q: QuoteSpan, content: string): boolean {
  if (q.close === null || !/^[.!?]/.test(text.slice(q.close + 1, q.close + 2))) return false;
  if (!/(?:^|[.!?]\s|\n)\s*$/.test(text.slice(Math.max(0, q.open - 3), q.open))) return false;
  return /^\p{Lu}/u.test(content) && wordCount(content) >= 6 && !TITLE_START.test(content);
}

/**
 * Does a quotation speak of this person by name ("I discussed many issues with Premier Li")? Then
 * "he said" after it is not that person: people do not name themselves in their own words.
 */
function namedIn(words: string, name: string): boolean {
  // Any word of the name: a surname may come first ("Premier Li" for Li Keqiang).
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w))
    .some((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "u").test(words));
}

/** The person named last before `pos` who fits: the "he" of "he said". */
function otherPersonBefore(resolver: PeopleResolver, pos: number, fits: (name: string) => boolean): PersonRef | null {
  let at = pos;
  for (let k = 0; k < 8; k++) {
    const m = resolver.lastNamedBefore(at);
    if (!m) return null;
    const r = resolver.resolve(m.name, m.start);
    if (fits(r.name)) return r;
    at = m.start;
  }
  return null;
}

const MALE_TITLE = "Mr|Mister|Sir|Lord|King|Prince|Monsieur|Señor|Herr";
const FEMALE_TITLE = "Ms|Mrs|Miss|Madam|Madame|Dame|Lady|Queen|Princess|Señora|Frau";

/** Whether the text calls this person a man or a woman by a title before the surname ("Ms. Doe"). */
function sexOf(text: string, name: string): "m" | "f" | null {
  const surname = name.trim().split(/\s+/).pop() ?? "";
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) return null;
  const titled = (titles: string) =>
    new RegExp(`\\b(?:${titles})\\.?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}${surname}(?![\\p{L}])`, "u").test(text);
  const m = titled(MALE_TITLE);
  const f = titled(FEMALE_TITLE);
  return m === f ? null : m ? "m" : "f";
}

export interface QuoteResult {
  quotes: ExtractedQuote[];
  /** Quoted spans that are names or titles, for the agreement extractor. */
  titles: QuoteSpan[];
}

/** Journalistic convention: "…," he said. The comma stands for the full stop of the quotation. */
function finalPunctuation(s: string): string {
  return s.replace(/,$/, ".");
}

export function extractQuotes(
  text: string,
  spans: readonly QuoteSpan[],
  sentenceSpans: readonly Span[],
  resolver: PeopleResolver,
  mentions: readonly PersonMention[],
): QuoteResult {
  const quotes: (ExtractedQuote & { paragraph: number; lastParagraph: number; afterwards: boolean })[] = [];
  const titles: QuoteSpan[] = [];

  const fromPhrase = (phrase: SpeakerPhrase, at: number, quoteStart: number, words = ""): PersonRef | null => {
    if (phrase.name) {
      const r = resolver.resolve(phrase.name, at);
      return { name: r.name, role: r.role ?? phrase.role, organisation: r.organisation ?? phrase.organisation };
    }
    if (phrase.pronoun) {
      const r = pronounReferent(text, quoteStart, sentenceSpans, resolver, mentions);
      // "she said" is not the man the text calls "Mr. Berg"; nor is anyone the words name.
      const said = /^[\s,"“”’]*(he|she)\b/i.exec(text.slice(at, at + 16))?.[1]?.toLowerCase();
      const wrongSex = (n: string) =>
        (said === "he" && sexOf(text, n) === "f") || (said === "she" && sexOf(text, n) === "m");
      const fits = (n: string) => !namedIn(words, n) && !wrongSex(n);
      return r && !fits(r.name) ? (otherPersonBefore(resolver, quoteStart, fits) ?? r) : r;
    }
    if (phrase.role) return roleReferent(text, phrase, quoteStart, mentions, resolver);
    return null;
  };

  for (const q of spans) {
    const content = quoteContent(text, q);
    const sentence = sentenceAt(sentenceSpans, q.open);
    const attribution = attributionBefore(text, q, sentence, sentenceSpans) ?? attributionAfter(text, q);
    // Speech cut off where the text ends (a page stored or pasted only in part) is still speech.
    const cutOff = q.close === null && quoteRange(q)[1] >= text.trimEnd().length - 1 && wordCount(content) >= 10;
    if (!attribution && looksLikeTitle(content) && !wholeSentence(text, q, content) && !cutOff) {
      titles.push(q);
      continue;
    }
    // 'the robot, named "Better Idea of Afghan Girls,"': a name given, not words said.
    const named = /\b(?:named|called|titled|entitled|dubbed)\s*,?\s*$/.test(
      text.slice(Math.max(0, q.open - 12), q.open),
    );
    if ((attribution && TITLE_START.test(content) && !/[.!?,]$/.test(content)) || (named && wordCount(content) < 10)) {
      titles.push(q);
      continue;
    }
    const range = quoteRange(q);
    let who: PersonRef | null = attribution ? fromPhrase(attribution.phrase, attribution.at, range[0], content) : null;
    // "He added: “…”" right after a quotation: its speaker goes on.
    const prevQuote = quotes[quotes.length - 1];
    if (
      attribution?.phrase.pronoun &&
      prevQuote?.speaker &&
      prevQuote.lastParagraph >= q.paragraph - 1 &&
      // Said before the words ("He added: “…”"), with nobody named since the last quotation (after
      // "Mr. Beltran emphasized …", "“…,” he added" is Mr. Beltran's).
      attribution.at < q.open &&
      !mentions.some((m) => m.start >= prevQuote.range[1] && m.end <= q.open) &&
      /(?:^|[^\p{L}])(?:he|she)\s+(?:also\s+|further\s+)?(?:added|continued|went\s+on)\b/iu.test(
        text.slice(Math.max(0, attribution.at - 3), attribution.at + 40),
      )
    )
      who = { name: prevQuote.speaker, role: prevQuote.role, organisation: prevQuote.organisation };
    // "Asghar Memon expressed his gratitude to …, “…”": no speech verb next to the quotation, but
    // the sentence hands over to it with a comma or a colon after naming a person: the last one
    // named speaks.
    if (!attribution && sentence && sentence.start < q.open && /[,:]\s*$/.test(text.slice(sentence.start, q.open))) {
      const last = mentions.filter((m) => m.start >= sentence.start && m.end <= q.open).pop();
      if (last) who = resolver.resolve(last.name, last.start);
    }
    // "Ms Cousin said the agreement underlines …" / "“We recognise …”": a quotation right after a
    // sentence that reports what someone said goes on with that person's words (when it is closed:
    // an unclosed mark may open a passage of the document the sentence spoke about).
    // "Jane Doe: “…”", as interviews and round-ups lay out words: a name the text gives a person
    // elsewhere, alone before a colon at the start of its line.
    if (!attribution && !who) {
      const label = /(?:^|\n)[ \t]*((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s*:\s*$/u.exec(
        text.slice(Math.max(0, q.open - 80), q.open),
      );
      const name = label?.[1];
      if (name && mentions.some((m) => nameFits(name, m.name))) who = resolver.resolve(name, q.open);
    }
    // "Rep. Robert Aderholt: “…”", "Qatari Ministry of Foreign Affairs: “…”": a round-up of reactions,
    // one speaker's label (titles and all) before the mark on the same line, named nowhere else.
    const roundUp = !attribution && !who ? ROUND_UP_LABEL.exec(text.slice(Math.max(0, q.open - 160), q.open)) : null;
    if (roundUp?.[1]) {
      const phrase = parseSpeakerPhrase(roundUp[1]);
      who = phrase.name ? fromPhrase(phrase, q.open, range[0]) : { name: roundUp[1], role: null, organisation: null };
    }
    // An unclosed one is taken only when it reads as speech of several sentences (a page cut off).
    if (!attribution && !who && (q.close !== null || severalSentences(content))) {
      const reported = reportedSpeaker(text, q.open, sentenceSpans);
      if (reported) who = fromPhrase(reported.phrase, reported.at, range[0]);
    }
    // "Grandi recognised … and welcomed the partnership. “Every day, …”": a paragraph that opens with a
    // person (titles aside) as its subject, then quotes without attribution, quotes that person — not
    // the speaker of a quotation in the paragraph before.
    if (!attribution && !who) {
      const paraStart = text.lastIndexOf("\n", q.open - 1) + 1;
      const named = mentions.find((m) => m.start >= paraStart && m.end <= q.open);
      // A surname alone ("Grandi recognised …") of someone named in full before.
      const surname = /^\s*(\p{Lu}[\p{L}'’-]+)\s+\p{Ll}/u.exec(text.slice(paraStart, q.open))?.[1];
      const known = surname && mentions.find((m) => m.end <= paraStart && nameFits(surname, m.name));
      const opener =
        named && /^(?:\p{Lu}[\p{L}.]*\s+){0,4}$/u.test(text.slice(paraStart, named.start))
          ? { name: named.name, at: named.start }
          : known && surname
            ? { name: surname, at: paraStart }
            : null;
      // Not when someone else is said to speak there ("Popsoi arrived … Randhir Jaiswal on X wrote, “…”"):
      // an attribution the rules above could not read.
      const other =
        opener &&
        (mentions.some((m) => m.start > opener.at && m.end <= q.open && !nameFits(opener.name, m.name)) ||
          /\b(?:said|says|wrote|writes|added|stated|told|tweeted|posted)\b/i.test(text.slice(opener.at, q.open)));
      if (opener && !other && !/["“”«»]/.test(text.slice(paraStart, q.open)) && !namedIn(content, opener.name))
        who = resolver.resolve(opener.name, opener.at);
    }
    if (!attribution && !who) {
      // Continuation of the previous speaker in the same or the previous paragraph, or past one or two
      // paragraphs between that name nobody but that speaker ("The institute was founded in 1990.",
      // "Dr Smith sees scope for growth in exports to Russia.").
      const prev = quotes[quotes.length - 1];
      const between = prev ? text.indexOf("\n", prev.range[1]) : -1;
      const near =
        prev &&
        (prev.lastParagraph >= q.paragraph - 1 ||
          (prev.lastParagraph >= q.paragraph - 3 &&
            between >= 0 &&
            !mentions.some((m) => m.start >= between && m.end <= q.open && !nameFits(m.name, prev.speaker ?? "")) &&
            !/["“”«»]/.test(text.slice(between, q.open))));
      if (prev && near) who = { name: prev.speaker ?? "", role: prev.role, organisation: prev.organisation };
    }
    // Words quoted from a document inside a sentence ('the parties agreed "to widely cover …"'):
    // lower-case, opened mid-sentence and said by nobody — not speech.
    // So are a few such words whoever said them ('will secure the plant "for the long term"').
    const midSentence = /^\p{Ll}/u.test(content) && /[\p{L},]\s*$/u.test(text.slice(Math.max(0, q.open - 3), q.open));
    // (Not the second half of a split quotation, which ends a sentence: ', "and to show what we can do."')
    if (midSentence && (!(who && who.name) || (wordCount(content) < 8 && !/[.!?…]$/u.test(content.trim())))) continue;
    // Nor words the writer's sentence runs into and out of without a pause ('said it is possible "that
    // this airline carries out transports …," and the ban followed'): part of that sentence.
    const runIn = /^\p{Ll}/u.test(content) && /\p{L}\s*$/u.test(text.slice(Math.max(0, q.open - 3), q.open));
    const endsSentence =
      q.close === null || /[.!?…]$/u.test(content.trim()) || /^\s*[.!?]/u.test(text.slice(q.close + 1, q.close + 4));
    if (runIn && !endsSentence) continue;
    // '"However," the Prime Minister said, "the Government …"': a word or two that open a split
    // quotation are no quotation of their own (a quote is at least a sentence).
    if (wordCount(content) <= 2 && /,$/.test(content.trim())) continue;
    // Nor words that go on the writer's clause with its verb ('…, which "is also a strong signal of …"').
    if (midSentence && /^(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might)\s/u.test(content))
      continue;
    // A few words quoted inside reported speech ('Dahl said that "trade will grow"') are the
    // writer's sentence, not a quotation, whoever said them; a whole clause of the speaker's own
    // ('the company said that "the root cause of the problem is …"') is their words.
    if (
      /^\p{Ll}/u.test(content) &&
      wordCount(content) < 15 &&
      /\b(?:that|as|the|a|an|to|of|its|their|his|her|our)\s*$/iu.test(text.slice(Math.max(0, q.open - 8), q.open))
    )
      continue;
    // Speech nobody is named for, in a release that named someone in the paragraph before it or in
    // its own: the person named last before it speaks (not one its own words name). Not after a
    // label ("Background: “…”"), nor near another quotation, whose speaker the rules above weighed.
    const labelled = /(?:^|\n)[^\n]{0,40}:\s*$/.test(text.slice(Math.max(0, q.open - 42), q.open));
    const nearOther = quotes.some((x) => x.lastParagraph >= q.paragraph - 2);
    // Not when the attribution gave a role that none of the people named holds ("said the President of
    // Chile", the presidents named being other states'): no one rather than the wrong one.
    const roleOnly = !!attribution && !!who && !who.name && !!who.role;
    if (!(who && who.name) && !labelled && !nearOther && !roleOnly) {
      const paraStart = text.lastIndexOf("\n\n", Math.max(0, text.lastIndexOf("\n\n", q.open) - 1));
      // The subject of the sentence before ("Mr Guy also co-signed … with China's Minister, Han
      // Changfu, …") before the person named last in it.
      const subject = pronounReferent(text, q.open, sentenceSpans, resolver, mentions);
      const near =
        subject?.name && !namedIn(content, subject.name)
          ? subject
          : otherPersonBefore(resolver, q.open, (n) => !namedIn(content, n));
      if (near && mentions.some((m) => m.start >= paraStart && m.end <= q.open && nameFits(m.name, near.name)))
        who = near;
    }
    quotes.push({
      speaker: who && who.name ? who.name : null,
      role: who?.role ?? null,
      organisation: who?.organisation ?? null,
      text: finalPunctuation(content),
      range,
      paragraph: q.paragraph,
      lastParagraph: q.lastParagraph,
      afterwards: !!attribution && attribution.at > q.open && q.close !== null,
    });
  }
  // '“… agribusiness.”' / '“The new agreement will …,” says Mr McClay.': a closed quotation no one is
  // named for, right before another whose speaker is named after it, is that speaker's too.
  quotes.forEach((x, i) => {
    const next = quotes[i + 1];
    if (!x.speaker && next?.speaker && next.paragraph === x.lastParagraph + 1 && next.afterwards)
      Object.assign(x, { speaker: next.speaker, role: next.role, organisation: next.organisation });
  });
  return {
    quotes: quotes.map(({ paragraph: _p, lastParagraph: _l, afterwards: _a, ...rest }) => rest),
    titles,
  };
}
