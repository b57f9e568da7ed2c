/**
 * The year of a date written without one: the same day and month written with a year elsewhere in
 * the text, else the year the text gives, leaving out years of earlier events and terms.
 */

import type { Range } from "./types";
import { MONTH, MONTHS } from "./date-forms";

/**
 * The year of a dateline written without one ("July 5 (IBNS)"): the same day and month written with
 * a year elsewhere in the text ("Jul 05, 2016"), else the year the text gives (inferYear).
 */
export function yearFor(text: string, hit: { month: number; day: number; range: Range | null }): number | null {
  const names = Object.keys(MONTHS).filter((k) => MONTHS[k] === hit.month);
  const month = `(?:${names.join("|")})\\.?`;
  const day = `0?${hit.day}(?:st|nd|rd|th)?`;
  const same = new RegExp(
    `(?<![\\d\\p{L}])(?:${day}\\s+(?:of\\s+)?${month},?\\s+|${month}\\s+${day},?\\s+)((?:19|20)\\d{2})(?!\\d)`,
    "giu",
  );
  for (let m = same.exec(text); m; m = same.exec(text)) {
    if (hit.range && m.index >= hit.range[0] && m.index < hit.range[1]) continue;
    return +m[1]!;
  }
  return inferYear(text, hit.range);
}

/**
 * The year the text gives elsewhere, for a dateline without one: a year written with a month
 * ("October 2025", "4 July 2024") wins; otherwise the most frequent standalone year, the first
 * one on a tie. Years inside ranges ("2024-2027") are not counted: they name periods, not dates;
 * nor are years of earlier events and terms ("an MoU signed in 2015", "first signed in 2003",
 * "notes due 2010", "since 2015", "a licence issued in July 2000", a sentence opening "In 1991,"),
 * which in real releases are never the release's year.
 */
export function inferYear(text: string, exclude: Range | null): number | null {
  const withMonth = new RegExp(`${MONTH}\\s+(?:\\d{1,2},?\\s+)?((?:19|20)\\d{2})(?!\\d)`, "gu");
  for (let m = withMonth.exec(text); m; m = withMonth.exec(text)) {
    if (exclude && m.index >= exclude[0] && m.index < exclude[1]) continue;
    if (EARLIER_YEAR.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
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
  /(?:\b(?:due|since|until|till|through|by|from|before|established|founded)\s+(?:\p{L}+\s+)?|\b(?:signed|concluded|adopted|reached|established|founded|launched|started|began|issued|granted|awarded|opened|introduced)\b[^.;]{0,60}\bin\s+(?:\p{L}+\s+)?|(?:^|[.!?]\s+|\n\s*)In\s+)$/iu;
