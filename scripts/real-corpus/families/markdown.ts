/**
 * Releases stored as Markdown files: New Zealand's beehive.govt.nz (marcus-crane/beehive-markdown),
 * the White House (brian14708/wh-briefings, pandoc Markdown hard-wrapped at 72 columns), the NGO blog
 * posts of Let's Encrypt and The Carpentries, and NASA's articles (katie-hofschen/NASA_RAG).
 */

import { decodeEntities, frontMatter, strip, unescapeMarkdown, yamlTitle } from "../text";
import type { Candidates } from "./types";

/**
 * beehive: the front matter's title, a blank line and the body. Batch 14 kept the body as stored
 * (no final newline); later batches unescaped it, dropped bold markers, stripped each line and ended
 * with a newline.
 */
export const beehive: Candidates = (ref, read) => {
  const { front, body } = frontMatter(read.show(ref.path, ref.commit));
  const title = yamlTitle(front);
  const plain = unescapeMarkdown(body)
    .replace(/\*\*([^\n]+?)\*\*/g, "$1")
    .split("\n")
    .map(strip)
    .join("\n");
  return [`${strip(unescapeMarkdown(title))}\n\n${strip(plain)}\n`, `${strip(title)}\n\n${strip(body)}`];
};

/** One Markdown paragraph or list item: hard breaks ("  " or "\" at a line's end) stay line breaks, other lines join with a space. */
function joinLines(lines: string[]): string {
  let s = "";
  lines.forEach((l, k) => {
    const hard = l.endsWith("  ") || (l.endsWith("\\") && !l.endsWith("\\\\"));
    let line = l.trimEnd();
    if (hard && !l.endsWith("  ") && line.endsWith("\\")) line = line.slice(0, -1);
    s += strip(line);
    if (k < lines.length - 1) s += hard ? "\n" : " ";
  });
  return strip(unescapeMarkdown(s.replace(/\*\*/g, "")));
}

const ITEM = /^\s{0,3}(?:[-*+]|\d+\.)\s+/;

/** pandoc Markdown to paragraphs: blocks between blank lines; a list's items are lines of one paragraph. */
function renderPandoc(body: string): string {
  const blocks: string[][] = [];
  let cur: string[] = [];
  for (const l of body.split("\n")) {
    if (strip(l) === "") {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) blocks.push(cur);
  const parts: { item: boolean; text: string }[] = [];
  for (const block of blocks) {
    const items: string[][] = [];
    let c: string[] = [];
    for (const l of block) {
      if (ITEM.test(l) && c.length) {
        items.push(c);
        c = [l];
      } else c.push(l);
    }
    items.push(c);
    for (const it of items) {
      const m = ITEM.exec(it[0]!);
      const text = joinLines(m ? [it[0]!.slice(m[0].length), ...it.slice(1)] : it);
      if (text) parts.push({ item: m !== null, text });
    }
  }
  return parts.map((p, k) => (k === 0 ? "" : p.item && parts[k - 1]!.item ? "\n" : "\n\n") + p.text).join("");
}

/**
 * White House: batches 15–16 kept the stored Markdown as is (title, blank line, body, no final
 * newline); later ones rendered it: links to their text, paragraphs unwrapped, bold and escapes
 * dropped, list items one a line, a final newline.
 */
export const whiteHouse: Candidates = (ref, read) => {
  const { front, body } = frontMatter(read.show(ref.path, ref.commit));
  const title = strip(yamlTitle(front));
  const unlinked = body.replace(/\[([^\]]*)\]\(([^)]*)\)/g, "$1");
  return [`${title}\n\n${renderPandoc(unlinked)}\n`, `${title}\n\n${strip(body)}`];
};

/**
 * Let's Encrypt and The Carpentries: title, blank line, the body with figures and HTML tags removed
 * and entities decoded, Markdown links kept as written; each paragraph's lines stripped and kept as
 * lines (Markdown posts) or joined with spaces (the hand-wrapped HTML post).
 */
export const ngoPost: Candidates = (ref, read) => {
  const { front, body } = frontMatter(read.show(ref.path, ref.commit));
  const title = strip(yamlTitle(front));
  const text = decodeEntities(body.replace(/<figure\b[\s\S]*?<\/figure>/g, "").replace(/<[^>]+>/g, ""));
  return ["\n", " "].map((joiner) => {
    const paras = text
      .split(/\n[ \t]*\n/)
      .map((p) => p.split("\n").map(strip).filter(Boolean).join(joiner))
      .filter(Boolean);
    return `${title}\n\n${paras.join("\n\n")}\n`;
  });
};

/**
 * NASA: the file's first line is the title; the rest (photo caption included) is paragraphs between
 * blank lines with each line stripped. Some sessions ended with a newline, some did not.
 */
export const nasaArticle: Candidates = (ref, read) => {
  const [first = "", ...rest] = read.show(ref.path, ref.commit).split("\n");
  const paras = rest
    .join("\n")
    .split(/\n\s*\n/)
    .map(strip)
    .filter(Boolean)
    .map((p) => p.split("\n").map(strip).join("\n"));
  const text = `${strip(first)}\n\n${paras.join("\n\n")}`;
  return [`${text}\n`, text];
};
