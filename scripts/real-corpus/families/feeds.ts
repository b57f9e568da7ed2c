/**
 * Releases stored as records of a larger file: the State Department's RSS feed (one commit per day of
 * markschaver/State-Department-PR), GOV.UK content items (alphagov/publishing-api examples), dstl/re3d
 * document lines, and the scraped kremlin.ru / president.gov.ua CSVs (PeiYiZhuo/zelenskyy-putin).
 */

import { decodeEntities, htmlParagraphs, csvRecords, strip } from "../text";
import type { Candidates } from "./types";

/**
 * State Department: the item's title (entities decoded), a blank line, its content:encoded HTML as
 * paragraphs. One session kept blanks and turned the body's no-break spaces into spaces, with no
 * final newline; another collapsed every blank and ended with a newline.
 */
export const stateRss: Candidates = (ref, read) => {
  const link = /RSS item (\S+)/.exec(ref.detail)?.[1] ?? ref.item;
  if (!link) return [];
  const items = read.parsed(ref.path, ref.commit, "rss-items", (xml) => {
    const byLink = new Map<string, string>();
    for (const m of xml.matchAll(/<item>([\s\S]*?)<\/item>/g)) {
      const l = /<link>([\s\S]*?)<\/link>/.exec(m[1]!)?.[1];
      if (l && !byLink.has(l)) byLink.set(l, m[1]!);
    }
    return byLink;
  });
  const item = items.get(link);
  if (!item) return [];
  const title = strip(decodeEntities(/<title>([\s\S]*?)<\/title>/.exec(item)?.[1] ?? ""));
  const html = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(item)?.[1] ?? "";
  const kept = htmlParagraphs(html, "keep")
    .join("\n\n")
    .replace(/\u00a0/g, " ");
  const collapsed = htmlParagraphs(html, "collapse-all").join("\n\n");
  return [`${title}\n\n${kept}`, `${title}\n\n${collapsed}\n`];
};

interface ContentItem {
  title?: string;
  description?: string;
  details?: { body?: string | { content_type?: string; content?: string }[] };
}

/**
 * GOV.UK: title, summary (description), then the body HTML's blocks with all blanks inside a block
 * collapsed (contact blocks run their lines together), and a final newline.
 */
export const govukExample: Candidates = (ref, read) => {
  const d = JSON.parse(read.show(ref.path, ref.commit)) as ContentItem;
  const raw = d.details?.body;
  const body = typeof raw === "string" ? raw : (raw?.find((b) => b.content_type === "text/html")?.content ?? "");
  const head = [strip(d.title ?? ""), ...(d.description ? [strip(d.description)] : [])];
  const paras = htmlParagraphs(body, "collapse-ascii");
  return [
    [...head, ...paras.map((p) => p.replace(/\s+/g, " "))].join("\n\n") + "\n",
    [...head, ...paras].join("\n\n") + "\n",
  ];
};

/** dstl/re3d: one JSON document per line; title, blank line, the stored text (stripped, or as stored). */
export const re3dDocument: Candidates = (ref, read) => {
  const id = /_id ([0-9A-F]{32})/.exec(ref.detail)?.[1] ?? ref.item;
  if (!id) return [];
  const line = read
    .show(ref.path, ref.commit)
    .split("\n")
    .find((l) => l.includes(id));
  if (!line) return [];
  const d = JSON.parse(line) as { title: string; text: string };
  return [`${strip(d.title)}\n\n${strip(d.text)}\n`, `${strip(d.title)}\n\n${d.text}`];
};

/** kremlin.ru / president.gov.ua rows keyed by URL: headline, summary (kremlin only), body, each stripped. */
export const presidentCsv: Candidates = (ref, read) => {
  if (!ref.item) return [];
  const rows = read.parsed(ref.path, ref.commit, "csv-by-link", (text) => {
    const byLink = new Map<string, Record<string, string>>();
    for (const r of csvRecords(text)) if (r.link) byLink.set(r.link, r); // a repeated URL: the last row, as a dict keyed by URL keeps it
    return byLink;
  });
  const r = rows.get(ref.item);
  if (!r) return [];
  const parts = [strip(r.headline ?? ""), ...(r.summary ? [strip(r.summary)] : []), strip(r.body ?? "")];
  return [parts.join("\n\n") + "\n"];
};
