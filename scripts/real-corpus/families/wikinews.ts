/**
 * Wikinews articles from three corpora: the wikitext stored by airKlizz/WikinewsSum, the rendered
 * paragraphs scraped by vanatteveldt/wikinews, and the sentence text of the GUM treebank.
 */

import { decodeEntities, csvRecords, strip } from "../text";
import type { Candidates } from "./types";

/** Replaces every balanced open…close span (nesting counted) by what `render` makes of its inside. */
function replaceNested(s: string, open: string, close: string, render: (inner: string) => string): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    if (!s.startsWith(open, i)) {
      out += s[i];
      i++;
      continue;
    }
    let depth = 0;
    let j = i;
    while (j < s.length) {
      if (s.startsWith(open, j)) {
        depth++;
        j += open.length;
      } else if (s.startsWith(close, j)) {
        depth--;
        j += close.length;
        if (depth === 0) break;
      } else j++;
    }
    out += render(s.slice(i + open.length, j - close.length));
    i = j;
  }
  return out;
}

// {{date|…}} gives the dateline; {{w|page|text}} is a link to Wikipedia; other templates are page furniture.
function template(inner: string): string {
  const parts = inner.split("|");
  const name = strip(parts[0] ?? "").toLowerCase();
  if (name === "date") return strip(parts[1] ?? "");
  if (name === "w") return parts.length > 1 ? parts[parts.length - 1]! : "";
  return "";
}

// Images, categories and interlanguage links are dropped; other links keep their text.
function wikiLink(inner: string): string {
  if (/^(file|image|category|[a-z]{2}):/i.test(inner)) return "";
  const parts = inner.split("|");
  const text = parts[parts.length - 1]!;
  return parts.length === 1 ? text.replace(/^w:/, "") : text;
}

/** WikinewsSum: each stored wikitext chunk rendered to plain text, every non-empty line a paragraph. */
export const wikinewsSum: Candidates = (ref, read) => {
  const n = Number(/^line(\d+)$/.exec(ref.item ?? "")?.[1]);
  const line = read.show(ref.path, ref.commit).split("\n")[n - 1];
  if (!line) return [];
  const d = JSON.parse(line) as { title: string; text: string[] };
  const paras: string[] = [];
  for (const chunk of d.text) {
    let s = replaceNested(chunk, "{{", "}}", template);
    s = replaceNested(s, "[[", "]]", wikiLink);
    s = s.replace(/\{publish\}\}|\{archive\}\}|\{archived\}\}/g, ""); // broken templates in the dump
    s = s.replace(/\[https?:\/\/\S+\s+([^\]]*)\]/g, "$1");
    s = s
      .replace(/'''?/g, "")
      .replace(/<br\s*\/?>/g, "")
      .replace(/<[^>]+>/g, "");
    for (const l of decodeEntities(s).split("\n")) if (strip(l)) paras.push(strip(l));
  }
  return [`${strip(d.title)}\n\n${paras.join("\n\n")}\n`];
};

/** vanatteveldt/wikinews: CSV row n (0-based, header not counted); title, then each non-empty stored line. */
export const scrapedWikinews: Candidates = (ref, read) => {
  const n = Number(/^row(\d+)$/.exec(ref.item ?? "")?.[1]);
  const rows = read.parsed(ref.path, ref.commit, "csv", csvRecords);
  const r = rows[n];
  if (!r) return [];
  const lines = (r.text ?? "").split("\n").map(strip).filter(Boolean);
  return [`${strip(r.title ?? "")}\n\n${lines.join("\n\n")}\n`];
};

/** GUM: the "# text" sentences of each "# newpar" paragraph joined by spaces (headline first). */
export const gumDocument: Candidates = (ref, read) => {
  const paras: string[][] = [];
  let cur: string[] | null = null;
  for (const l of read.show(ref.path, ref.commit).split("\n")) {
    if (l.startsWith("# newpar") && !l.startsWith("# newpar_")) paras.push((cur = []));
    else if (l.startsWith("# text = ")) {
      if (!cur) paras.push((cur = []));
      cur.push(l.slice("# text = ".length));
    }
  }
  return [
    paras
      .filter((p) => p.length)
      .map((p) => p.join(" "))
      .join("\n\n") + "\n",
  ];
};
