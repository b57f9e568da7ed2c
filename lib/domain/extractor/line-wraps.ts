/**
 * Hard-wrapped text: the text layer of a PDF, a fact sheet converted at 72 columns, an old wire copy
 * or a scanned transcript, where a line ends because the width ran out, not because a sentence or a
 * paragraph did. The rules read a line break as the end of a sentence (text-utils sentences()) and,
 * in a text without blank lines, of a paragraph, so a wrapped text lost the quotes and agreements
 * whose words straddle two lines (issue 15: the development halves' texts wrapped at 72 columns
 * scored 0.82 → 0.73 in agreements and 0.95 → 0.74 in quotes). softBreak() mends a break that is
 * plainly inside a sentence; this mends the rest, from the shape of the whole text.
 */

import { lines } from "./text-utils";

/** Lines shorter than this share of the text's width end where their writer ended them. */
const FULL_LINE = 0.7;
/** A text is wrapped when at least this share of its lines run to about the same width… */
const FULL_SHARE = 0.4;
/** …of at most this many characters (a text with one paragraph per line has far longer lines). */
const MAX_WIDTH = 110;
const MIN_WIDTH = 30;
const MIN_LINES = 6;

/** A line that starts a list item or a block of its own: never the continuation of the one before. */
const ITEM = /^(?:[-–—•*·▪>#|]|\d{1,2}[.)]\s|\(?[a-z]\)\s)/u;
/** A dateline opening its line ("SANTIAGO, 4 May 2018 –", "(Kyiv, 2 February 2022)"): never a headline's continuation. */
const DATELINE = /^(?:\p{Lu}{2,}[\p{Lu} .'’-]*,|\(\p{Lu}[\p{L} .'’-]*,\s*\d)/u;
/** The lines a headline and a dateline come in. */
const HEAD_LINES = 6;
/** A heading in capitals: neither continues the line before nor goes on in the next. */
const HEADING = /^[\p{Lu}\d][\p{Lu}\d .,'’&/()-]{3,}$/u;

const SENTENCE_END = /[.!?][”"’')\]]*$/u;

/** The width a text was wrapped at, or null when it does not read as wrapped. */
export function wrapWidth(text: string): number | null {
  const lengths = lines(text)
    .map((l) => l.text.length)
    .sort((a, b) => a - b);
  if (lengths.length < MIN_LINES) return null;
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null;
  const full = lengths.filter((n) => n >= width * FULL_LINE).length;
  return full >= lengths.length * FULL_SHARE ? width : null;
}

/**
 * The text with each line break that only wraps a line replaced by a space: one character for one,
 * so every range the extractor reports still points into the text as given. A break stays when the
 * line before it is short (its writer ended it), ends with ":" or is a heading in capitals, when the
 * next line is a list item, a heading, a dateline or blank (in a double-spaced text, two blank
 * lines), and after a sentence's end before a closing line.
 */
export function unwrapLines(text: string): string {
  const width = wrapWidth(text);
  if (width === null) return text;
  // The lines with text, and how many blank lines stand before each.
  let before = 0;
  const rows = lines(text).map((line) => {
    const blanksBefore = Math.max(0, (text.slice(before, line.start).match(/\n/g)?.length ?? 0) - 1);
    before = line.end;
    return { ...line, blanksBefore };
  });
  // Double-spaced: a blank line after nearly every line (each wrapped line a paragraph of a Word
  // file, some viewers' copies). There a single blank line may be a wrap too, told as any other.
  const single = rows.slice(1).filter((l) => l.blanksBefore === 1).length;
  const doubleSpaced = rows.length > MIN_LINES && single >= (rows.length - 1) * 0.8;
  const gap = (l: { blanksBefore: number } | undefined) => (l ? l.blanksBefore - (doubleSpaced ? 1 : 0) : 1);
  const chars = text.split("");
  for (let i = 0; i + 1 < rows.length; i++) {
    const line = rows[i]!;
    const following = rows[i + 1]!;
    if (gap(following) !== 0) continue;
    const next = following.text.trimStart();
    if (line.text.length < width * FULL_LINE) continue;
    if (line.text.endsWith(":") || ITEM.test(next) || HEADING.test(next) || HEADING.test(line.text.trim())) continue;
    if (i < HEAD_LINES && DATELINE.test(next)) continue;
    // A headline its writer ended before the width ("NASA Welcomes Belgium as Newest Artemis Accords
    // Signatory" over a caption, in a text without blank lines): the next line's first word would
    // have fitted on it. Only near the top: scanned pages' lines vary too much for it further down.
    const firstWord = /^\S+/.exec(next)?.[0].length ?? 0;
    if (i < HEAD_LINES && line.text.length + 1 + firstWord <= width) continue;
    // After a sentence's end, a break stays before a closing line ("… telecast live in New
    // Zealand.\nCanberra 9 December 1982": a place and date, a name under the last sentence) and
    // before a paragraph of one line ("Done at Washington this 20th day of January, 2021.\nJOSEPH R.
    // BIDEN JR."); joined there, the development halves' transcripts and proclamations lost their date.
    if (SENTENCE_END.test(line.text)) {
      const third = rows[i + 2];
      const after = third && gap(third) === 0 ? third.text.trim() : "";
      const oneLine = after === "" || after.length < width * FULL_LINE || HEADING.test(after);
      const closing = next.length < width * FULL_LINE && !SENTENCE_END.test(next) && (after === "" || /\d/.test(next));
      if (closing || (oneLine && SENTENCE_END.test(next))) continue;
    }
    for (let k = line.end; k < following.start; k++) if (chars[k] === "\n") chars[k] = " ";
  }
  return chars.join("");
}

/**
 * The opposite, for measuring (scripts/eval-real.ts, tests): each paragraph's words filled into lines
 * of at most `width` characters, as a mail program or a converter wraps a text.
 */
export function fillLines(text: string, width = 72): string {
  return text
    .split("\n")
    .map((paragraph) => {
      const out: string[] = [];
      let line = "";
      for (const word of paragraph.split(" ")) {
        if (line && line.length + 1 + word.length > width) {
          out.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      out.push(line);
      return out.join("\n");
    })
    .join("\n");
}
