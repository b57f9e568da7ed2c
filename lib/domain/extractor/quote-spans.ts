/**
 * Quotation spans: where quotations open and close, over paragraphs and around broken marks.
 *
 * - straight ("), curly (“ ”), low (“„”) and angle (« ») quotation marks, and single ones (‘ ’,
 *   ') as British and many agency styles use them;
 * - a quotation that runs over several paragraphs opens each paragraph with a quotation mark and
 *   closes only at its end; a paragraph whose quotation does not close and whose next paragraph
 *   does not open with a mark ends the quotation there (a missing closing mark).
 */

import type { Range } from "./types";
import { HONORIFIC_ALT } from "./names";
import { SPEECH_VERBS } from "./people";
import { trimRange, type Span } from "./text-utils";

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when it is missing. */
  close: number | null;
  /** Quoted text per paragraph, marks excluded, trimmed. */
  segments: Range[];
  /** Index of the paragraph the quotation opens in. */
  paragraph: number;
  /** Index of the paragraph the quotation ends in. */
  lastParagraph: number;
}

const OPENERS: Record<string, string> = { "“": "”", "„": "“”", "«": "»", '"': '"', "‘": "’", "'": "'" };
const SINGLE = new Set(["‘", "'"]);

function isOpener(ch: string | undefined): ch is string {
  return ch !== undefined && ch in OPENERS;
}

/**
 * A single mark is also an apostrophe ("Norway’s", "the leaders’ summit", "'90s"), so it opens only
 * at the start of a word and closes only where a quotation ends: after the sentence's punctuation,
 * or before punctuation, a line break or a speech verb's subject ("’ he said").
 */
function singleOpens(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (next === undefined || !/[\p{L}\p{N}…]/u.test(next)) return false;
  return prev === undefined || /[\s(\[{—–\-:]/.test(prev);
}

function singleCloses(text: string, i: number): boolean {
  const prev = text[i - 1] ?? "";
  const next = text[i + 1];
  if (next !== undefined && /[\p{L}\p{N}]/u.test(next)) return false;
  if (/[.,!?;:…—–-]/.test(prev)) return true;
  return next === undefined || /^[\s]*(?:[,.;:!?)\n]|$)/.test(text.slice(i + 1, i + 3));
}

/**
 * "their iconic ‘Blockbuster’ song": a single mark after a word of one to three words quoted, before a
 * space, closes a term (an apostrophe closing a plural, "the leaders’ summit", has no opening mark
 * that close before it). Left open, it ran on over the next paragraphs' quotations when a page's body
 * came on one line.
 */
function termCloses(text: string, from: number, i: number): boolean {
  if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? "") || !/\s/.test(text[i + 1] ?? "")) return false;
  return /^[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,2}$/u.test(text.slice(from, i));
}

const SAID_BEFORE = new RegExp(String.raw`\b(?:${SPEECH_VERBS})\s*[,:]?\s$`, "u");
// " he said.", " said Mr X": the words after a closing mark put at a line's start.
const ATTRIBUTION_AFTER = new RegExp(String.raw`^ (?:he|she|they|it|${SPEECH_VERBS})\b`, "u");

/**
 * A straight quotation mark opens when it stands at the start of a word (after Markdown's emphasis
 * too: '*"Let's Encrypt has …'), or, in text whose spaces
 * were lost between sentences ('… hydrogen supply."Given the …'), right after a sentence's end and
 * before a capital (read only where no quotation is open).
 */
function straightOpens(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  // A scan's space after the mark ('He said " my Government which came to office …'): right after a
  // speech verb, the mark still opens.
  if (next === " " && /[\p{L}\p{N}]/u.test(text[i + 2] ?? "") && SAID_BEFORE.test(text.slice(Math.max(0, i - 24), i)))
    return true;
  // So at the start of a scan's line ('\n" We hope and expect …," he added.'), unless what follows is
  // the attribution of a quotation closed on this line ('\n" he said.').
  if (
    next === " " &&
    (prev === undefined || prev === "\n") &&
    /[\p{L}\p{N}]/u.test(text[i + 2] ?? "") &&
    !ATTRIBUTION_AFTER.test(text.slice(i + 1, i + 30))
  )
    return true;
  if (next === undefined || /\s/.test(next)) return false;
  return prev === undefined || /[\s(\[{—–\-\/:*_]/.test(prev) || (/[.!?]/.test(prev) && /\p{Lu}/u.test(next));
}

/**
 * A paragraph that opens with a mark and, before any closing mark, introduces a new quotation
 * ('"Stressing the point, the minister said, "…') does not continue the previous one: its first
 * mark is that quotation's closing mark, put after the line break.
 */
function strayCloser(text: string, para: Span): boolean {
  const body = text.slice(para.start + 1, para.end);
  const nextMark = /["“”«»„]/.exec(body);
  if (!nextMark) return false;
  const before = body.slice(0, nextMark.index);
  return new RegExp(`(?:${SPEECH_VERBS})\\s*[,:]?\\s*$`, "u").test(before) && isOpener(body[nextMark.index]);
}

/**
 * A short quotation inside a quotation (a nickname, a name: “… with Mayor Ann “Bee” Cole. …”): the
 * inner pair, a few words without punctuation, is part of the outer quotation. Returns where the
 * inner pair ends, or -1.
 */
function nestedPairEnd(text: string, i: number, paraEnd: number): number {
  const inner = /^“[^“”"\n.,;:!?]{1,40}”/.exec(text.slice(i, Math.min(paraEnd, i + 44)));
  return inner ? i + inner[0].length - 1 : -1;
}

/**
 * A quotation whose opening mark was lost ('In the context of …,” said Jane Roe'): a curly closing
 * mark, before any opening mark in its paragraph, right before the speech verb.
 */
function unopenedCloser(text: string, para: Span, i: number): boolean {
  if (text[i] !== "”" || /["“«„]/.test(text.slice(para.start, i))) return false;
  if (!/[,.!?]\s*$/.test(text.slice(Math.max(para.start, i - 3), i))) return false;
  return new RegExp(`^\\s*,?\\s*(?:${SPEECH_VERBS})\\b`, "u").test(text.slice(i + 1, i + 40));
}

/**
 * A quotation whose opening mark was lost, closed at the end of its paragraph ('… the rules-based
 * order.”' with no mark before it in the paragraph): speech that went on after the last quotation.
 */
function closesParagraphUnopened(text: string, para: Span, i: number): boolean {
  if (text[i] !== "”" || /["“”«„]/.test(text.slice(para.start, i))) return false;
  return /[.!?]$/.test(text.slice(Math.max(para.start, i - 1), i)) && /^\s*$/.test(text.slice(i + 1, para.end));
}

/**
 * Where that speech began: the first of the paragraphs before it that hold no quotation mark, when
 * the paragraph before them ends a quotation (the speaker went on); else its own paragraph.
 */
function lostOpeningStart(text: string, paras: readonly Span[], p: number, out: readonly QuoteSpan[]): number {
  let k = p;
  while (k > 0 && p - k < 3 && !/["“”«»„]/.test(text.slice(paras[k - 1]!.start, paras[k - 1]!.end))) k--;
  return (k < p && k > 0 && out.at(-1)?.lastParagraph === k - 1) || out.at(-1)?.close === null ? k : p;
}

export function findQuoteSpans(text: string, paras: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: { mark: string; at: number; segStart: number; segments: Range[]; paragraph: number } | null = null;
  let skipFirst = false;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    let i = para.start;
    if (open || skipFirst) i = para.start + 1; // the continuation mark of a multi-paragraph quotation
    skipFirst = false;
    for (; i < para.end; i++) {
      const ch = text[i]!;
      if (open) {
        // '“Rocket Lab is yet another example …, Mr Joyce says. “From …': the closing mark before the
        // attribution was lost; the quotation ends there and the next opens.
        const lost = ch === "“" && open.mark === "“" ? LOST_CLOSER.exec(text.slice(open.segStart, i)) : null;
        if (lost) {
          // Closed where its mark would have stood, after the comma.
          const close = open.segStart + lost.index + 1;
          open.segments.push(trimRange(text, open.segStart, close));
          out.push({ open: open.at, close, segments: open.segments, paragraph: open.paragraph, lastParagraph: p });
          open = { mark: ch, at: i, segStart: i + 1, segments: [], paragraph: p };
          continue;
        }
        if (ch === "“" && open.mark === "“") {
          const inner = nestedPairEnd(text, i, para.end);
          if (inner >= 0) {
            i = inner;
            continue;
          }
        }
        // A new curly opening mark inside a single-mark quotation: the mark before it closed a name
        // ('the ‘Blue Economy’ forum, said: ‘…’'), which a closer cannot tell from an apostrophe.
        if (ch === "‘" && open.mark === "‘" && singleOpens(text, i)) {
          open = { mark: ch, at: i, segStart: i + 1, segments: [], paragraph: p };
          continue;
        }
        // Two right single marks standing for a closing double one: "“The mission …,’’ says Mr Key."
        if (open.mark === "“" && ch === "’" && text[i + 1] === "’") {
          open.segments.push(trimRange(text, open.segStart, i));
          out.push({
            open: open.at,
            close: i + 1,
            segments: open.segments,
            paragraph: open.paragraph,
            lastParagraph: p,
          });
          open = null;
          i++;
          continue;
        }
        const closers = OPENERS[open.mark] ?? "";
        // Mixed marks ('(“the Company") (NASDAQ: …)', '"… at an astonishing pace,” X said'): a straight
        // mark right after a word closes a curly one, and a curly closing mark a straight one, when the
        // next character ends the word, unless it closes a pair of its own kind nested inside ('“four
        // "five" six”').
        const mixed = (opener: string, closer: string, inner: string) =>
          open!.mark === opener &&
          ch === closer &&
          /[\p{L}\p{N}.,!?]/u.test(text[i - 1] ?? "") &&
          !/[\p{L}\p{N}]/u.test(text[i + 1] ?? "") &&
          !text.slice(open!.segStart, i).includes(inner);
        if (!closers.includes(ch) && !mixed("“", '"', '"') && !mixed('"', "”", "“")) continue;
        if (SINGLE.has(open.mark) && !singleCloses(text, i) && !termCloses(text, open.segStart, i)) continue;
        open.segments.push(trimRange(text, open.segStart, i));
        out.push({ open: open.at, close: i, segments: open.segments, paragraph: open.paragraph, lastParagraph: p });
        open = null;
        continue;
      }
      if (unopenedCloser(text, para, i)) {
        out.push({
          open: para.start,
          close: i,
          segments: [trimRange(text, para.start, i)],
          paragraph: p,
          lastParagraph: p,
        });
        continue;
      }
      if (closesParagraphUnopened(text, para, i)) {
        const from = lostOpeningStart(text, paras, p, out);
        const segments = paras.slice(from, p).map((x) => trimRange(text, x.start, x.end));
        segments.push(trimRange(text, para.start, i));
        // The quotation before was left open at the end of its paragraph, its next paragraphs not
        // opened by a mark: this is where it closes.
        const last = out.at(-1);
        if (last && last.close === null && last.lastParagraph === from - 1) {
          last.segments.push(...segments);
          last.close = i;
          last.lastParagraph = p;
          continue;
        }
        out.push({ open: paras[from]!.start, close: i, segments, paragraph: from, lastParagraph: p });
        continue;
      }
      if (!isOpener(ch)) continue;
      if (ch === '"' && !straightOpens(text, i)) continue;
      if (SINGLE.has(ch) && !singleOpens(text, i)) continue;
      open = { mark: ch, at: i, segStart: i + 1, segments: [], paragraph: p };
    }
    if (open) {
      open.segments.push(trimRange(text, open.segStart, para.end));
      const next = paras[p + 1];
      const first = next ? text[next.start] : undefined;
      // Only a mark of its own kind goes on with a quotation: a ‘name’ whose closer read as an
      // apostrophe ("an updated ‘Strategic Plan on …’ with China") does not swallow the “…” after it.
      const sameKind = SINGLE.has(open.mark) === SINGLE.has(first ?? "");
      if (next && isOpener(first) && sameKind && !strayCloser(text, next)) {
        open.segStart = next.start + 1;
        continue;
      }
      out.push({ open: open.at, close: null, segments: open.segments, paragraph: open.paragraph, lastParagraph: p });
      open = null;
      // The mark that opens the next paragraph closed this quotation (a mark put on the wrong side
      // of the line break): skip it, and read the paragraph as new text.
      if (next && isOpener(first) && sameKind) skipFirst = true;
    }
  }
  return (
    out
      .map((q) => ({ ...q, segments: q.segments.filter(([s, e]) => e > s) }))
      .filter((q) => q.segments.length > 0)
      // Between single marks, a few words are a name or a term ('the ‘Blue Economy’ plan'), not speech.
      // An unclosed one ran on from an apostrophe.
      .filter((q) => !SINGLE.has(text[q.open]!) || (q.close !== null && quoteContent(text, q).split(/\s+/).length >= 4))
  );
}

// ", Mr Joyce says. " / ", said Jane Roe. ": an attribution closing a sentence, right before a new
// opening mark.
const LOST_CLOSER = new RegExp(
  String.raw`,\s+(?:(?:(?:${HONORIFIC_ALT})\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:says|said|adds|added)|(?:says|said|adds|added)\s+(?:(?:${HONORIFIC_ALT})\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\.\s*$`,
  "u",
);

export function quoteRange(q: QuoteSpan): Range {
  return [q.segments[0]![0], q.segments[q.segments.length - 1]![1]];
}

export function quoteContent(text: string, q: QuoteSpan): string {
  return q.segments.map(([s, e]) => text.slice(s, e).replace(/\s+/g, " ").trim()).join("\n\n");
}
