/**
 * Small text helpers shared by the extractor modules. All offsets are indices into the raw text,
 * so every module can report the range a value came from.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Collapse runs of whitespace, so that values do not depend on line wrapping. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Shrink [start, end) so it neither starts nor ends with whitespace. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  return [s, e];
}

export interface WordToken {
  text: string;
  start: number;
  end: number;
}

/** Words (and initials such as "A.") of `s`, with their offsets. */
export function wordTokens(s: string): WordToken[] {
  const out: WordToken[] = [];
  const re = /\p{Lu}\.(?=\s|$)|[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{N}]/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Non-empty lines, with their offsets (line breaks excluded, surrounding spaces trimmed). */
export function lines(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [s, e] = trimRange(text, m.index, m.index + m[0].length);
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  }
  return out;
}

/**
 * Is the line break at `i` a hard wrap inside a sentence (a filing or an old wire copy wrapped at 70
 * characters) rather than the end of a line of its own? Only when the line before ends without any
 * closing punctuation and the next goes on in lower case, or the line before ends with a comma.
 */
export function softBreak(text: string, i: number): boolean {
  let b = i - 1;
  while (b >= 0 && (text[b] === " " || text[b] === "\t" || text[b] === "\r")) b--;
  const last = text[b] ?? "";
  let a = i + 1;
  while (a < text.length && (text[a] === " " || text[a] === "\t")) a++;
  const next = text[a] ?? "";
  if (next === "" || next === "\n" || next === "\r") return false;
  if (last === ",") return /[\p{L}\p{N}"“]/u.test(next);
  // A hanging indent ("-   **Acme, the Government of Norway, and Tarn\n    University** signed"): a
  // list item's or a Markdown paragraph's next line, whatever its first letter's case.
  if (a - i > 2 && /[\p{L}\p{N}*]/u.test(last) && /[\p{L}\p{N}"“(]/u.test(next)) return true;
  return /[\p{L}\p{N}]/u.test(last) && /\p{Ll}/u.test(next);
}

/**
 * Paragraphs: blocks separated by blank lines. Texts pasted without blank lines use one line per
 * paragraph, so when the text has no blank line at all every line is a paragraph
 * (but a line that only wraps the sentence of the one before goes on with it: softBreak).
 */
export function paragraphs(text: string): Span[] {
  if (!/\n[ \t]*\r?\n/.test(text)) {
    // One line per paragraph, except where a line only wraps the sentence of the one before.
    const out: Span[] = [];
    for (const line of lines(text)) {
      const prev = out[out.length - 1];
      if (prev && softBreak(text, text.lastIndexOf("\n", line.start))) {
        out[out.length - 1] = { start: prev.start, end: line.end, text: text.slice(prev.start, line.end) };
      } else out.push(line);
    }
    return out;
  }
  const out: Span[] = [];
  const re = /\n[ \t]*(?:\r?\n[ \t]*)+/g;
  let from = 0;
  const push = (a: number, b: number) => {
    const [s, e] = trimRange(text, a, b);
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

// Words after which a full stop does not end a sentence: titles, company suffixes, month and
// country abbreviations. Single capital letters (initials such as "A. Hajizade") are handled apart.
const ABBREVIATIONS = new Set(
  [
    "mr",
    "ms",
    "mrs",
    "dr",
    "prof",
    // "Hon. Peter Banda", "Rev. Ann Lee", "Engr. Musa Bello", "Amb. Li Wei" (names.ts, HONORIFICS).
    "hon",
    "rev",
    "engr",
    "amb",
    "rt",
    "st",
    "jr",
    "sr",
    "inc",
    "ltd",
    "co",
    "corp",
    "no",
    "nos",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "e.g",
    "i.e",
    "vs",
    "etc",
    "h.e",
    "d.c",
    "gen",
    "col",
    "lt",
    "sen",
    "rep",
    "gov",
    "s.a",
    "s.p.a",
    "n.v",
    "b.v",
    "approx",
    "est",
    "mt",
    "ft",
  ].map((w) => w.toLowerCase()),
);

const SENTENCE_START = /[\p{Lu}\d"“«„'‘(\[-]/u;
const LAST_WORD = /([\p{L}.]+)$/u;
// An initial, or initials run together ("A. Hajizade", "O.P. Jindal Global University").
const INITIAL = /^(?:\p{Lu}\.)*\p{Lu}$/u;

/**
 * Sentences inside [from, to), split at ., ! or ? followed by a space and a capital, a digit or a
 * quotation mark, and at line breaks. Abbreviations and initials do not end a sentence.
 */
export function sentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  const push = (a: number, b: number) => {
    const [s, e] = trimRange(text, a, b);
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === "\n") {
      if (softBreak(text, i)) continue;
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    // Closing quotation marks and brackets belong to the sentence they close.
    let j = i + 1;
    while (j < to && /["”’»)\]]/.test(text[j] ?? "")) j++;
    if (j < to && !/\s/.test(text[j] ?? "")) continue;
    let k = j;
    while (k < to && /[ \t]/.test(text[k] ?? "")) k++;
    const next = text[k] ?? "";
    if (k < to && next !== "\n" && next !== "\r" && !SENTENCE_START.test(next)) continue;
    if (ch === ".") {
      const before = text.slice(Math.max(from, i - 12), i);
      const word = LAST_WORD.exec(before)?.[1] ?? "";
      if (INITIAL.test(word)) continue; // an initial: "A. Hajizade"
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    push(start, j);
    start = j;
  }
  push(start, to);
  return out;
}

/** The sentence containing offset `pos`, or null. */
export function sentenceAt(all: readonly Span[], pos: number): Span | null {
  for (const s of all) if (pos >= s.start && pos < s.end) return s;
  return null;
}

/**
 * A phrase that opens a clause before its subject: "During the forum,", "Following the vote,", "In 2015
 * the", "More recently,". Read off to find who the subject is.
 */
export const LEAD_ADVERBIAL =
  /^(?:(?:In|Since)\s+(?:\p{L}+\s+)?\d{4}\s+(?=\p{Ll})|(?:Today|Also|Then|Later)\s+(?=\p{Ll}))|^(?:According\s+to|During|On|In|At|After|Following|Under|Pursuant\s+to|Through|Building\s+on|Ahead\s+of|Before|Amid|Today|Yesterday|Earlier|Later|Meanwhile|Within|As part of|Speaking|Also|Then|Thus|Moreover|Furthermore|In addition|Additionally|Besides|Likewise|Similarly|Separately|Elsewhere|Subsequently|Finally|Lastly|Notably|Accordingly|Last\s+(?:week|month|year)|This\s+(?:week|month)|(?:More|Most)\s+recently|Recently|However)\b[^,]*,\s*(?:(?:19|20)\d{2},\s*)?/u;

export const SMALL_WORDS: ReadonlySet<string> = new Set([
  "of",
  "the",
  "and",
  "for",
  "on",
  "in",
  "at",
  "to",
  "a",
  "an",
  "by",
  "with",
  "or",
]);

/** "press secretary of the ministry" becomes "Press Secretary of the Ministry". */
export function titleCase(s: string): string {
  return squeeze(s)
    .split(" ")
    .map((w, i) => {
      if (i > 0 && SMALL_WORDS.has(w.toLowerCase())) return w.toLowerCase();
      if (/\p{Lu}/u.test(w.slice(1)) && /\p{Ll}/u.test(w)) return w; // keep "McDonald", "iPhone"
      if (w === w.toUpperCase() && w.length > 1 && /\p{Lu}/u.test(w)) return w; // acronyms
      return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
    })
    .join(" ");
}

/** "BAKU" becomes "Baku"; mixed-case words and dotted abbreviations ("D.C.") are kept. */
export function unshout(s: string): string {
  return s
    .split(/(\s+|-)/)
    .map((w, i, all) => {
      // A two-letter code after a comma is a country or a state ("LONDON, UK", "VANCOUVER, BC").
      if (/^\p{Lu}{2}$/u.test(w) && /,\s*$/.test(all.slice(0, i).join(""))) return w;
      const m = /^(\p{Lu})(\p{Lu}+)(\P{L}*)$/u.exec(w);
      return m ? `${m[1]}${(m[2] ?? "").toLowerCase()}${m[3] ?? ""}` : w;
    })
    .join("");
}

// Name comparison folds the same few names many times per release; a small memo keeps the
// resolver linear in practice. Bounded so a long-running server cannot grow it without limit.
const foldMemo = new Map<string, string>();

/** Lower-case, accents removed, punctuation dropped, whitespace collapsed: for comparing names. */
export function foldName(s: string): string {
  const hit = foldMemo.get(s);
  if (hit !== undefined) return hit;
  const folded = fold(s);
  if (foldMemo.size > 4096) foldMemo.clear();
  foldMemo.set(s, folded);
  return folded;
}

function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Edit distance, used only on short strings such as surnames. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/** Is offset `pos` inside any of the ranges? */
export function inRanges(ranges: readonly (readonly [number, number])[], pos: number): boolean {
  return ranges.some(([s, e]) => pos >= s && pos < e);
}
