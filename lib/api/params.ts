// Query parameters of the open API. The reader pages forgive (a bad value is dropped with a note);
// a program deserves to be told, so here every parameter is checked and the first bad one is a 400
// that names it. The checks are two layers, both reused rather than rewritten:
//  1. the zod schema of each parameter below, which is also what the OpenAPI document publishes;
//  2. the reader pages' own parser (lib/validation/public-query.ts), run on each value alone: anything
//     it would drop or shorten with a note is refused here. The query itself then comes from that
//     parser, so /api/v1/releases and / can never disagree on what a filter means.
import { z } from "zod";
import { isLanguageCode } from "../domain/languages";
import { AGREEMENT_TYPES } from "../domain/agreement-types";
import {
  listingState,
  MAX_QUERY_LENGTH,
  parseAgreementQuery,
  parseReleaseQuery,
  type AgreementQuery,
  type PublicReleaseQuery,
  type SearchParams,
} from "../validation/public-query";
import { ApiError, invalidParameter } from "./http";

/** Longest issuer, speaker or party text the reader pages keep (public-query.ts cuts longer ones). */
export const MAX_TEXT_FILTER_LENGTH = 120;
/** The highest agreements page the reader page accepts. */
export const MAX_AGREEMENTS_PAGE = 10_000;
const DEFAULT_RELEASE_LIMIT = 20;
const MAX_RELEASE_LIMIT = 100;
/** More values than this for one repeatable parameter is not a query anyone means. */
const MAX_REPEATS = 20;

export interface QueryParamSpec {
  name: string;
  description: string;
  /** Validates one value (integers after conversion from text); published in the OpenAPI document. */
  schema: z.ZodType;
  /** What a good value looks like, for the 400 message. */
  expects: string;
  repeatable?: boolean;
  integer?: boolean;
}

const dateParam = (name: "from" | "to", description: string): QueryParamSpec => ({
  name,
  description,
  schema: z.iso.date(),
  expects: "a date like 2024-07-04 (YYYY-MM-DD, years 1900–2999)",
});

const cursorParam = (name: "after" | "before", description: string): QueryParamSpec => ({
  name,
  description,
  schema: z
    .string()
    .max(300)
    .regex(/^[A-Za-z0-9_-]+$/),
  expects: "a page cursor taken from a links.next or links.prev URL of this listing",
});

const countryParam: QueryParamSpec = {
  name: "country",
  description:
    "ISO 3166-1 alpha-2 code(s); repeat the parameter or separate with commas. A release matches any of them.",
  schema: z
    .string()
    .max(200)
    .regex(/^[A-Za-z]{2}(,[A-Za-z]{2})*$/),
  expects: "ISO 3166-1 alpha-2 country codes such as AZ, or AZ,CN",
  repeatable: true,
};

const typeParam: QueryParamSpec = {
  name: "type",
  description: "Only releases (or agreements) with an agreement of this type.",
  schema: z.enum(AGREEMENT_TYPES),
  expects: `one of ${AGREEMENT_TYPES.join(", ")}`,
};

const textParam = (name: string, description: string): QueryParamSpec => ({
  name,
  description,
  schema: z.string().max(MAX_TEXT_FILTER_LENGTH),
  expects: `text of at most ${MAX_TEXT_FILTER_LENGTH} characters`,
});

export const RELEASE_LIST_PARAMS: QueryParamSpec[] = [
  {
    name: "q",
    description:
      'Full-text search over headline, summary, body, agreement titles and parties, and quote text (web-search syntax: "exact phrase", or, -word). Results are ranked, best first.',
    schema: z.string().max(MAX_QUERY_LENGTH),
    expects: `search text of at most ${MAX_QUERY_LENGTH} characters with at least one searchable word`,
  },
  countryParam,
  typeParam,
  textParam("issuer", "Issuing body contains this text (case-insensitive)."),
  textParam("speaker", "A quoted person: their slug, or part of their name or an alias."),
  dateParam("from", "First publication on or after this day (UTC)."),
  dateParam("to", "First publication on or before this day (UTC)."),
  {
    name: "language",
    description:
      "The versions written in this language (issue 14): originals written in it and published translations into it, searched in its own text-search configuration, as the Language filter of / lists them. Without it, originals in every language.",
    schema: z.string().max(20),
    expects: "a language code such as az, ru, ar or zh",
  },
  {
    name: "limit",
    description: "Releases per page.",
    schema: z.int().min(1).max(MAX_RELEASE_LIMIT).default(DEFAULT_RELEASE_LIMIT),
    expects: `a whole number from 1 to ${MAX_RELEASE_LIMIT}`,
    integer: true,
  },
  cursorParam("after", "Cursor: the page after (older or less relevant). Follow links.next rather than building it."),
  cursorParam("before", "Cursor: the page before (newer or more relevant). Follow links.prev rather than building it."),
];

export const AGREEMENT_LIST_PARAMS: QueryParamSpec[] = [
  countryParam,
  { ...typeParam, description: "Only agreements of this type." },
  textParam("party", "A party's name contains this text (case-insensitive)."),
  dateParam("from", "The reporting release was first published on or after this day (UTC)."),
  dateParam("to", "The reporting release was first published on or before this day (UTC)."),
  {
    name: "page",
    description: "Page number (50 agreements per page).",
    schema: z.int().min(1).max(MAX_AGREEMENTS_PAGE).default(1),
    expects: `a whole number from 1 to ${MAX_AGREEMENTS_PAGE}`,
    integer: true,
  },
];

const RELEASE_FORMATS = ["json", "ninjs"] as const;
export type ReleaseFormat = (typeof RELEASE_FORMATS)[number];

export const RELEASE_PARAMS: QueryParamSpec[] = [
  {
    name: "format",
    description: "json (default): this API's release object. ninjs: IPTC ninjs 3.x.",
    schema: z.enum(RELEASE_FORMATS).default("json"),
    expects: `one of ${RELEASE_FORMATS.join(", ")}`,
  },
  {
    name: "lang",
    description:
      "A translation of the release (issue 14), by its language code (az, ru, ar, zh …); without it, the original.",
    schema: z.string().refine(isLanguageCode).optional(),
    expects: "a language code such as az, ru, ar or zh",
  },
];

/** Parameter names in messages: a hostile name is cut and stripped of anything odd. */
function shown(name: string): string {
  return name.replace(/[^\x20-\x7e]/g, "?").slice(0, 40);
}

/** The raw values, checked against the specs: unknown, repeated or malformed parameters are 400s. */
export function readParams(
  search: URLSearchParams,
  specs: QueryParamSpec[],
): Record<string, string | string[] | number> {
  const out: Record<string, string | string[] | number> = {};
  for (const name of new Set(search.keys())) {
    const spec = specs.find((s) => s.name === name);
    if (!spec) {
      throw new ApiError(
        400,
        "unknown_parameter",
        `Unknown parameter "${shown(name)}". Known: ${specs.map((s) => s.name).join(", ")}.`,
        shown(name),
      );
    }
    // An empty value is an unset field (what an HTML GET form sends), as on the reader pages.
    const values = search.getAll(name).filter((v) => v !== "");
    if (values.length === 0) continue;
    if (values.length > (spec.repeatable ? MAX_REPEATS : 1)) {
      throw invalidParameter(
        name,
        spec.repeatable ? `${name} is given more than ${MAX_REPEATS} times.` : `${name} is given more than once.`,
      );
    }
    for (const value of values) {
      let candidate: string | number = value;
      if (spec.integer) {
        if (!/^\d{1,9}$/.test(value)) throw invalidParameter(name, `${name} must be ${spec.expects}.`);
        candidate = Number(value);
      }
      const parsed = spec.schema.safeParse(candidate);
      if (!parsed.success) {
        const tooLong = parsed.error.issues.some((i) => i.code === "too_big" && i.origin === "string");
        throw invalidParameter(
          name,
          tooLong ? `${name} is too long: ${spec.expects}.` : `${name} must be ${spec.expects}.`,
        );
      }
    }
    out[name] = spec.integer ? Number(values[0]) : spec.repeatable ? values : values[0]!;
  }
  return out;
}

function textOnly(raw: Record<string, string | string[] | number>): SearchParams {
  const out: SearchParams = {};
  for (const [key, value] of Object.entries(raw)) out[key] = typeof value === "number" ? String(value) : value;
  return out;
}

/** Each value alone through the reader pages' parser: a value it would ignore or shorten is refused. */
function refuseWhatPagesIgnore(
  raw: SearchParams,
  specs: QueryParamSpec[],
  parse: (params: SearchParams) => { notes: string[] },
) {
  for (const spec of specs) {
    const value = raw[spec.name];
    if (value === undefined || spec.integer) continue;
    if (parse({ [spec.name]: value }).notes.length > 0)
      throw invalidParameter(spec.name, `${spec.name} must be ${spec.expects}.`);
  }
}

export interface ReleaseListRequest {
  query: PublicReleaseQuery;
  limit: number;
  /** The filters as they apply, for the links of this listing. */
  state: Record<string, string | string[] | null>;
}

export function parseReleaseListParams(search: URLSearchParams): ReleaseListRequest {
  const raw = textOnly(readParams(search, RELEASE_LIST_PARAMS));
  refuseWhatPagesIgnore(raw, RELEASE_LIST_PARAMS, parseReleaseQuery);
  if (raw.after !== undefined && raw.before !== undefined)
    throw invalidParameter("before", "Give either after or before, not both.");
  const { query, notes } = parseReleaseQuery(raw);
  // Every value passed alone, so a note now is about two together: the date range.
  if (notes.length > 0) throw invalidParameter("from", "from must not be after to.");
  const limit = raw.limit === undefined ? DEFAULT_RELEASE_LIMIT : Number(raw.limit);
  return {
    query,
    limit,
    state: { ...listingState(query), limit: raw.limit === undefined ? null : String(limit) },
  };
}

export interface AgreementListRequest {
  query: AgreementQuery;
  state: Record<string, string | string[] | null>;
}

export function parseAgreementListParams(search: URLSearchParams): AgreementListRequest {
  const raw = textOnly(readParams(search, AGREEMENT_LIST_PARAMS));
  refuseWhatPagesIgnore(raw, AGREEMENT_LIST_PARAMS, parseAgreementQuery);
  const { query, notes } = parseAgreementQuery(raw);
  if (notes.length > 0) throw invalidParameter("from", "from must not be after to.");
  return {
    query,
    state: { country: query.countries, type: query.agreementType, party: query.party, from: query.from, to: query.to },
  };
}

export function parseReleaseParams(search: URLSearchParams): { format: ReleaseFormat; lang: string | null } {
  const raw = readParams(search, RELEASE_PARAMS);
  return {
    format: raw.format === "ninjs" ? "ninjs" : "json",
    lang: typeof raw.lang === "string" ? raw.lang : null,
  };
}

/** Slugs are [a-z0-9-] (lib/domain/slug.ts); anything else cannot name a release or person. */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 200;
}
