/**
 * A full date inside a short line at the top of a page, where no dateline form matched: after a
 * time, a bullet or a label, with an abbreviated weekday, or ending a headline (dateline.ts).
 */

import { MONTH, WEEKDAY, pad, readDate } from "./date-forms";
import type { LineHit } from "./dateline";
import { TITLE_SMALL_WORDS } from "./prepared-text";
import type { Span } from "./text-utils";

// A weekday before the date, abbreviated as page headers write it ("Thu, 5 March 2020").
const WEEKDAY_AT = new RegExp(`^(?:${WEEKDAY}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?),?\\s+`, "u");

/** A short header line may carry the date anywhere in it, after a time, a bullet or a bracket. */
export const SHORT_LINE = 100;
const PLAIN_YEARS = [1945, 2040];
// The words a shouted line keeps in lower case once its date is read (unshoutDate): month, weekday, ordinal.
const DATE_WORDS = new RegExp(String.raw`\b${MONTH}|(?<=\d)(?:st|nd|rd|th)\b|\b${WEEKDAY}`, "gu");

/**
 * A full date inside a short line near the top: "Baku • 5 March 2020", "15:56, 05 March 2020",
 * "Updated 10:30 AM ET, Thu March 5, 2020", "Source: Ministry of Water Date: 2020-03-05", a headline
 * ending in its date. Only a date with its year, and only where no dateline form matched the line;
 * it has no place, so a place-and-date dateline further down still wins (findDateline). Only above
 * the first paragraph: below it, dates are a page's list of other articles.
 */
export function shortLineDate(line: Span): LineHit | null {
  // A scan's stray letter glued to the year at the line's end ("29 March 1973J") is no part of it.
  const text = line.text
    .trimEnd()
    .replace(/(\b(?:19|20)\d{2})\p{Lu}$/u, "$1 ")
    .trimEnd();
  // A sentence ("The agreement runs to 31 July 2027.") is no header line; a headline has no full stop.
  const sentence = /[.!?]["”’)]?$/u.test(text) && (text.match(/(?:^|\s)\p{Ll}/gu)?.length ?? 0) > 3;
  if (sentence) return null;
  // "… Prime Minister Minister for Trade Media release 25 October 2009": a long header line whose
  // label dates it at its end.
  const labelled = /\b(?:media|press)\s+(?:release|statement)\s+(?=\d|\p{Lu})/iu.exec(text);
  // "SPEECH BY THE PRIME MINISTER … RABBIE NAMALIU CANBERRA, 2 SEPTEMBER 1991": a long headline in
  // capitals (an old transcript's), read in title case (prepared-text.ts), ended by its date.
  const shouted =
    text.length > SHORT_LINE &&
    text.length <= 250 &&
    text
      .replace(DATE_WORDS, "")
      .split(/\s+/)
      .every((w) => !/^\p{Ll}/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()));
  if (text.length > SHORT_LINE && !(labelled && text.length - labelled.index < 60) && !shouted) return null;
  const starts = /(?:^|[^\p{L}\p{N}])(?=\p{N}|\p{Lu})/gu;
  if (text.length > SHORT_LINE && labelled) starts.lastIndex = labelled.index + labelled[0].length - 1;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const at = m.index + m[0].length;
    const rest = text.slice(at);
    const wd = WEEKDAY_AT.exec(rest);
    const skip = wd ? wd[0].length : 0;
    const date = readDate(rest.slice(skip));
    if (!date || date.year === null || date.year < PLAIN_YEARS[0]! || date.year > PLAIN_YEARS[1]!) {
      if (m[0].length === 0) starts.lastIndex++;
      continue;
    }
    const end = at + skip + date.end;
    // Only a long shouted headline's last words are its date.
    if (shouted && !labelled && text.slice(end).trim().length > 2) {
      if (m[0].length === 0) starts.lastIndex++;
      continue;
    }
    return {
      place: null,
      date: `${date.year}-${pad(date.month)}-${pad(date.day)}`,
      time: null,
      utcOffset: null,
      range: [line.start + at, line.start + end],
      credit: null,
      ownLine: text.slice(end).replace(/^[\s)\].,;:|•·–—-]+/, "").length < 3 && at < 3,
      marked: false,
      yearMissing: false,
      month: date.month,
      day: date.day,
    };
  }
  return null;
}
