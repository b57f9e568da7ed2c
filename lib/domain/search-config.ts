// Issue 14: how each language's text is searched. PostgreSQL stems the languages it has a Snowball
// configuration for ("соглашения" and "соглашение" are one lexeme in 'russian'); the others are
// indexed word for word ('simple') and, since their inflected forms (Azerbaijani "sazişini") and
// unspaced scripts (Chinese "签署了合作协议") hide a word inside a longer token, also matched by
// substring and trigram similarity (pg_trgm). The migration 20261203010000_language_search holds the
// same table in SQL (search_config()); lib/dal/public/language-lists.test.ts checks that they agree.
import { LANGUAGES } from "./languages";

export type SearchConfigName =
  "english" | "russian" | "arabic" | "turkish" | "french" | "german" | "spanish" | "portuguese" | "italian" | "simple";

export interface SearchConfig {
  /** The PostgreSQL text-search configuration of the language's vectors and queries. */
  config: SearchConfigName;
  /** No stemming: words are also found inside longer ones (ILIKE, pg_trgm word similarity). */
  trigram: boolean;
}

const STEMMED: Readonly<Record<string, SearchConfigName>> = {
  en: "english",
  ru: "russian",
  ar: "arabic",
  tr: "turkish",
  fr: "french",
  de: "german",
  es: "spanish",
  pt: "portuguese",
  it: "italian",
};

export function searchConfig(language: string): SearchConfig {
  const stemmed = Object.hasOwn(STEMMED, language) ? STEMMED[language] : undefined;
  return stemmed ? { config: stemmed, trigram: false } : { config: "simple", trigram: true };
}

/** Every configuration some language of ours is indexed with: a search across languages asks in each. */
export const SEARCH_CONFIG_NAMES: readonly SearchConfigName[] = [
  ...new Set(LANGUAGES.map((l) => searchConfig(l.code).config)),
];
