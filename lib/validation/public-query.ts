// Query strings of the public listing pages (/ and /agreements). Anything a reader can type into the
// address bar reaches these parsers, so they never throw: a value that does not make sense is dropped
// and named in `notes`, which the page shows ("Ignored …"), instead of failing the request.
import { z } from "zod";
import { AGREEMENT_TYPES, type AgreementTypeValue } from "../domain/agreement-types";
import { isCountryCode, splitCountryCodes } from "../domain/countries";
import { languageOf } from "../domain/languages";

export type SearchParams = Record<string, string | string[] | undefined>;

/** Longest search text we use: longer input is cut (a 10 000-character q is not a search). */
export const MAX_QUERY_LENGTH = 200;
const MAX_TEXT_FILTER_LENGTH = 120;

/** Keyset position: the last (or first) row of a page. `rank` only for ranked (q) listings. */
export interface Cursor {
  publishedAt: Date;
  id: string;
  /** ts_rank as PostgreSQL printed it (a float4 round-trips exactly through its text form). */
  rank: string | null;
}

export interface ReleaseFilters {
  countries: string[];
  agreementType: AgreementTypeValue | null;
  issuer: string | null;
  speaker: string | null;
  /** Inclusive YYYY-MM-DD bounds on the release's first publication date (UTC). */
  from: string | null;
  to: string | null;
}

export interface PublicReleaseQuery extends ReleaseFilters {
  q: string | null;
  after: Cursor | null;
  before: Cursor | null;
  /**
   * Issue 14: the versions written in this language (originals in it and live translations into it),
   * searched in its text-search configuration; null: originals in any language (the default of `/`).
   */
  language: string | null;
}

export interface Parsed<T> {
  query: T;
  notes: string[];
}

/** The first value of a parameter (repeated parameters: the rest are ignored unless the caller reads them all). */
function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function all(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * Trimmed text without control characters (PostgreSQL refuses NUL in text, and the others are never
 * meant), whitespace collapsed; null when empty.
 */
export function cleanText(value: string | undefined, max: number): { text: string | null; cut: boolean } {
  if (value === undefined) return { text: null, cut: false };

  const text = value
    .replace(/[\u0000-\u001f\u007f\ufffe\uffff]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!text) return { text: null, cut: false };
  // Cut on code points, so a surrogate pair is never split into invalid UTF-16.
  const points = Array.from(text);
  return points.length > max ? { text: points.slice(0, max).join("").trim(), cut: true } : { text, cut: false };
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return (
      !Number.isNaN(d.getTime()) &&
      d.toISOString().slice(0, 10) === s &&
      d.getUTCFullYear() >= 1900 &&
      d.getUTCFullYear() <= 2999
    );
  });

function parseDate(raw: string | undefined, label: string, notes: string[]): string | null {
  const { text } = cleanText(raw, 40);
  if (!text) return null;
  const ok = isoDate.safeParse(text);
  if (ok.success) return ok.data;
  notes.push(`${label} date "${text}" is not a date like 2024-07-04, so it was ignored.`);
  return null;
}

const cursorSchema = z.tuple([
  z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
  z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  // A real (float4) that PostgreSQL accepts: out-of-range text would be a database error, not a page.
  z
    .string()
    .regex(/^\d+(\.\d+)?(e-?\d{1,2})?$/i)
    .max(32)
    .refine((r) => Number(r) <= 1e30)
    .nullable(),
]);

/** Cursor → opaque URL-safe text (base64url of a small JSON array). */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.publishedAt.toISOString(), cursor.id, cursor.rank]), "utf8").toString(
    "base64url",
  );
}

/** Opaque text → cursor, or null for anything that is not one of ours. Never throws. */
export function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw || raw.length > 300 || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = cursorSchema.safeParse(json);
  if (!parsed.success) return null;
  const [at, id, rank] = parsed.data;
  const publishedAt = new Date(at);
  // Years PostgreSQL and JavaScript agree on (no year 0, no far-future overflow).
  if (Number.isNaN(publishedAt.getTime()) || publishedAt.toISOString() !== at) return null;
  if (publishedAt.getUTCFullYear() < 1900 || publishedAt.getUTCFullYear() > 2999) return null;
  return { publishedAt, id, rank };
}

function parseFilters(params: SearchParams, notes: string[]): ReleaseFilters {
  // Countries: repeated (?country=AZ&country=CN) or a list ("AZ,CN"); any one of them matches.
  const countries: string[] = [];
  for (const raw of all(params.country)) {
    for (const code of splitCountryCodes(cleanText(raw, 200).text ?? "")) {
      if (isCountryCode(code)) {
        if (!countries.includes(code)) countries.push(code);
      } else notes.push(`"${code.slice(0, 20)}" is not a country code, so it was ignored.`);
    }
  }
  const typeText = cleanText(first(params.type), 60).text;
  const type = typeText ? z.enum(AGREEMENT_TYPES).safeParse(typeText.toUpperCase()) : null;
  if (type && !type.success) notes.push(`"${typeText}" is not an agreement type, so it was ignored.`);

  const issuer = cleanText(first(params.issuer), MAX_TEXT_FILTER_LENGTH);
  const speaker = cleanText(first(params.speaker), MAX_TEXT_FILTER_LENGTH);
  if (issuer.cut) notes.push(`The issuer was shortened to ${MAX_TEXT_FILTER_LENGTH} characters.`);
  if (speaker.cut) notes.push(`The speaker was shortened to ${MAX_TEXT_FILTER_LENGTH} characters.`);

  let from = parseDate(first(params.from), "From", notes);
  let to = parseDate(first(params.to), "To", notes);
  if (from && to && from > to) {
    notes.push("From was after To, so the two dates were swapped.");
    [from, to] = [to, from];
  }
  return {
    countries,
    agreementType: type?.success ? type.data : null,
    issuer: issuer.text,
    speaker: speaker.text,
    from,
    to,
  };
}

/** `?language=ru`: one of our language codes (any case), else ignored with a note. */
function parseLanguage(raw: string | undefined, notes: string[]): string | null {
  const { text } = cleanText(raw, 20);
  if (!text) return null;
  const language = languageOf(text);
  if (!language) notes.push(`"${text}" is not a language we publish in, so it was ignored.`);
  return language?.code ?? null;
}

/** `/?q=…&country=…&type=…&issuer=…&speaker=…&from=…&to=…&language=…&after|before=<cursor>` */
export function parseReleaseQuery(params: SearchParams): Parsed<PublicReleaseQuery> {
  const notes: string[] = [];
  const q = cleanText(first(params.q), MAX_QUERY_LENGTH);
  if (q.cut) notes.push(`The search text was shortened to its first ${MAX_QUERY_LENGTH} characters.`);
  const filters = parseFilters(params, notes);

  let after = decodeCursor(first(params.after));
  let before = decodeCursor(first(params.before));
  if ((first(params.after) && !after) || (first(params.before) && !before)) {
    notes.push("The page link was not valid, so the first page is shown.");
    after = null;
    before = null;
  }
  if (after && before) before = null;
  const language = parseLanguage(first(params.language), notes);
  return { query: { q: q.text, ...filters, after, before, language }, notes };
}

export interface AgreementQuery {
  countries: string[];
  agreementType: AgreementTypeValue | null;
  party: string | null;
  from: string | null;
  to: string | null;
  /** 1-based page number. */
  page: number;
  /** Issue 14: the agreements of one language's versions (/az/agreements); absent or null: originals. */
  language?: string | null;
}

export const AGREEMENTS_PER_PAGE = 50;
const MAX_PAGE = 10_000;

/** `/agreements?country=…&type=…&party=…&from=…&to=…&page=N` */
export function parseAgreementQuery(params: SearchParams): Parsed<AgreementQuery> {
  const notes: string[] = [];
  const filters = parseFilters(params, notes);
  const party = cleanText(first(params.party), MAX_TEXT_FILTER_LENGTH);
  if (party.cut) notes.push(`The party was shortened to ${MAX_TEXT_FILTER_LENGTH} characters.`);
  const pageText = cleanText(first(params.page), 20).text;
  let page = 1;
  if (pageText) {
    const n = /^\d{1,6}$/.test(pageText) ? Number(pageText) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= MAX_PAGE) page = n;
    else notes.push(`"${pageText}" is not a page number, so the first page is shown.`);
  }
  return {
    query: {
      countries: filters.countries,
      agreementType: filters.agreementType,
      party: party.text,
      from: filters.from,
      to: filters.to,
      page,
    },
    notes,
  };
}

/** The URL of a listing with these parameters (empty ones left out). */
/** A listing's search and filters as URL parameters (for listingHref): the state of `/` and the API. */
export function listingState(query: PublicReleaseQuery, q: string | null = query.q) {
  return {
    q,
    country: query.countries,
    type: query.agreementType,
    issuer: query.issuer,
    speaker: query.speaker,
    from: query.from,
    to: query.to,
    language: query.language,
  };
}

export function listingHref(path: string, params: Record<string, string | string[] | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) if (v) search.append(key, v);
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
