/**
 * Marks each structured quote up where the body says it (issue 12.8: a quote appears once). Works on
 * the Markdown syntax tree (mdast) of the body, before it becomes HTML, so emphasis and links inside
 * a quote survive and nothing an editor typed is ever treated as HTML. Pure: no React, no Next, so
 * the public page and the editor's live preview run the same code (lib/domain/release-body-html.ts).
 *
 * A quote is "in the body" by the consistency check's own notion (lib/domain/consistency.ts:
 * quoteNeedle, normaliseWithMap): word for word after normalising quotation marks, apostrophes,
 * Markdown emphasis and spacing, case-sensitive, closing punctuation optional. The text is searched
 * in runs of consecutive paragraphs, joined as the check joins them, so a quote spanning paragraphs
 * is found too.
 *
 * The paragraphs holding a quote become one figure (id quote-N of their first quote):
 *   figure.quote > blockquote + figcaption
 * If the quote is the whole of its paragraphs (quotation marks and punctuation aside), the blockquote
 * is the quotation and carries its `cite`. Otherwise the quotation sits inside a sentence: the
 * paragraph is kept whole inside the blockquote, as written, and the quote's exact words are a <q>
 * (with `cite`; a second quote in the same figure carries its own id quote-M on its <q>).
 * The caption is left empty here, with the quote numbers in `data-quotes`: the renderer fills it.
 */
import type { Blockquote, Paragraph, Parent, PhrasingContent, Root, RootContent } from "mdast";
import { isQuotationMark, normaliseWithMap, quoteNeedle } from "./consistency";

export interface QuoteToMark {
  text: string;
  /** The URL the quotation cites (the speaker's page); optional. */
  cite?: string;
}

export interface QuoteMarking {
  /** Indexes (0-based) of the quotes marked up in the body, and of those the body does not hold. */
  placed: number[];
  unplaced: number[];
}

/** An inline <q> around a quote's words; a phrasing node to the rest of the tree. */
interface QuoteSpan extends Parent {
  type: "quoteSpan";
  children: PhrasingContent[];
}

type Inline = PhrasingContent | QuoteSpan;

interface Claim {
  quote: number;
  /** Offsets in the run's joined text. */
  start: number;
  end: number;
}

interface Run {
  parent: Parent;
  /** Index in parent.children of the run's first paragraph. */
  first: number;
  paragraphs: Paragraph[];
  /** Offset of each paragraph in `text` (paragraphs are joined by one "\n"). */
  offsets: number[];
  text: string;
  claims: Claim[];
}

// Raw HTML is shown as text (the renderer, lib/domain/release-body-html.ts, never makes it HTML), so it counts as text.
const isTextLike = (node: Inline) => node.type === "text" || node.type === "inlineCode" || node.type === "html";

/** The text an inline node contributes, as the reader sees it; atomic nodes (images) count as none. */
function inlineText(node: Inline): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "html":
      return node.value;
    case "break":
      return "\n";
    default:
      return "children" in node ? (node.children as Inline[]).map(inlineText).join("") : "";
  }
}

/** Splits inline nodes at a text offset, cloning any node the offset falls inside. */
function splitAt(nodes: readonly Inline[], offset: number): [Inline[], Inline[]] {
  const left: Inline[] = [];
  const right: Inline[] = [];
  let pos = 0;
  for (const node of nodes) {
    const length = inlineText(node).length;
    if (pos + length <= offset) left.push(node);
    else if (pos >= offset) right.push(node);
    else if (isTextLike(node) && "value" in node) {
      const cut = offset - pos;
      left.push({ ...node, value: node.value.slice(0, cut), position: undefined });
      right.push({ ...node, value: node.value.slice(cut), position: undefined });
    } else if ("children" in node) {
      const [l, r] = splitAt(node.children as Inline[], offset - pos);
      left.push({ ...node, children: l, position: undefined } as Inline);
      right.push({ ...node, children: r, position: undefined } as Inline);
    } else right.push(node);
    pos += length;
  }
  return [left, right];
}

function wrapRange(nodes: readonly Inline[], start: number, end: number, wrap: (inner: Inline[]) => Inline): Inline[] {
  const [before, rest] = splitAt(nodes, start);
  const [inner, after] = splitAt(rest, end - start);
  return [...before, wrap(inner), ...after];
}

/** Every run of consecutive paragraphs in the tree, in document order. */
function collectRuns(parent: Parent, runs: Run[]): void {
  let current: Run | null = null;
  parent.children.forEach((child, i) => {
    if (child.type === "paragraph") {
      if (!current) {
        current = { parent, first: i, paragraphs: [], offsets: [], text: "", claims: [] };
        runs.push(current);
      }
      if (current.paragraphs.length > 0) current.text += "\n";
      current.offsets.push(current.text.length);
      current.paragraphs.push(child);
      current.text += paragraphText(child);
    } else {
      current = null;
      if ("children" in child) collectRuns(child as Parent, runs);
    }
  });
}

const paragraphText = (p: Paragraph) => (p.children as Inline[]).map(inlineText).join("");

const overlaps = (claims: readonly Claim[], start: number, end: number) =>
  claims.some((c) => start < c.end && c.start < end);

/** The first occurrence of the quote in the runs that no other quote has taken. */
function claim(runs: readonly Run[], normalised: ReadonlyArray<{ text: string; map: number[] }>, needle: string) {
  for (const [r, run] of runs.entries()) {
    const { text, map } = normalised[r]!;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const start = map[at]!;
      const end = map[at + needle.length - 1]! + 1;
      if (!overlaps(run.claims, start, end)) return { run, start, end };
    }
  }
  return null;
}

/** Widens a span over the quotation marks around it and the closing punctuation inside them. */
function widen(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && isQuotationMark(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && /[.,;:!?…]/.test(text[e]!)) e++;
  while (e < text.length && isQuotationMark(text[e]!)) e++;
  // Punctuation with no closing mark after it belongs to the sentence around the quote.
  return e > end && !isQuotationMark(text[e - 1]!) ? [s, end] : [s, e];
}

// Nothing but spacing, quotation marks and punctuation.
const ONLY_MARKS = /^[\s\p{P}]*$/u;

function paragraphIndex(run: Run, offset: number): number {
  let p = 0;
  while (p + 1 < run.offsets.length && run.offsets[p + 1]! <= offset) p++;
  return p;
}

/** Rewrites one run: paragraphs holding quotes become figures (from the last, so indexes stay valid). */
function rewrite(run: Run, quotes: readonly QuoteToMark[]): void {
  const claims = [...run.claims].sort((a, b) => a.start - b.start);
  // Group claims whose paragraph ranges overlap: they share one figure.
  const groups: Array<{ from: number; to: number; claims: Claim[] }> = [];
  for (const c of claims) {
    const from = paragraphIndex(run, c.start);
    const to = paragraphIndex(run, c.end - 1);
    const last = groups.at(-1);
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.claims.push(c);
    } else groups.push({ from, to, claims: [c] });
  }
  for (const group of groups.reverse()) {
    const paragraphs = run.paragraphs.slice(group.from, group.to + 1);
    const groupStart = run.offsets[group.from]!;
    const groupEnd = run.offsets[group.to]! + paragraphText(run.paragraphs[group.to]!).length;
    const only = group.claims.length === 1 ? group.claims[0]! : null;
    const whole =
      only !== null &&
      ONLY_MARKS.test(run.text.slice(groupStart, only.start)) &&
      ONLY_MARKS.test(run.text.slice(only.end, groupEnd));
    const first = group.claims[0]!;
    const blockquote: Blockquote = {
      type: "blockquote",
      children: paragraphs,
      data: whole && quotes[first.quote]?.cite ? { hProperties: { cite: quotes[first.quote]!.cite } } : undefined,
    };
    if (!whole) {
      for (const [k, c] of group.claims.entries()) {
        const [start, end] = widen(run.text, c.start, c.end);
        const cite = quotes[c.quote]?.cite;
        paragraphs.forEach((paragraph, j) => {
          const offset = run.offsets[group.from + j]!;
          const length = paragraphText(paragraph).length;
          const s = Math.max(start, offset) - offset;
          const e = Math.min(end, offset + length) - offset;
          if (s >= e) return;
          // The figure carries the first quote's id; a later quote's first piece carries its own.
          const id = k > 0 && s === start - offset ? `quote-${c.quote + 1}` : undefined;
          paragraph.children = wrapRange(paragraph.children as Inline[], s, e, (inner) => ({
            type: "quoteSpan",
            children: inner as PhrasingContent[],
            data: { hName: "q", hProperties: { ...(cite ? { cite } : {}), ...(id ? { id } : {}) } },
          })) as PhrasingContent[];
        });
      }
    }
    const figure = {
      type: "quoteFigure",
      data: { hName: "figure", hProperties: { className: ["quote"], id: `quote-${first.quote + 1}` } },
      children: [
        blockquote,
        {
          type: "quoteCaption",
          data: { hName: "figcaption", hProperties: { dataQuotes: group.claims.map((c) => c.quote).join(" ") } },
          children: [],
        },
      ],
    };
    run.parent.children.splice(run.first + group.from, paragraphs.length, figure as unknown as RootContent);
  }
}

/** Marks the quotes up in the tree (in place) and says which the body holds. */
export function markQuotes(tree: Root, quotes: readonly QuoteToMark[]): QuoteMarking {
  const runs: Run[] = [];
  collectRuns(tree, runs);
  const normalised = runs.map((run) => normaliseWithMap(run.text));
  const placed: number[] = [];
  const unplaced: number[] = [];
  quotes.forEach((quote, i) => {
    const needle = quoteNeedle(quote.text);
    const found = needle === "" ? null : claim(runs, normalised, needle);
    if (!found) return void unplaced.push(i);
    found.run.claims.push({ quote: i, start: found.start, end: found.end });
    placed.push(i);
  });
  // From the last run: rewriting a run changes only its own parent's children after its first paragraph.
  for (const run of [...runs].reverse()) if (run.claims.length > 0) rewrite(run, quotes);
  return { placed, unplaced };
}
