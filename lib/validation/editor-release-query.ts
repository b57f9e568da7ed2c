// The query string of the editor's releases list (/admin): the URL is the list's whole state (tab,
// search, filters, page), so every view is a link and the GET form works without JavaScript. Like the
// public parsers, this never throws: what does not make sense is dropped and named in `notes`.
import { isCountryCode } from "../domain/countries";
import { isLanguageCode } from "../domain/languages";
import { isReleaseTab, type ReleaseTab } from "../domain/release-tabs";
import {
  MAX_QUERY_LENGTH,
  cleanText,
  decodeCursor,
  encodeCursor,
  listingHref,
  type Parsed,
  type SearchParams,
} from "./public-query";

/** Keyset position in the list: the last (or first) row of a page. `rank` only when searching. */
export interface EditorReleaseCursor {
  updatedAt: Date;
  id: string;
  /** ts_rank as PostgreSQL printed it (float4 round-trips exactly through its text form). */
  rank: string | null;
}

export interface EditorReleaseQuery {
  /** null: the address names no tab, so the page opens on the user's landing tab. */
  tab: ReleaseTab | null;
  q: string | null;
  /** A user id: releases this user is an author of. */
  author: string | null;
  /** ISO 3166-1 alpha-2: releases whose newest edition names this country. */
  country: string | null;
  /** Issue 14: releases written in this language (originals and translations). */
  language: string | null;
  after: EditorReleaseCursor | null;
  before: EditorReleaseCursor | null;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// The public cursor's text form (a time, an id, a rank) serves here too; its time is the update time.
function encodeEditorCursor(cursor: EditorReleaseCursor): string {
  return encodeCursor({ publishedAt: cursor.updatedAt, id: cursor.id, rank: cursor.rank });
}

function decodeEditorCursor(raw: string | undefined): EditorReleaseCursor | null {
  const cursor = decodeCursor(raw);
  return cursor ? { updatedAt: cursor.publishedAt, id: cursor.id, rank: cursor.rank } : null;
}

/** `/admin?status=…&q=…&author=…&country=…&after|before=<cursor>` */
export function parseEditorReleaseQuery(params: SearchParams): Parsed<EditorReleaseQuery> {
  const notes: string[] = [];
  const statusText = cleanText(first(params.status), 40).text;
  const tab = statusText && isReleaseTab(statusText) ? statusText : null;
  if (statusText && !tab) notes.push(`"${statusText}" is not a list of releases, so the usual one is shown.`);

  const q = cleanText(first(params.q), MAX_QUERY_LENGTH);
  if (q.cut) notes.push(`The search text was shortened to its first ${MAX_QUERY_LENGTH} characters.`);

  const authorText = cleanText(first(params.author), 100).text;
  const author = authorText && /^[A-Za-z0-9_-]{1,64}$/.test(authorText) ? authorText : null;
  if (authorText && !author) notes.push("The author was not one of the choices, so it was ignored.");

  const countryText = cleanText(first(params.country), 20).text?.toUpperCase() ?? null;
  const country = countryText && isCountryCode(countryText) ? countryText : null;
  if (countryText && !country) notes.push(`"${countryText}" is not a country code, so it was ignored.`);

  const languageText = cleanText(first(params.language), 20).text?.toLowerCase() ?? null;
  const language = languageText && isLanguageCode(languageText) ? languageText : null;
  if (languageText && !language) notes.push(`"${languageText}" is not a language code, so it was ignored.`);

  let after = decodeEditorCursor(first(params.after));
  let before = decodeEditorCursor(first(params.before));
  if ((first(params.after) && !after) || (first(params.before) && !before)) {
    notes.push("The page link was not valid, so the first page is shown.");
    after = null;
    before = null;
  }
  if (after && before) before = null;
  return { query: { tab, q: q.text, author, country, language, after, before }, notes };
}

/** The list's address for this state (empty parameters left out). */
export function editorListHref(state: {
  tab: ReleaseTab;
  q: string | null;
  author: string | null;
  country: string | null;
  language?: string | null;
  after?: EditorReleaseCursor | null;
  before?: EditorReleaseCursor | null;
}): string {
  return listingHref("/admin", {
    status: state.tab,
    q: state.q,
    author: state.author,
    country: state.country,
    language: state.language ?? null,
    after: state.after ? encodeEditorCursor(state.after) : null,
    before: state.before ? encodeEditorCursor(state.before) : null,
  });
}
