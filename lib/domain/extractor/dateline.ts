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
import { lines, unshout, type Span } from "./text-utils";

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

// Common zone abbreviations seen in release datelines; ambiguous ones (CST, IST) are left out.
const ZONES: Record<string, string> = {
  UTC: "+00:00",
  GMT: "+00:00",
  BST: "+01:00",
  CET: "+01:00",
  CEST: "+02:00",
  EET: "+02:00",
  EEST: "+03:00",
  MSK: "+03:00",
  AZT: "+04:00",
  GST: "+04:00",
  EST: "-05:00",
  EDT: "-04:00",
  CDT: "-05:00",
  MST: "-07:00",
  MDT: "-06:00",
  PST: "-08:00",
  PDT: "-07:00",
  JST: "+09:00",
  KST: "+09:00",
};

export interface DatelineResult extends ExtractedDateline {
  /** Agency or wire credit written in the dateline: "(Reuters)", "/PRNewswire/". */
  credit: { text: string; range: Range } | null;
  /** Does the dateline fill its own line (so that line is not the start of the body)? */
  ownLine: boolean;
}

interface DateHit {
  end: number;
  year: number | null;
  month: number;
  day: number;
}

function validDay(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [
    31,
    y !== null && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= (days[m - 1] ?? 31);
}

const DATE_FORMS: { re: RegExp; read: (m: RegExpExecArray) => Omit<DateHit, "end"> | null }[] = [
  // 2023-11-20
  { re: /^(\d{4})-(\d{2})-(\d{2})(?!\d)/, read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  // 2023/11/20, 2023.11.20
  { re: /^(\d{4})([./])(\d{2})\2(\d{2})(?!\d)/, read: (m) => ({ year: +m[1]!, month: +m[3]!, day: +m[4]! }) },
  // 09.06.2023, 09/06/2023 (day first, the European order, unless the numbers say otherwise)
  {
    re: /^(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)/,
    read: (m) => {
      let d = +m[1]!;
      let mo = +m[3]!;
      if (m[2] === "/" && mo > 12 && d <= 12) [d, mo] = [mo, d];
      return { year: +m[4]!, month: mo, day: d };
    },
  },
  // 4 July 2024, 4 July
  {
    re: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?(?![\\d\\p{L}])`, "u"),
    read: (m) => ({ year: m[3] ? +m[3] : null, month: MONTHS[m[2]!.toLowerCase()] ?? 0, day: +m[1]! }),
  },
  // June 9, 2023, June 9 2023, July 4
  {
    re: new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d\\p{L}])`, "u"),
    read: (m) => ({ year: m[3] ? +m[3] : null, month: MONTHS[m[1]!.toLowerCase()] ?? 0, day: +m[2]! }),
  },
];

function readDate(s: string): DateHit | null {
  for (const f of DATE_FORMS) {
    const m = f.re.exec(s);
    if (!m) continue;
    const v = f.read(m);
    if (v && validDay(v.year, v.month, v.day)) return { ...v, end: m[0].length };
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, "0");

function readTime(s: string): { end: number; time: string } | null {
  const m = /^(?:,\s*|\s+|\s*[|–—-]\s*)(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?(?:\s*([ap])\.?\s?m\.?(?![\p{L}]))?/iu.exec(
    s,
  );
  if (!m) return null;
  let h = +m[1]!;
  const min = m[2] ? +m[2] : 0;
  if (!m[2] && !m[3]) return null; // a bare number is not a time
  if (m[3]) {
    const pm = m[3].toLowerCase() === "p";
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
  }
  if (h > 23 || min > 59) return null;
  return { end: m[0].length, time: `${pad(h)}:${pad(min)}` };
}

function readOffset(s: string): { end: number; offset: string } | null {
  const num = /^\s*\(?\s*(?:UTC|GMT)\s*([+−-])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?/.exec(s);
  if (num) {
    const sign = num[1] === "+" ? "+" : "-";
    const h = +num[2]!;
    const m = num[3] ? +num[3] : 0;
    if (h > 14 || m > 59) return null;
    return { end: num[0].length, offset: `${sign}${pad(h)}:${pad(m)}` };
  }
  const zone = /^\s*\(?\s*([A-Z]{3,4})\s*\)?(?![\p{L}])/u.exec(s);
  if (zone && zone[1] && ZONES[zone[1]]) return { end: zone[0].length, offset: ZONES[zone[1]]! };
  return null;
}

// A place before the date: one to four capitalised words ("BAKU", "San Francisco"), optionally
// followed by a region ("WASHINGTON, D.C."), then a comma or dash.
// Real releases also write "Beijing: 19/03/2016.", "Town, Country. January 23, 2020 –" and
// "CLEVELAND, OHIO, UNITED STATES, July 31, 2024": a colon or a full stop ends the place, and the
// region may have two parts.
const REGION = `(?!(?:${MONTH}|${WEEKDAY})(?![\\p{L}]))(?:\\p{Lu}[\\p{L}.]*)(?:\\s+\\p{Lu}[\\p{L}.]*)?`;
const PLACE_RE = new RegExp(
  `^((?:\\p{Lu}[\\p{L}'’.-]*)(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})(?:,\\s*(${REGION}(?:,\\s*${REGION})?))?\\s*(?:,|\\s[–—-]|\\/|:(?=\\s)|\\.(?=\\s))\\s*`,
  "u",
);
// Labels and bylines of stored web pages: "Posted on …", "Last updated: …", "By Jane Doe | …", and a
// date in brackets.
const LABEL_RE =
  /^(?:(?:(?:Last\s+)?(?:Published|Date|Posted|Updated|Issued|Release\s+date|Date\s+published)(?:\s+on)?\s*:?\s*)|By\s+[^|\n]{2,60}?\s+\|\s*|\(\s*(?=\d))/i;
const NOT_PLACES = new RegExp(`^(?:${WEEKDAY}|${MONTH}|On|In|At|The|Today|For|As|By)$`, "iu");

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

interface LineHit extends DatelineResult {
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
  const start = pos;
  let date = readDate(s);
  if (!date && weekday) {
    date = readDate(s.slice(weekday[0].length));
    if (date) date = { ...date, end: date.end + weekday[0].length };
  }
  if (!date) {
    const p = PLACE_RE.exec(s);
    if (!p || !p[1]) return null;
    const words = p[1].split(/\s+/);
    if (words.some((w) => NOT_PLACES.test(w.replace(/[,.]$/, "")))) return null;
    let rest = s.slice(p[0].length);
    let skip = p[0].length;
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
  const credit = cr ? { text: cr.text, range: [pos + end + cr.start, pos + end + cr.end] as Range } : null;
  const tail = afterDate.slice(cr ? cr.end + 1 : 0).replace(/^[\s)/–—:-]+/, "");
  const range: Range = [start, pos + end];
  return {
    place,
    date: date.year !== null ? `${date.year}-${pad(date.month)}-${pad(date.day)}` : null,
    time,
    utcOffset,
    range,
    credit,
    ownLine: tail.length < 3,
    marked: credit !== null || /^\s*(?:[–—-]|\/)/.test(afterDate),
    yearMissing: date.year === null,
    month: date.month,
    day: date.day,
  };
}

/**
 * The year the text gives elsewhere, for a dateline without one: a year written with a month
 * ("October 2025", "4 July 2024") wins; otherwise the most frequent standalone year, the first
 * one on a tie. Years inside ranges ("2024-2027") are not counted: they name periods, not dates;
 * nor are years of earlier events and terms ("an MoU signed in 2015", "first signed in 2003",
 * "notes due 2010", "since 2015"), which in real releases are never the release's year.
 */
export function inferYear(text: string, exclude: Range | null): number | null {
  const withMonth = new RegExp(`${MONTH}\\s+(?:\\d{1,2},?\\s+)?((?:19|20)\\d{2})(?!\\d)`, "gu");
  for (let m = withMonth.exec(text); m; m = withMonth.exec(text)) {
    if (exclude && m.index >= exclude[0] && m.index < exclude[1]) continue;
    return +m[2]!;
  }
  const counts = new Map<number, number>();
  const order: number[] = [];
  const bare = /(?<![\d.\/-])((?:19|20)\d{2})(?![\d.\/-]\d|\d)/g;
  for (let m = bare.exec(text); m; m = bare.exec(text)) {
    if (exclude && m.index >= exclude[0] && m.index < exclude[1]) continue;
    if (EARLIER_YEAR.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    const y = +m[1]!;
    if (!counts.has(y)) order.push(y);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const y of order) if (best === null || (counts.get(y) ?? 0) > (counts.get(best) ?? 0)) best = y;
  return best;
}

/** Before a year: it dates an earlier event or a term, not the release. */
const EARLIER_YEAR =
  /(?:\b(?:due|since|until|till|through|by|from|before|established|founded)\s+(?:\p{L}+\s+)?|\b(?:signed|concluded|adopted|reached|established|founded|launched|started|began)\b[^.;]{0,60}\bin\s+(?:\p{L}+\s+)?)$/iu;

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

/**
 * The agency's credit and the date in one bracket after the place, as news sites write it:
 * "Islamabad (UrduPoint / Pakistan Point News - 4th October, 2019) The …".
 */
function bracketedDateline(line: Span): LineHit | null {
  const m = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*\(([^()]{2,80}?)\s*[–—-]\s*/u.exec(line.text);
  if (!m || !m[1] || !m[2] || NOT_PLACES.test(m[1])) return null;
  const rest = line.text.slice(m[0].length);
  const date = readDate(rest);
  if (!date || !/^\s*\)/.test(rest.slice(date.end))) return null;
  const creditStart = line.start + m[0].indexOf(m[2]);
  return {
    place: unshout(m[1]),
    date: date.year !== null ? `${date.year}-${pad(date.month)}-${pad(date.day)}` : null,
    time: null,
    utcOffset: null,
    range: [line.start, line.start + m[0].length + date.end],
    credit: { text: m[2].trim(), range: [creditStart, creditStart + m[2].trim().length] },
    ownLine: false,
    marked: true,
    yearMissing: date.year === null,
    month: date.month,
    day: date.day,
  };
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

function deepDateline(line: Span): LineHit | null {
  if (line.start > DEEP_CHARS) return null;
  const hit = parseAt(line) ?? gluedWireDateline(line) ?? bracketedDateline(line);
  return hit && hit.place !== null && hit.marked ? hit : null;
}

export function extractDateline(text: string): DatelineResult {
  const all = lines(text).slice(0, DEEP_LINES);
  for (const [i, line] of all.entries()) {
    const hit =
      i < HEADER_LINES ? (parseAt(line) ?? gluedWireDateline(line) ?? bracketedDateline(line)) : deepDateline(line);
    if (!hit) continue;
    let date = hit.date;
    if (hit.yearMissing) {
      const year = inferYear(text, hit.range);
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
  return EMPTY;
}
