/**
 * Dates, clock times and UTC offsets as releases write them, read at the start of a string: the
 * pieces the dateline (dateline.ts) is made of.
 */

export const MONTHS: Record<string, number> = {
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
export const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
export const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

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

export interface DateHit {
  end: number;
  year: number | null;
  month: number;
  day: number;
}

export function validDay(y: number | null, m: number, d: number): boolean {
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
  // 09.06.2023, 09/06/2023, 09-06-2023 (day first, the European order, unless the numbers say
  // otherwise)
  {
    re: /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/,
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
  // 17 january 2024: a month in lower case only with the day before it and a year after it, where
  // it cannot be a word of a sentence ("may")
  {
    re: /^(\d{1,2})\s+(january|february|march|april|june|july|august|september|october|november|december),?\s+(\d{4})(?!\d)/u,
    read: (m) => ({ year: +m[3]!, month: MONTHS[m[2]!] ?? 0, day: +m[1]! }),
  },
  // May 14/2020, as an agency writes it ("Addis Ababa, May 14/2020(ENA)")
  {
    re: new RegExp(`^${MONTH}\\s+(\\d{1,2})\\s*\\/\\s*(\\d{4})(?!\\d)`, "u"),
    read: (m) => ({ year: +m[3]!, month: MONTHS[m[1]!.toLowerCase()] ?? 0, day: +m[2]! }),
  },
  // June 9, 2023, June 9 2023, July 4
  {
    re: new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d\\p{L}])`, "u"),
    read: (m) => ({ year: m[3] ? +m[3] : null, month: MONTHS[m[1]!.toLowerCase()] ?? 0, day: +m[2]! }),
  },
];

export function readDate(s: string): DateHit | null {
  for (const f of DATE_FORMS) {
    const m = f.re.exec(s);
    if (!m) continue;
    const v = f.read(m);
    if (v && validDay(v.year, v.month, v.day)) return { ...v, end: m[0].length };
  }
  return null;
}

export const pad = (n: number) => String(n).padStart(2, "0");

export function readTime(s: string): { end: number; time: string } | null {
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

export function readOffset(s: string): { end: number; offset: string } | null {
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

const SHOUTED_MONTH =
  /\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\b(?=\.?\s*\d)|(?<=\d(?:st|nd|rd|th)?\s+(?:of\s+)?)\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b/g;
const SHOUTED_WEEKDAY = /\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b(?=,?\s+(?:\d|\p{Lu}))/gu;

/**
 * A dateline in capitals ("LAKEPORT, MARCH 5, 2024 –", "TUESDAY, 5 MARCH 2024") written as the
 * date forms read it: month and weekday names next to a day number in title case. The length is
 * kept, so offsets stay right.
 */
export function unshoutDate(line: string): string {
  const title = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
  // "28TH JUNE. 1966": a shouted ordinal is read as a written one.
  return line
    .replace(/(?<=\b\d{1,2})(ST|ND|RD|TH)\b/g, (o) => o.toLowerCase())
    .replace(SHOUTED_MONTH, title)
    .replace(SHOUTED_WEEKDAY, title);
}
