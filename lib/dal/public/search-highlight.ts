import "server-only";
import { Prisma } from "@prisma/client";
import { publicDb } from "../../db";
import { withoutMatchMarks } from "../../domain/markdown-text";
import { searchConfig } from "../../domain/search-config";
import { markTerms, substringTerms, termSnippet } from "../../domain/substring-match";
import { tsQuerySql, usesSubstrings } from "./search-match";

/** Sentinels ts_headline puts around matched words; components/highlighted-text.tsx turns them into <mark>. */
export const MARK_START = "««";
export const MARK_STOP = "»»";

export interface Highlight {
  headline: string;
  summary: string;
  snippet: string | null;
}

/** A release as its excerpt needs it. */
export interface HighlightSource {
  id: string;
  language: string;
  headline: string;
  summary: string;
  /** The live edition's body as the reader sees it, as text (no Markdown). */
  bodyText: string;
  agreements: ReadonlyArray<{ title: string; parties: string[] }>;
  quotes: ReadonlyArray<{ text: string }>;
}

const marks = { start: MARK_START, stop: MARK_STOP };
const safe = (text: string) => withoutMatchMarks(text, marks);

/** What the snippet is cut from: the body as the reader sees it, then the agreements and quotes. */
function restOf(r: HighlightSource): string {
  return [
    r.bodyText,
    ...r.agreements.map((a) => `${a.title} (${a.parties.join(", ")})`),
    ...r.quotes.map((quote) => quote.text),
  ].join(" ");
}

/**
 * A snippet only where a word of the search is marked in it. Without one, ts_headline returns the
 * text's first words, which say nothing of the match (it was in the headline or the summary). Read
 * from the marks, not by testing the text against the query first: that test parsed each text a
 * second time, a third of the statement's cost (issue 17). So a snippet now also shows where some of
 * the words appear when the rest of the text holds only some of them.
 */
const marked = (snippet: string | null) => (snippet?.includes(MARK_START) ? snippet : null);

/**
 * Highlights for one page of releases only (ts_headline re-parses the text, so never for the whole
 * result). Headline and summary are highlighted whole, the snippet is the best fragments of the rest:
 * the body as the reader sees it (Markdown turned into its text first, so an excerpt never shows `**`,
 * a link's address or a heading's `#`, and no fragment starts inside a mark-up pair), then the
 * agreements and quotes. The texts lose any match marks of their own first: only ours are marks.
 * Each release is parsed in its own language's configuration (issue 14); a language searched by
 * substring (no stemmer) is marked by substring too, since ts_headline marks whole tokens only.
 */
export async function highlight(
  releases: HighlightSource[],
  q: string,
  language: string | null,
): Promise<Map<string, Highlight>> {
  const result = new Map<string, Highlight>();
  const terms = usesSubstrings(language) ? substringTerms(q) : [];
  const byTokens: HighlightSource[] = [];
  for (const r of releases) {
    if (terms.length > 0 && searchConfig(r.language).trigram) {
      result.set(r.id, {
        headline: markTerms(safe(r.headline), terms, marks),
        summary: markTerms(safe(r.summary), terms, marks),
        snippet: termSnippet(safe(restOf(r)), terms, marks),
      });
    } else byTokens.push(r);
  }
  if (byTokens.length === 0) return result;
  const rows = byTokens.map(
    (r) =>
      Prisma.sql`(${r.id}::text, ${searchConfig(r.language).config}::regconfig, ${safe(r.headline)}::text, ${safe(r.summary)}::text, ${safe(restOf(r))}::text)`,
  );
  const sel = `StartSel="${MARK_START}", StopSel="${MARK_STOP}"`;
  const found = await publicDb().$queryRaw<Array<{ id: string } & Highlight>>`
    WITH query AS (SELECT ${tsQuerySql(q, language)} AS tsq)
    SELECT t.id,
      ts_headline(t.config, t.headline, query.tsq, ${`HighlightAll=true, ${sel}`}) AS headline,
      ts_headline(t.config, t.summary, query.tsq, ${`HighlightAll=true, ${sel}`}) AS summary,
      ts_headline(t.config, t.rest, query.tsq, ${`MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … ", ${sel}`}) AS snippet
    FROM (VALUES ${Prisma.join(rows)}) AS t(id, config, headline, summary, rest) CROSS JOIN query`;
  for (const r of found) result.set(r.id, { headline: r.headline, summary: r.summary, snippet: marked(r.snippet) });
  return result;
}
