import "server-only";
import { Prisma } from "@prisma/client";
import { SEARCH_CONFIG_NAMES, searchConfig } from "../../domain/search-config";
import { substringTerms } from "../../domain/substring-match";

// Issue 14: how a search text matches an edition, per listing language (lib/domain/search-config.ts).
// - A language with a stemmer (en, ru, ar …): its vector @@ websearch_to_tsquery(<its config>, q).
// - A language without one (az, zh, ja, ko …): its vector (simple) @@ the simple query, or every word
//   of q found inside its searchText (ILIKE, which the trigram index serves from three characters on;
//   a longer word also by pg_trgm word similarity, so "sazişini" finds "sazişlərini").
// - Originals in any language (the default of /): q in every configuration OR-ed, so each release
//   matches in its own language, whole words (a language without a stemmer in simple). No substring
//   arm: one GIN condition keeps the index in use (an OR with the trigram index lost it to a scan
//   of every published edition), and the home page's Language filter gives the substring search.

/** LIKE pattern for "contains", with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Words shorter than this are only found as substrings: trigram similarity of short words is noise. */
const SIMILAR_MIN_LENGTH = 5;

export interface SearchMatch {
  /** The condition on e (the live Edition). */
  where: Prisma.Sql;
  /** The ranking, a real: ts_rank, plus a share of the words found in the headline when searched by substring. */
  rank: Prisma.Sql;
  /** The tsquery (for ts_headline). */
  tsq: Prisma.Sql;
  /** Whether q has a word to search for at all (searchableSql). */
  searchable: Prisma.Sql;
  /**
   * The same match with its tsquery read from `tsq` (a column of the statement's CTE holding `tsq`
   * above): in a prepared statement's generic plan the function would be called for every row.
   */
  reading: (tsq: Prisma.Sql) => SearchMatch;
  /** The words also found as substrings (a listing without a stemmer): the match's text has a part for each. */
  substrings: number;
}

/**
 * The tsquery of q in the listing's configuration; for originals in any language, q in each of our
 * configurations, OR-ed. Most configurations read a Latin word alike, so the OR is of the distinct
 * queries only (a longer tsquery costs the GIN index more, and the planner gave up the index for ten
 * copies of one query). Issue 17: one immutable function of constants (migration
 * 20261203061000_search_tsquery), which PostgreSQL evaluates while planning, so it knows how common
 * the words are and picks the index that finds the newest matches soonest.
 */
export function tsQuerySql(q: string, language: string | null): Prisma.Sql {
  const configs = language ? [searchConfig(language).config] : SEARCH_CONFIG_NAMES;
  return Prisma.sql`search_tsquery(ARRAY[${Prisma.join(configs)}]::text[], ${q})`;
}

/** Whether the listing is searched by substring too: the listing of a language without a stemmer. */
export function usesSubstrings(language: string | null): boolean {
  return language !== null && searchConfig(language).trigram;
}

export function searchMatch(q: string, language: string | null): SearchMatch {
  return matchOn(q, language, tsQuerySql(q, language));
}

function matchOn(q: string, language: string | null, tsq: Prisma.Sql): SearchMatch {
  const reading = (other: Prisma.Sql) => matchOn(q, language, other);
  const searchable = searchableSql(q, language);
  const terms = usesSubstrings(language) ? substringTerms(q) : [];
  if (terms.length === 0)
    return {
      where: Prisma.sql`e."searchVector" @@ ${tsq}`,
      rank: Prisma.sql`ts_rank(e."searchVector", ${tsq})`,
      tsq,
      searchable,
      reading,
      substrings: 0,
    };
  const found = terms.map((term) =>
    Array.from(term).length >= SIMILAR_MIN_LENGTH
      ? Prisma.sql`(e."searchText" ILIKE ${containsPattern(term)} OR ${term} <% e."searchText")`
      : Prisma.sql`e."searchText" ILIKE ${containsPattern(term)}`,
  );
  const inHeadline = terms.map(
    (term) => Prisma.sql`(CASE WHEN e.headline ILIKE ${containsPattern(term)} THEN 1 ELSE 0 END)`,
  );
  return {
    where: Prisma.sql`(e."searchVector" @@ ${tsq} OR (${Prisma.join(found, " AND ")}))`,
    rank: Prisma.sql`(ts_rank(e."searchVector", ${tsq}) + CASE WHEN e."searchText" IS NULL THEN 0
      ELSE (${Prisma.join(inHeadline, " + ")})::real / ${terms.length}::real END)::real`,
    tsq,
    searchable,
    reading,
    substrings: terms.length,
  };
}

/**
 * Whether q has anything to search for in the listing's language: "the" alone has no lexeme in
 * English (the listing of originals in any language asks English, the site's own, as before). Simple
 * configurations keep every word. A boolean SQL expression: the search's first statement answers it
 * (issue 17: a statement of its own was one more round trip for every search).
 */
export function searchableSql(q: string, language: string | null): Prisma.Sql {
  const config = searchConfig(language ?? "en").config;
  return Prisma.sql`numnode(websearch_to_tsquery(${config}::regconfig, ${q})) > 0`;
}
