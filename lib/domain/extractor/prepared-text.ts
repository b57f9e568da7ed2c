/**
 * The text the rules read, made from the text as pasted, and the way back from its offsets.
 *
 * The rules are written for words one space apart on lines a sentence or a paragraph long. Pasted
 * text often is not: CRLF line ends, lines wrapped at a width (line-wraps.ts), double spaces typed
 * after a full stop or left by a converter. A run of spaces inside a line became a different text to
 * every rule that names a country ("United  States") or reads a title's words ("a fiscal  sponsorship
 * agreement"): on the development halves, wrapped at 64 columns with CRLF line ends, agreements 0.81 →
 * 0.78. So the rules read a prepared text, and every range they report is mapped back onto the text
 * as given, where the import page shows it.
 */

import type { Range } from "./types";
import { unwrapLines } from "./line-wraps";
import { SMALL_WORDS, squeeze } from "./text-utils";

export interface PreparedText {
  /** Line ends made "\n", wrapped lines joined, runs of spaces inside a line made one, lines in capitals in title case. */
  text: string;
  /** The lines that were in capitals (headings, a headline): the rules read no signing in them. */
  headings: Range[];
  /** The range in the text as given of a range in `text`. */
  toRaw(range: Range): Range;
}

const OTHER_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const INVISIBLES = new RegExp(INVISIBLE.source, "g");

const MARKDOWN_LINK = /\[([^\[\]\n]{1,300})\]\((?:https?:\/\/|mailto:|\/)[^()\s]*\)/g;

/** A piece of the text as given as a reader sees it: invisible characters out, spaces single. */
export function asSeen(raw: string): string {
  return squeeze(raw.replace(INVISIBLES, ""));
}

export function prepareText(raw: string): PreparedText {
  // CR and the other spaces (no-break, thin, ideographic …) become a space, one character for one;
  // then the lines the width broke are joined.
  const joined = unwrapLines(raw.replace(/\r/g, " ").replace(OTHER_SPACES, " "));
  const out: string[] = [];
  // A Markdown link reads as its words: "Helen Clark [said](http://…)" is "Helen Clark said" to a reader
  // of the page (batch 58 dev), and a title or a party may stand in one.
  const hidden = new Uint8Array(joined.length);
  for (const m of joined.matchAll(MARKDOWN_LINK)) {
    const inner = m[1]!.length;
    hidden[m.index] = 1;
    hidden.fill(1, m.index + 1 + inner, m.index + m[0].length);
  }
  // at[i]: the offset in `raw` of the i-th character of the prepared text.
  const at: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (hidden[i]) continue;
    const ch = joined[i]!;
    if (ch === " " || ch === "\t") {
      const prev = out[out.length - 1];
      let j = i;
      while (j < joined.length && (joined[j] === " " || joined[j] === "\t")) j++;
      const next = joined[j];
      // Inside a line: one space for the run. A line's indentation and trailing spaces stay as they
      // are (a hanging indent tells a list item's next line: text-utils softBreak()).
      const inside = prev !== undefined && prev !== "\n" && next !== undefined && next !== "\n";
      for (let k = i; k < j; k++) {
        if (inside && k > i) continue;
        out.push(inside ? " " : joined[k]!);
        at.push(k);
      }
      i = j - 1;
      continue;
    }
    // Invisible characters (zero-width spaces and joiners, a byte-order mark, soft hyphens) part
    // words the reader sees whole.
    if (INVISIBLE.test(ch)) continue;
    out.push(ch);
    at.push(i);
  }
  // Last, the lines in capitals are written in title case (one character for one).
  const spaced = out.join("");
  const headings = shoutedLines(spaced);
  let text = spaced;
  for (const [start, end] of headings)
    text = text.slice(0, start) + titleCaseLine(text.slice(start, end)) + text.slice(end);
  return {
    text,
    headings,
    toRaw: ([start, end]) => {
      if (end <= start) {
        const s = start < at.length ? at[start]! : raw.length;
        return [s, s];
      }
      return [at[start] ?? raw.length, (at[end - 1] ?? raw.length - 1) + 1];
    },
  };
}

/** Short words a title writes in lower case: titleCase()'s, and the verbs a headline has. */
export const TITLE_SMALL_WORDS = new Set([
  ...SMALL_WORDS,
  ..."as from into between its is are was were will has have".split(" "),
]);
/** Words in capitals that stay so in any text: acronyms of states, bodies and documents. */
const ACRONYMS = new Set(
  "usa uae mou mous moa moas loi mof asean nato nasa unicef undp unhcr wfp who iom icrc ifrc prc dprk rok oecd opec brics apec cptpp fta ceo cfo gdp ict sme lng osce csto sco cis eaeu imf".split(
    " ",
  ),
);
const SHOUTED_LINE = /^[^\p{Ll}\n]*\p{Lu}[^\p{Ll}\n]*\p{Lu}[^\p{Ll}\n]*$/u;
const MIN_SHOUTED_LETTERS = 12;

/**
 * Lines in capitals: "UNITED STATES AND IRAQ SIGN LOAN GUARANTEE AGREEMENT". The rules find names,
 * titles and parties by their capitals, which such a line gives to every word; they read it in title
 * case instead (issue 15: with the headline in capitals, the development halves lost 6 of their 114
 * agreements). A line holding a quotation mark is not one of them (a quotation's words are proposed
 * exactly), and extractRelease() proposes the headline as written.
 */
export function shoutedLines(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0];
    if (!SHOUTED_LINE.test(line) || (line.match(/\p{Lu}/gu)?.length ?? 0) < MIN_SHOUTED_LETTERS) continue;
    if (/["“”«»„]/.test(line)) continue;
    out.push([m.index, m.index + line.length]);
  }
  return out;
}

/**
 * "United States and Iraq Sign Loan Guarantee Agreement": two-letter words and known acronyms stay in
 * capitals ("US", "MOU"), and a letter whose lower case is longer is left as it is, so the line keeps
 * its length.
 */
function titleCaseLine(line: string): string {
  let first = true;
  return line.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    const wasFirst = first;
    first = false;
    if (lower.length !== word.length) return word;
    if (!wasFirst && TITLE_SMALL_WORDS.has(lower)) return lower;
    if (word.length <= 2 || ACRONYMS.has(lower) || !/[aeiouy]/.test(lower)) return word;
    return word[0] + lower.slice(1);
  });
}
