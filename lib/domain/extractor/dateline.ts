/**
 * Dateline: place, date, local time and UTC offset from the top of a release.
 *
 * Forms handled (each may start a line, after a letterhead or headline):
 *   "4 July 2024 09:00 (UTC+04:00)"          "June 9, 2023"            "09.06.2023"
 *   "BAKU, July 4 (AZERTAC) -"               "Astana, 12 March 2024 –"  "2023-11-20 10:30 (GMT+4)"
 *   "SAN FRANCISCO, June 9, 2023 /PRNewswire/ --"   "Thursday, 4 July 2024"
 * A date without a year takes the year the text gives elsewhere, else the date stays null.
 */

import type { ExtractedDateline, Range } from "./types";
import { SHORT_LINE, shortLineDate } from "./header-dates";
import { closingDate, signingDate } from "./signing-date";
import { inferYear, yearFor } from "./dateline-year";
import { lines, unshout, type Span } from "./text-utils";
import { WEEKDAY, pad, readDate, readOffset, readTime, unshoutDate, validDay } from "./date-forms";
import {
  NOT_PLACES,
  REGION,
  bracketedDateline,
  placeBracketDateline,
  placeCreditDateline,
  slashCreditDateline,
} from "./credited-datelines";

export { inferYear };

export interface DatelineResult extends ExtractedDateline {
  /** Agency or wire credit written in the dateline: "(Reuters)", "/PRNewswire/". */
  credit: { text: string; range: Range } | null;
  /** Does the dateline fill its own line (so that line is not the start of the body)? */
  ownLine: boolean;
}
// A place before the date: one to four capitalised words ("BAKU", "San Francisco"), optionally
// followed by a region ("WASHINGTON, D.C."), then a comma or dash.
// Real releases also write "Beijing: 19/03/2016.", "Town, Country. January 23, 2020 –" and
// "CLEVELAND, OHIO, UNITED STATES, July 31, 2024": a colon or a full stop ends the place, and the
// region may have two parts. Wires date a joint release from both cities: "BOSTON and ZURICH, June 2, 2021".
const PLACE_RE = new RegExp(
  `^((?:\\p{Lu}[\\p{L}'’.-]*)(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}(?:\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})?)(?:,\\s*(${REGION}(?:,\\s*${REGION})?))?\\s*(?:,|\\s[–—-]|\\/|:(?=\\s)|\\.(?=\\s))\\s*`,
  "u",
);
// Labels and bylines of stored web pages: "Posted on …", "Last updated: …", "By Jane Doe | …", a
// byline without its author ("By: April 15, 2022"), and a date in brackets.
// Also "Released on: …", "Posted by Jane Doe on …", a byline with a comma ("By Jane Doe, March 5,
// 2024"), a page's kind before a bar ("Press Release | 05 March 2024") and a transcript's "FOR PRESS
// 3 MAY 1974" or "FOR PRESS May 6, 1976".
const LABEL_RE =
  /^(?:Posted\s+by\s+[^|\n]{2,60}?\s+on\s+|(?:(?:Last\s+)?(?:Published|Date|Posted|Updated|Issued|Released|Release\s+date|Date\s+published)(?:\s+on)?\s*:?\s*)|By\s+[^|\n]{2,60}?\s+\|\s*|By\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*,\s*(?=\p{Lu}\p{Ll}+\.?\s+\d|\d)|By:\s*(?=[A-Z][a-z]+\.?\s+\d|\d)|(?:Press\s+Release|News|Statement)\s*\|\s*|\(\s*(?=\d)|For\s+(?:the\s+)?(?:Press|Media|(?:Immediate\s+)?Release)\s*:?\s*(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:Mon|Tues?|Wed|Thu|Fri|Sat|Sun)[a-z]*day,?\s))/iu;
const LABEL_LINE =
  /^\s*(?:(?:Last\s+)?(?:Published|Posted|Updated|Issued|Release\s+date|Date\s+published|Date)(?:\s+on)?)\s*:?\s*$/i;
const PLACE_IN_BRACKET = /^\s*\((\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}),\s*([^()\n]{2,40})\)\s*(?=[–—-])/u;

function readCredit(s: string): { start: number; end: number; text: string } | null {
  const paren = /^\s*\(([\p{L}][\p{L}\p{N} .&'’-]{1,40})\)/u.exec(s);
  if (paren && paren[1]) {
    const start = paren[0].indexOf(paren[1]);
    return { start, end: start + paren[1].length, text: paren[1].trim() };
  }
  const slash = /^\s*\/\s*([\p{L}][\p{L}\p{N} .&'’-]{1,40}?)\s*\//u.exec(s);
  if (slash && slash[1]) {
    const start = slash[0].indexOf(slash[1]);
    return { start, end: start + slash[1].length, text: slash[1].trim() };
  }
  return null;
}

export interface LineHit extends DatelineResult {
  yearMissing: boolean;
  month: number;
  day: number;
  /** A dash or a wire credit follows the date: "NEW YORK, May 3, 2010 -". */
  marked: boolean;
}

function parseAt(line: Span): LineHit | null {
  let pos = line.start;
  let s = line.text;
  const label = LABEL_RE.exec(s);
  if (label) {
    pos += label[0].length;
    s = s.slice(label[0].length);
  }
  const weekday = new RegExp(`^${WEEKDAY},?\\s+`, "u").exec(s);
  let place: string | null = null;
  let bracket: RegExpExecArray | null = null;
  const start = pos;
  let date = readDate(s);
  if (!date && weekday) {
    date = readDate(s.slice(weekday[0].length));
    if (date) date = { ...date, end: date.end + weekday[0].length };
  }
  if (!date) {
    // "In Accra, Monday, May 9, 2016 –": the place may be introduced by "In".
    const inPlace = /^In\s+(?=\p{Lu})/u.exec(s);
    if (inPlace) {
      pos += inPlace[0].length;
      s = s.slice(inPlace[0].length);
    }
    const p = PLACE_RE.exec(s);
    if (!p || !p[1]) return null;
    const words = p[1].split(/\s+/);
    if (words.some((w) => NOT_PLACES.test(w.replace(/[,.]$/, "")))) return null;
    let rest = s.slice(p[0].length);
    let skip = p[0].length;
    // "LAHORE: (Thursday, April 08, 2021):": the date in brackets after the place.
    bracket = /^\(\s*/.exec(rest);
    if (bracket) {
      rest = rest.slice(bracket[0].length);
      skip += bracket[0].length;
    }
    const wd = new RegExp(`^${WEEKDAY},?\\s+`, "u").exec(rest);
    if (wd) {
      rest = rest.slice(wd[0].length);
      skip += wd[0].length;
    }
    const d = readDate(rest);
    if (!d) return null;
    date = { ...d, end: d.end + skip };
    place = unshout(p[2] ? `${p[1]}, ${p[2]}` : p[1]);
  }
  let end = date.end;
  let time: string | null = null;
  let utcOffset: string | null = null;
  const t = readTime(s.slice(end));
  if (t) {
    time = t.time;
    end += t.end;
  }
  const o = readOffset(s.slice(end));
  if (o) {
    utcOffset = o.offset;
    end += o.end;
  }
  // "Baku time", "local time" after the clock add nothing to the offset but belong to the line.
  const afterDate = s.slice(end);
  const cr = readCredit(afterDate);
  let credit = cr ? { text: cr.text, range: [pos + end + cr.start, pos + end + cr.end] as Range } : null;
  // "Wednesday, September 5, 2007 (Addis Ababa, U.S. Embassy) –": the place and the credit in a
  // bracket after the date.
  const placed = place === null && !cr ? PLACE_IN_BRACKET.exec(afterDate) : null;
  if (placed && placed[1] && placed[2] && !NOT_PLACES.test(placed[1])) {
    place = placed[1];
    const at = placed[0].indexOf(placed[2], placed[1].length);
    credit = { text: placed[2].trim(), range: [pos + end + at, pos + end + at + placed[2].trim().length] };
  }
  const tail = afterDate.slice(placed ? placed[0].length : cr ? cr.end + 1 : 0).replace(/^[\s)/–—:-]+/, "");
  const range: Range = [start, pos + end];
  return {
    place,
    date: date.year !== null ? `${date.year}-${pad(date.month)}-${pad(date.day)}` : null,
    time,
    utcOffset,
    range,
    credit,
    ownLine: tail.length < 3,
    marked: credit !== null || /^\s*(?:[–—-]|\/)/.test(afterDate) || (bracket !== null && /^\s*\)/.test(afterDate)),
    yearMissing: date.year === null,
    month: date.month,
    day: date.day,
  };
}

/**
 * A wire dateline glued to the sentence before it on the same line, as pasted pages give it:
 * "… in Pakistan.CLEVELAND, OHIO, July 31, 2024 /EINPresswire.com/ --". Only a dateline with a
 * wire or agency credit is taken from inside a line.
 */
function gluedWireDateline(line: Span): LineHit | null {
  const re = /[.!?]\s*(?=\p{Lu})/gu;
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
    const at = m.index + m[0].length;
    const hit = parseAt({ start: line.start + at, end: line.end, text: line.text.slice(at) });
    if (hit && hit.credit) return hit;
  }
  return null;
}

const EMPTY: DatelineResult = {
  place: null,
  date: null,
  time: null,
  utcOffset: null,
  range: null,
  credit: null,
  ownLine: false,
};

/** How many lines from the top may hold the dateline (letterhead, label, headline come first). */
const HEADER_LINES = 6;

/**
 * Further down, under a page's letterhead, contact block or menu (a stored web page or a filing can
 * put a dozen short lines first), only a dateline that cannot be a sentence is taken: a place and a
 * date followed by a dash or a wire credit.
 */
const DEEP_LINES = 40;
const DEEP_CHARS = 3000;

function deepDateline(line: Span, maxStart = DEEP_CHARS): LineHit | null {
  if (line.start > maxStart) return null;
  const hit =
    parseAt(line) ??
    gluedWireDateline(line) ??
    bracketedDateline(line) ??
    slashCreditDateline(line) ??
    placeBracketDateline(line);
  return hit && hit.place !== null && hit.marked ? hit : null;
}

/**
 * A wire credit between slashes ("/PRNewswire/ --") marks a dateline nothing else looks like, so it is
 * taken however far down a stored page's menus push it.
 */
const WIRE_LINES = 160;
const WIRE_CHARS = 12_000;

function wireDateline(text: string, line: Span): LineHit | null {
  if (line.start > WIRE_CHARS) return null;
  const hit = deepDateline(line, WIRE_CHARS);
  return hit?.credit && text[hit.credit.range[0] - 1] === "/" ? hit : null;
}

/**
 * The first dateline of the text. A date at the top without a place may be the
 * page's own date, printed above every article: a place-and-date dateline further down, marked by a
 * dash or an agency credit, is the release's own and wins.
 */
// A headline longer than a short line ("SPEECH BY THE PRIME MINISTER ON THE OCCASION OF THE SIGNING OF
// … ON AID, PORT MORESBY, 16 SEPTEMBER 1985"): one line, no sentence in it.
const longHeadline = (l: Span, k: number) => k === 0 && l.text.length <= 250 && !/[.!?]\s+\p{Lu}/u.test(l.text);

function findDateline(text: string): LineHit | null {
  const all = lines(text)
    .slice(0, WIRE_LINES)
    .map((l) => ({ ...l, text: unshoutDate(l.text) }));
  let found: LineHit | null = null;
  let foundInLine = false;
  let fromHeadline = false;
  for (const [i, line] of all.entries()) {
    // A page's label on a line of its own, the date on the next ("Published" / "14 March 2024").
    const next = all[i + 1];
    if (!found && i < DEEP_LINES && next && LABEL_LINE.test(line.text)) {
      const hit = parseAt(next);
      if (hit && hit.place === null && hit.ownLine) found = hit;
    }
    const header = (l: Span) =>
      parseAt(l) ??
      gluedWireDateline(l) ??
      bracketedDateline(l) ??
      slashCreditDateline(l) ??
      placeBracketDateline(l) ??
      placeCreditDateline(l);
    if (found) {
      if (i >= DEEP_LINES) break;
      // A date read inside a headline ("… MEETING HELD ON 15 APRIL 2025") yields to a dateline
      // form on a later header line ("16/04/2025").
      // A long headline's date yields to the same date on a short line of the header below it
      // (the page's own dateline, "Port Moresby 16 September 1985").
      const form =
        foundInLine && i < HEADER_LINES ? (header(line) ?? (fromHeadline ? shortLineDate(line) : null)) : null;
      if (form) {
        if (form.place !== null) return form;
        found = form;
        foundInLine = false;
        fromHeadline = false;
        continue;
      }
      const later = deepDateline(line);
      if (later) return later;
      // The date on a line of its own, then "LAKEPORT, Calif.--(BUSINESS WIRE)--": one dateline.
      const wire = placeCreditDateline(line);
      if (wire) return { ...found, place: wire.place, credit: wire.credit };
      continue;
    }
    const form = i < HEADER_LINES ? header(line) : null;
    const inLine =
      i < HEADER_LINES &&
      !form &&
      all.slice(0, i).every((l, k) => l.text.trim().length <= SHORT_LINE || longHeadline(l, k))
        ? shortLineDate(line)
        : null;
    const hit = i < HEADER_LINES ? (form ?? inLine) : i < DEEP_LINES ? deepDateline(line) : wireDateline(text, line);
    if (!hit) continue;
    if (hit.place !== null) return hit;
    found = hit;
    foundInLine = inLine !== null && !inLine.ownLine;
    fromHeadline = foundInLine && line.text.length > SHORT_LINE;
  }
  return found;
}

/**
 * Where the body starts after a dateline on the body's first line: past the date, its wire or agency
 * credit and the marks between ("BOSTON, March 3, 2025 /PRNewswire/ -- Northwind …"); null when the
 * dateline fills its own line or there is none.
 */
export function bodyAfterDateline(text: string, dateline: DatelineResult): number | null {
  if (!dateline.range) return null;
  // A wire's credit on the line after a date of its own line opens the body's line.
  const creditEnd = dateline.credit?.range[1] ?? 0;
  if (dateline.ownLine && creditEnd <= dateline.range[1]) return null;
  const from = Math.max(dateline.range[1], creditEnd);
  return from + (/^[\s/)\]–—:-]*/.exec(text.slice(from, from + 20))?.[0].length ?? 0);
}

export function extractDateline(text: string): DatelineResult {
  const hit = findDateline(text);
  // No dateline: the date it closes with, else the day of the signing it reports, when it writes one.
  if (!hit) return { ...EMPTY, date: closingDate(text) ?? signingDate(text) };
  let date = hit.date;
  if (hit.yearMissing) {
    const year = yearFor(text, hit);
    date = year !== null && validDay(year, hit.month, hit.day) ? `${year}-${pad(hit.month)}-${pad(hit.day)}` : null;
  }
  return {
    place: hit.place,
    date,
    time: hit.time,
    utcOffset: hit.utcOffset,
    range: hit.range,
    credit: hit.credit,
    ownLine: hit.ownLine,
  };
}
