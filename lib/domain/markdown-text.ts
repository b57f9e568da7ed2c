// Release bodies as plain text, for the places that show a few words of one outside the page: search
// excerpts, feed summaries, link previews. Parsed by the same react-markdown + GFM the release page
// renders with, so "plain" means exactly the text a reader sees there: no `**`, no link addresses,
// no heading or quote markers, and raw HTML left as the text the page shows too. Pure: no Next, no I/O.
import { isValidElement, type ReactNode } from "react";
import Markdown from "react-markdown";
import remarkGfm from "remark-gfm";

// Elements after which the text of the next one must not run on ("Heading" + "Text" is not "HeadingText").
const BLOCKS = new Set([
  "address",
  "blockquote",
  "br",
  "dd",
  "div",
  "dt",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "li",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (!isValidElement<{ children?: ReactNode; alt?: unknown }>(node)) return "";
  const { type, props } = node;
  // An image stands for its description, as it does for a reader who cannot see it.
  const own = type === "img" && typeof props.alt === "string" ? props.alt : textOf(props.children);
  return typeof type === "string" && BLOCKS.has(type) ? ` ${own} ` : own;
}

/** The text a reader sees of `markdown`, on one line (runs of white space become one space). */
export function markdownToText(markdown: string): string {
  return textOf(Markdown({ children: markdown, remarkPlugins: [remarkGfm] }))
    .replace(/\s+/g, " ")
    .trim();
}

/** The marks around a search match (lib/dal/public/search.ts asks ts_headline for them). */
export interface MatchMarks {
  start: string;
  stop: string;
}

/**
 * A text about to be given to ts_headline, made safe for its match marks: a release that itself
 * contains the start or stop mark (`««`) would otherwise show a <mark> where nothing matched. Each
 * mark found loses its last character until none is left; every other character stays.
 */
export function withoutMatchMarks(text: string, marks: MatchMarks): string {
  let out = text;
  while (out.includes(marks.start) || out.includes(marks.stop)) {
    for (const mark of [marks.start, marks.stop]) out = out.replaceAll(mark, mark.slice(0, -1));
  }
  return out;
}
