// Issue 14: languages PostgreSQL cannot stem (Azerbaijani, Chinese, Japanese, Korean …, see
// search-config.ts) are searched by substring: "saziş" inside "sazişini", "货运" inside a sentence of
// Han characters with no spaces. The database finds them (ILIKE and pg_trgm on Edition.searchText);
// these pure helpers give the words to look for and mark the matches in what a listing shows, which
// ts_headline cannot do (it marks whole tokens only).

export interface Marks {
  start: string;
  stop: string;
}

const MAX_TERMS = 8;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The words of a search text to find as substrings: runs of letters and digits, each once (case
 * aside), in order. websearch syntax is respected as far as it matters here: "or" is an operator and
 * a "-word" is excluded, so neither is a word to find.
 */
export function substringTerms(q: string): string[] {
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const token of q.split(/\s+/)) {
    if (token.startsWith("-") || token.toLowerCase() === "or") continue;
    for (const word of token.match(WORD) ?? []) {
      const key = word.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      terms.push(word);
    }
  }
  return terms.slice(0, MAX_TERMS);
}

function termPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  // Longest first, so a longer term wins where two overlap.
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "giu");
}

/** `text` with every occurrence of a term (any case, inside words too) between the marks. */
export function markTerms(text: string, terms: readonly string[], marks: Marks): string {
  const pattern = termPattern(terms);
  return pattern ? text.replace(pattern, (m) => `${marks.start}${m}${marks.stop}`) : text;
}

/**
 * About `maxChars` characters of `text` around its first match, marked, with "…" where it was cut;
 * null when no term is in it. Cut on code points, so no surrogate pair is split.
 */
export function termSnippet(text: string, terms: readonly string[], marks: Marks, maxChars = 200): string | null {
  const pattern = termPattern(terms);
  const match = pattern?.exec(text);
  if (!match) return null;
  const points = Array.from(text);
  if (points.length <= maxChars) return markTerms(text, terms, marks);
  // The match's position in code points, then a window that starts a third of the way before it.
  const at = Array.from(text.slice(0, match.index)).length;
  const start = Math.max(0, Math.min(at - Math.floor(maxChars / 3), points.length - maxChars));
  const end = Math.min(points.length, start + maxChars);
  const window = points.slice(start, end).join("").trim();
  return `${start > 0 ? "…" : ""}${markTerms(window, terms, marks)}${end < points.length ? "…" : ""}`;
}

/** A word of this many characters or fewer is its own probe; a longer one keeps at least this many. */
const PROBE_MAX_WHOLE = 4;
/** The share of a longer word's characters its probe keeps. */
const PROBE_SHARE = 0.6;

/**
 * Where an excerpt's window starts (issue 17): lower-case beginnings of the words of a search text,
 * to find with strpos in the lower-cased text. ts_headline parses the whole text it is given, which
 * made it most of a search's database time; cut around the first place a probe is found, it parses a
 * window instead. A beginning, not the word: the text may hold another form of it ("energy" and
 * "energies" share "ener", which is what the stemmer also keeps of both). Only a hint: where no window
 * holds a match after all, the whole text is read, so a probe found inside another word costs time,
 * never the snippet.
 */
export function excerptProbes(q: string): string[] {
  const probes = substringTerms(q).map((term) => {
    const points = Array.from(term.toLowerCase());
    const keep =
      points.length <= PROBE_MAX_WHOLE
        ? points.length
        : Math.max(PROBE_MAX_WHOLE, Math.ceil(points.length * PROBE_SHARE));
    return points.slice(0, keep).join("");
  });
  return [...new Set(probes)];
}
