import "server-only";
import { Prisma } from "@prisma/client";
import { publicDb } from "../../db";
import { withoutMatchMarks } from "../../domain/markdown-text";
import { searchConfig } from "../../domain/search-config";
import { excerptProbes, markTerms, substringTerms, termSnippet } from "../../domain/substring-match";
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

/** The options of the three excerpts, the same in both places they are made. */
const SEL = `StartSel="${MARK_START}", StopSel="${MARK_STOP}"`;
const WHOLE = `HighlightAll=true, ${SEL}`;
const FRAGMENTS = `MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … ", ${SEL}`;

/**
 * withoutMatchMarks() in SQL: each mark is one character doubled, and withoutMatchMarks halves every
 * doubling until none is left, so any run of the character becomes one. A text without a doubled mark
 * (nearly every text) is not run through the regular expressions.
 */
function safeSql(text: Prisma.Sql): Prisma.Sql {
  const [start, stop] = [MARK_START[0], MARK_STOP[0]];
  return Prisma.sql`CASE WHEN strpos(${text}, ${MARK_START}) = 0 AND strpos(${text}, ${MARK_STOP}) = 0 THEN ${text}
    ELSE regexp_replace(regexp_replace(${text}, ${`${start}{2,}`}, ${start}, 'g'), ${`${stop}{2,}`}, ${stop}, 'g') END`;
}

/** restOf() in SQL, over the edition `e` of the statement it is part of. */
const restSql = Prisma.sql`concat_ws(' ', e."bodyText",
  (SELECT string_agg(a.title || ' (' || array_to_string(a.parties, ', ') || ')', ' ' ORDER BY a.position)
    FROM "Agreement" a WHERE a."editionId" = e.id),
  (SELECT string_agg(q.text, ' ' ORDER BY q.position) FROM "Quote" q WHERE q."editionId" = e.id))`;

/** The snippet's window (issue 17): characters before the first place a word of the search is found, and in all. */
const WINDOW_BEFORE = 150;
const WINDOW_LENGTH = 600;
/** The window starts at the first of the first this many words found (the snippet falls back to the whole text). */
const PROBE_SLOTS = 4;

/**
 * The snippet of `text` in configuration `config`: a column or parameter (it is read several times),
 * without match marks of its own (safeSql, withoutMatchMarks). `lateral` joins the statement's row
 * (after whatever makes `text`), `column` is the snippet.
 * ts_headline parses all it is given, and over a release's whole text that was most of a search's
 * database time (3.6 of 6 ms for 20 texts of ~1 300 characters; a real release is several times
 * longer). So it is given a window of WINDOW_LENGTH characters around the first place a beginning of
 * one of the search's words is found (excerptProbes), cut at spaces; where the window holds no match
 * after all (a probe inside another word, a form of the word the probe misses) or nothing is found,
 * the whole text, as before. The fragments are then the best of the window, not of the whole text.
 * Expressions in two laterals: the window was found by subqueries nested three deep, each run again
 * for every row, which cost as much as the window saved (the page's statement, 20 rows, psql on the
 * bench's database, 7 December: 4.0–4.3 → 3.3–3.4 ms with the original's slug read by its key).
 */
function snippetParts(
  config: Prisma.Sql,
  text: Prisma.Sql,
  tsq: Prisma.Sql,
  q: string,
): { lateral: Prisma.Sql; column: Prisma.Sql } {
  // Where the first probe is found (null: none is): strpos over the lower-cased text for each of the
  // first PROBE_SLOTS probes, always that many (a missing one is null), so that one statement text,
  // prepared once, serves searches of any number of words.
  const probes = excerptProbes(q).slice(0, PROBE_SLOTS);
  const slots = Array.from(
    { length: PROBE_SLOTS },
    (_, i) => Prisma.sql`nullif(strpos(l.lo, l.p[${Prisma.raw(String(i + 1))}]), 0)`,
  );
  const start = Prisma.sql`greatest(1, sp.at - ${WINDOW_BEFORE})`;
  // The window, cut at spaces on the sides where it cuts the text; none when no probe is found.
  const win = Prisma.sql`CASE WHEN sp.at IS NULL OR length(${text}) <= ${WINDOW_LENGTH} THEN NULL
    ELSE regexp_replace(regexp_replace(substr(${text}, ${start}, ${WINDOW_LENGTH}),
      CASE WHEN ${start} > 1 THEN '^\\S*\\s+' ELSE '^$' END, ''),
      CASE WHEN ${start} + ${WINDOW_LENGTH} <= length(${text}) THEN '\\s+\\S*$' ELSE '^$' END, '') END`;
  const lateral = Prisma.sql`CROSS JOIN LATERAL (SELECT least(${Prisma.join(slots, ", ")}) AS at
      FROM (SELECT lower(${text}) AS lo, ${probes}::text[] AS p OFFSET 0) l OFFSET 0) sp
    CROSS JOIN LATERAL (SELECT CASE WHEN w.win IS NOT NULL THEN ts_headline(${config}, w.win, ${tsq}, ${FRAGMENTS}) END AS cut
      FROM (SELECT ${win} AS win OFFSET 0) w OFFSET 0) sx`;
  // The window's excerpt if it marks a word, else the whole text's.
  const column = Prisma.sql`CASE WHEN sx.cut IS NOT NULL AND strpos(sx.cut, ${MARK_START}) > 0 THEN sx.cut
    ELSE ts_headline(${config}, ${text}, ${tsq}, ${FRAGMENTS}) END`;
  return { lateral, column };
}

/**
 * The highlights as columns of the statement that reads a page's releases (`r` the release, `e` its
 * live edition), and the text they are cut from never leaves the database. `joins` follow the
 * statement's FROM and JOINs: `h`, whether they are made there (`h.highlighted`) and the rest of the
 * text without marks of its own, made once (`h.rest`; OFFSET 0 keeps the planner from copying its
 * subqueries into every place that reads it: the snippet reads it several times), then the
 * snippet's (snippetParts). `query` is the statement's materialised CTE `hq`:
 * the search's tsquery, made once per statement, also when its plan is generic (lib/db.ts prepares
 * the statement; in a generic plan a tsquery written into each ts_headline was made again for each
 * call: 11 ms against 4.7 for a page; as a subquery, it was made again for each row).
 * Issue 17: made by highlight() instead, each search page read every body into the app and sent it
 * back as parameters (~100 KB each way) in one more statement. Left to highlight(): a release marked by
 * substring (see there) and an edition whose body's text is not stored yet.
 */
export function highlightSql(
  q: string,
  language: string | null,
): { joins: Prisma.Sql; query: Prisma.Sql; columns: Prisma.Sql } {
  const substrings = usesSubstrings(language) && substringTerms(q).length > 0;
  const here = substrings
    ? Prisma.sql`(e."bodyText" IS NOT NULL AND search_config(r.language) <> 'simple'::regconfig)`
    : Prisma.sql`(e."bodyText" IS NOT NULL)`;
  const config = Prisma.sql`search_config(r.language)`;
  const tsq = Prisma.sql`hq.tsq`;
  const cut = (text: Prisma.Sql, options: string) =>
    Prisma.sql`CASE WHEN h.highlighted THEN ts_headline(${config}, ${safeSql(text)}, ${tsq}, ${options}) END`;
  const snippet = snippetParts(config, Prisma.sql`h.rest`, tsq, q);
  const joins = Prisma.sql`CROSS JOIN LATERAL (SELECT ${here} AS highlighted, CASE WHEN ${here} THEN ${safeSql(Prisma.sql`raw.rest`)} END AS rest
    FROM (SELECT CASE WHEN ${here} THEN ${restSql} END AS rest OFFSET 0) raw OFFSET 0) h CROSS JOIN hq ${snippet.lateral}`;
  const query = Prisma.sql`SELECT ${tsQuerySql(q, language)} AS tsq`;
  const columns = Prisma.sql`h.highlighted, ${cut(Prisma.sql`e.headline`, WHOLE)} AS "highlightHeadline",
    ${cut(Prisma.sql`e.summary`, WHOLE)} AS "highlightSummary",
    CASE WHEN h.highlighted THEN ${snippet.column} END AS "highlightSnippet"`;
  return { joins, query, columns };
}

/** A row's highlight as highlightSql() made it, or null where it was left to highlight(). */
export function highlightFromColumns(row: {
  highlighted?: boolean;
  highlightHeadline?: string | null;
  highlightSummary?: string | null;
  highlightSnippet?: string | null;
}): Highlight | null {
  if (!row.highlighted) return null;
  return {
    headline: row.highlightHeadline ?? "",
    summary: row.highlightSummary ?? "",
    snippet: marked(row.highlightSnippet ?? null),
  };
}

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
  const snippet = snippetParts(Prisma.sql`t.config`, Prisma.sql`t.rest`, Prisma.sql`query.tsq`, q);
  const found = await publicDb().$queryRaw<Array<{ id: string } & Highlight>>`
    WITH query AS (SELECT ${tsQuerySql(q, language)} AS tsq)
    SELECT t.id,
      ts_headline(t.config, t.headline, query.tsq, ${WHOLE}) AS headline,
      ts_headline(t.config, t.summary, query.tsq, ${WHOLE}) AS summary,
      ${snippet.column} AS snippet
    FROM (VALUES ${Prisma.join(rows)}) AS t(id, config, headline, summary, rest) CROSS JOIN query ${snippet.lateral}`;
  for (const r of found) result.set(r.id, { headline: r.headline, summary: r.summary, snippet: marked(r.snippet) });
  return result;
}
