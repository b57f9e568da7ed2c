/**
 * Datelines whose place and date are set off by a credit or a bracket rather than a comma: an
 * agency's credit and the date in one bracket, the date in brackets after its place, ACCESSWIRE's
 * slashes, and a wire's credit with no date at all. Read by the dateline finder (dateline.ts).
 */

import type { LineHit } from "./dateline";
import { MONTH, WEEKDAY, pad, readDate, readOffset, readTime } from "./date-forms";
import { unshout, type Span } from "./text-utils";

/** A region after a place ("WASHINGTON, D.C.", "Calif.", "Ukraine"), not a month or a weekday. */
export const REGION = `(?!(?:${MONTH}|${WEEKDAY})(?![\\p{L}]))(?:\\p{Lu}[\\p{L}.]*)(?:\\s+\\p{Lu}[\\p{L}.]*)?`;
/** Words that open a dateline's first line but are no place. */
export const NOT_PLACES = new RegExp(`^(?:${WEEKDAY}|${MONTH}|On|In|At|The|Today|For|As|By)$`, "iu");

/**
 * The agency's credit and the date in one bracket after the place, as news sites write it:
 * "Islamabad (UrduPoint / Pakistan Point News - 4th October, 2019) The …".
 */
export function bracketedDateline(line: Span): LineHit | null {
  const m = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*\(([^()]{2,80}?)\s*[–—-]\s*/u.exec(line.text);
  if (!m || !m[1] || !m[2] || NOT_PLACES.test(m[1])) return null;
  const rest = line.text.slice(m[0].length);
  const date = readDate(rest);
  if (!date || !/^\s*\)/.test(rest.slice(date.end))) return null;
  return creditedHit(line, m[1], m[0].length, date, m[2], line.start + m[0].indexOf(m[2]));
}

const PLACE_THEN_BRACKET = new RegExp(
  `^(\\(\\s*)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})(?:\\s*\\(\\s*|,\\s*)(?:${WEEKDAY},?\\s+)?`,
  "u",
);

/** "LAKEPORT (March 5, 2024) –", "(Lakeport, March 5, 2024)": the date in brackets with its place. */
export function placeBracketDateline(line: Span): LineHit | null {
  const m = PLACE_THEN_BRACKET.exec(line.text);
  // Either the whole dateline or only the date is in brackets, never neither.
  if (!m || !m[2] || NOT_PLACES.test(m[2]) || !!m[1] === m[0].trimEnd().endsWith("(")) return null;
  const rest = line.text.slice(m[0].length);
  const date = readDate(rest);
  if (!date) return null;
  // "(Kyiv, 2022-02-02 14:45)": a clock time, and its offset, may follow the date in the bracket.
  let end = date.end;
  const time = readTime(rest.slice(end));
  if (time) end += time.end;
  const offset = time ? readOffset(rest.slice(end)) : null;
  if (offset) end += offset.end;
  const close = /^\s*\)/.exec(rest.slice(end));
  if (!close) return null;
  return {
    place: unshout(m[2]),
    date: date.year !== null ? `${date.year}-${pad(date.month)}-${pad(date.day)}` : null,
    time: time?.time ?? null,
    utcOffset: offset?.offset ?? null,
    range: [line.start, line.start + m[0].length + end + close[0].length],
    credit: null,
    ownLine: false,
    marked: true,
    yearMissing: date.year === null,
    month: date.month,
    day: date.day,
  };
}

/** A dateline whose credit stands between the place and the date, in brackets or between slashes. */
function creditedHit(
  line: Span,
  place: string,
  dateAt: number,
  date: NonNullable<ReturnType<typeof readDate>>,
  credit: string,
  creditStart: number,
): LineHit {
  return {
    place: unshout(place),
    date: date.year !== null ? `${date.year}-${pad(date.month)}-${pad(date.day)}` : null,
    time: null,
    utcOffset: null,
    range: [line.start, line.start + dateAt + date.end],
    credit: { text: credit.trim(), range: [creditStart, creditStart + credit.trim().length] },
    ownLine: false,
    marked: true,
    yearMissing: date.year === null,
    month: date.month,
    day: date.day,
  };
}

/**
 * The credit between the place and the date, each set off by slashes, as ACCESSWIRE writes it:
 * "LONDON, UK AND VANCOUVER, BC / ACCESSWIRE / July 29, 2024 / Mkango …". The place is the first city.
 */
export function slashCreditDateline(line: Span): LineHit | null {
  const m = /^(\p{Lu}[^/\n]{1,80}?)\s+\/\s*(\p{L}[\p{L}\p{N} .&'’-]{1,40}?)\s*\/\s*/u.exec(line.text);
  if (!m || !m[1] || !m[2]) return null;
  const rest = line.text.slice(m[0].length);
  const date = readDate(rest);
  if (!date || !/^\s*\//.test(rest.slice(date.end))) return null;
  const first = m[1].split(/\s+(?:and|&)\s+/i)[0]!.trim();
  if (NOT_PLACES.test(first)) return null;
  return creditedHit(line, first, m[0].length, date, m[2], line.start + m[0].indexOf(m[2], m[1].length));
}

// A place and a wire's or agency's credit with no date: "LAKEPORT, Calif.--(BUSINESS WIRE)--Tarn …"
// (the wire prints the date on a line above), "KYIV, Ukraine (AP) — …". Only in a wire's own shape:
// the place's words in capitals, the credit in capitals or an agency's name, a dash after it.
const PLACE_CREDIT = new RegExp(
  `^(?<place>\\p{Lu}{2,}[\\p{Lu}'’.-]*(?:\\s+\\p{Lu}{2,}[\\p{Lu}'’.-]*){0,3})(?:,\\s*(?<region>${REGION}(?:,\\s*${REGION})?))?\\s*(?:--|[–—-])?\\s*\\((?<credit>\\p{Lu}[\\p{Lu} .&'’-]{0,30}|Reuters|Xinhua|Bloomberg|Kyodo|Yonhap|Bernama|Anadolu|Interfax|Sputnik)\\)\\s*(?:--|[–—-])\\s*(?=["“\\p{Lu}])`,
  "u",
);

export function placeCreditDateline(line: Span): LineHit | null {
  const { place, region, credit } = PLACE_CREDIT.exec(line.text)?.groups ?? {};
  if (!place || !credit || NOT_PLACES.test(place)) return null;
  const at = line.start + line.text.indexOf(`(${credit})`) + 1;
  return {
    place: unshout(region ? `${place}, ${region}` : place),
    date: null,
    time: null,
    utcOffset: null,
    range: [line.start, line.start + line.text.slice(0, at - 1 - line.start).trimEnd().length],
    credit: { text: credit.trim(), range: [at, at + credit.trim().length] },
    ownLine: false,
    marked: true,
    yearMissing: false,
    month: 0,
    day: 0,
  };
}
