/**
 * The date of a release without a dateline, when the release tells it: "the contract was signed …
 * on 11 March 2019", "On June 9th 2015, A and B concluded a Memorandum". A release that reports a
 * signing dates itself by it; the first full date of such a text is that day when it is written as
 * the day of the signing ("on …", in a sentence that tells of a signing done). Any other first date
 * (a term that runs "to 31 July 2023", "It should be recalled that on …", "since my arrival on …")
 * gives no date: a date nobody wrote as the release's is worse than none.
 */

import { MONTH, WEEKDAY, pad, readDate, readTime } from "./date-forms";
import { sentenceAt, sentences } from "./text-utils";

const DATE_START = new RegExp(
  `(?<![\\p{L}\\d])(?=\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{1,2}(?!\\d)|\\d{4}-\\d{2}-\\d{2}\\b|\\d{1,2}[./]\\d{1,2}[./]\\d{4}\\b)`,
  "gu",
);
const ON_BEFORE = new RegExp(`\\bon\\s+(?:${WEEKDAY},?\\s+)?(?:the\\s+)?$`, "iu");
// ("entered into force on …" dates a document's effect, not its signing.)
const SIGNED = /\b(?:signed|inked|concluded|sealed|exchanged|entered\s+into(?!\s+force))\b/i;
// A sentence that looks back ("It should be recalled that …", "since …", "earlier …") dates an
// earlier event.
const LOOKING_BACK = /\b(?:recall\w*|since|earlier|previously|ago|last\s+year|before)\b/i;

// DATE_START's own copy for matchAll, which starts where an expression's lastIndex stands (signingDate
// moves DATE_START's).
const DATE_STARTS = new RegExp(DATE_START.source, DATE_START.flags);

/** How many dates with their year a sentence writes. */
function fullDates(sentence: string): number {
  let n = 0;
  for (const m of sentence.matchAll(DATE_STARTS)) if (readDate(sentence.slice(m.index, m.index + 40))?.year) n++;
  return n;
}

/** How far into the text the first date may stand (past a stored page's menus, not its archive). */
const MAX_START = 3000;

export function signingDate(text: string): string | null {
  DATE_START.lastIndex = 0;
  for (let m = DATE_START.exec(text); m && m.index < MAX_START; m = DATE_START.exec(text)) {
    const hit = readDate(text.slice(m.index, m.index + 40));
    if (!hit) {
      DATE_START.lastIndex = m.index + 1;
      continue;
    }
    // Only the first full date decides; a date without its year is passed over.
    if (hit.year === null) {
      DATE_START.lastIndex = m.index + hit.end;
      continue;
    }
    const span = sentenceAt(sentences(text, 0, Math.min(text.length, MAX_START + 600)), m.index);
    const sentence = span?.text ?? "";
    // The sentence up to the date, around its last signing word.
    const parts = span ? text.slice(span.start, m.index).split(SIGNED) : [];
    const beforeSigning = parts.at(-2) ?? "";
    const sinceSigning = parts.at(-1) ?? "";
    // "… to commemorate the 60th Anniversary of the signing of the Treaty": the signing dated after
    // that is the one remembered, not the release's day.
    const dated =
      ON_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
      SIGNED.test(sentence) &&
      !LOOKING_BACK.test(sentence) &&
      // "the Agreement … that was signed on 21 December 2005": another document, described.
      !/\b(?:that|which)\s+(?:was|were|had\s+been)\s+$/i.test(beforeSigning) &&
      // "signed a certificate to bring into force the transfer … on 1 July 1975": the day it takes effect.
      !/\binto\s+force\b|\b(?:take|takes|taking)\s+effect\b/i.test(sinceSigning) &&
      !/\banniversar(?:y|ies)\b/i.test(text.slice(0, m.index)) &&
      // "The Commonwealth signed Bilateral Agreements with South Australia on 8 June 2001 and Victoria
      // on 2 October 2001": signings of several days, none of them the release's.
      fullDates(sentence) < 2;
    return dated ? `${hit.year}-${pad(hit.month)}-${pad(hit.day)}` : null;
  }
  return null;
}

// "Done at Washington this 20th day of January, 2021.", "Signed at Tokyo on October 28, 2025": the
// formal close of a document a release carries.
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
const DONE_AT = new RegExp(String.raw`^(?:Done|Signed|Issued)\s+(?:at|in)\s+${PLACE},?\s+(?:on\s+|this\s+)`, "u");
// "CANBERRA 26 February 1970", "Canberra, 18 November 2014", "Mexico City, May 14, 1999.": a place
// before the date, on a line of its own.
const PLACE_BEFORE = new RegExp(String.raw`^${PLACE}(?:,\s*|\s+)(?=\d|\p{Lu}\p{Ll}+\s+\d)`, "u");
// "April 15, 1994" over "CANBERRA": a place alone on the line after the date, or after it on its line.
const PLACE_ONLY = new RegExp(String.raw`^[\s,.–—-]*(?:${PLACE})?\.?$`, "u");

/**
 * The date a release without a dateline closes with (a batch 20 development release ended "Done at
 * Washington this 20th day of January, 2021."): one of its last four lines (or of the last line's
 * last short sentences) is a date, alone or with its place, or a document's "Done at …" clause. Any
 * other line (a sentence that holds a date) gives none.
 */
export function closingDate(text: string): string | null {
  const lines = text
    .trimEnd()
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  // A page scraped onto one line ends "… live in New Zealand. Canberra 9 December 1982": the last
  // line's last short sentences count as lines of their own.
  const tail = (lines.at(-1) ?? "")
    .split(/(?<=[.!?]["”’)]?)\s+(?=[\p{Lu}\d])/u)
    .slice(1)
    .slice(-3)
    .filter((s) => s.length <= 80);
  const last = [...lines.slice(-4), ...tail].reverse();
  for (const line of last) {
    const done = DONE_AT.exec(line);
    const place = PLACE_BEFORE.exec(line);
    // The date opening the line ("April 15, 1994"), or after its place or its "Done at …"; the place
    // may be shorter than its capitals run ("Canberra December 9, 1982").
    const starts = done ? [done[0].length] : place ? [0, ...wordStarts(place[0])] : [0];
    for (const at of starts) {
      const date = lineDate(line.slice(at).replace(/^(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+/i, "$1 "));
      if (date) return date;
    }
  }
  // "Canberra 9 December 1982" closing a statement that attachments follow (a memo, a list of
  // guests; a batch 25 development transcript): a place and a date alone on a line before a blank one.
  for (const m of text.matchAll(/^[ \t]*(\S[^\n]*?)[ \t]*\n[ \t]*\n/gmu)) {
    const place = PLACE_BEFORE.exec(m[1]!);
    for (const at of place ? wordStarts(place[0]) : []) {
      const date = lineDate(m[1]!.slice(at));
      if (date) return date;
    }
  }
  // "7 October 1997" then "Attachment": a statement's date alone on its line, before what it attaches.
  const attached = /^[ \t]*(\S[^\n]*?)[ \t]*\n(?:[ \t]*\n)*[ \t]*Attachments?\b[^\n]{0,20}$/imu.exec(text);
  return attached ? lineDate(attached[1]!) : null;
}

/** Where each word after the first of a place begins, and where the place ends. */
function wordStarts(place: string): number[] {
  return [...[...place.matchAll(/\s+(?=\S)/g)].map((m) => m.index + m[0].length), place.length];
}

/** A date with its year that is all the line holds (with a place after it, at most). */
function lineDate(rest: string): string | null {
  const hit = readDate(rest);
  if (!hit || hit.year === null) return null;
  // "2015-06-17 14:45": a clock time may follow it.
  const after = rest.slice(hit.end);
  const time = readTime(after);
  return PLACE_ONLY.test(time ? after.slice(time.end) : after) ? `${hit.year}-${pad(hit.month)}-${pad(hit.day)}` : null;
}
