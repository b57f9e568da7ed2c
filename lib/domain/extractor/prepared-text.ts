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

export interface PreparedText {
  /** Line ends made "\n", wrapped lines joined, runs of spaces inside a line made one. */
  text: string;
  /** The range in the text as given of a range in `text`. */
  toRaw(range: Range): Range;
}

export function prepareText(raw: string): PreparedText {
  // CR becomes a space (one character for one), then the lines the width broke are joined.
  const joined = unwrapLines(raw.replace(/\r/g, " "));
  const out: string[] = [];
  // at[i]: the offset in `raw` of the i-th character of the prepared text.
  const at: number[] = [];
  for (let i = 0; i < joined.length; i++) {
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
    out.push(ch);
    at.push(i);
  }
  const text = out.join("");
  return {
    text,
    toRaw: ([start, end]) => {
      if (end <= start) {
        const s = start < at.length ? at[start]! : raw.length;
        return [s, s];
      }
      return [at[start] ?? raw.length, (at[end - 1] ?? raw.length - 1) + 1];
    },
  };
}
