import "server-only";
import { Prisma } from "@prisma/client";
import { prepared, publicDb } from "../../db";
import { markdownToText } from "../../domain/markdown-text";
import { hasVariants, leadImage } from "../../domain/media/reader";
import { releasePath } from "../../domain/release-path";
import type { AgreementTypeValue } from "../../domain/agreement-types";
import { toMediaDTO, type EditionMediaDTO, type FullEdition } from "../releases/shape";
import {
  highlight,
  highlightFromColumns,
  highlightSql,
  type Highlight,
  type HighlightSource,
} from "./search-highlight";
import type { PublicReleaseSummary } from "./search";
import { visibleSql } from "./visible-sql";

// What a list shows of a release (its head, lead image and kinds of agreement) and, when searching,
// what its excerpt is cut from (the agreements' titles and parties, the quotes' words, and the body's
// stored text, read only then, being the one large field): not the whole edition the release page
// reads (the body's Markdown and HTML, people, every photo, the workflow's names).
// Issue 17: one raw statement, its children as JSON. Through Prisma's query builder the same read
// cost ~3 ms of the app's CPU a page (its query compiler and the parsing of its answer; 20 releases),
// a raw statement ~0.5 ms: on every list and search page rendered.
// A translation's original (its slug is the public address) by its key, per row: joined, the planner
// hashed every release of a small archive for the page's 20 rows (the bench's 2 011: ~0.3 ms a page).
// A search's highlights are made in the same statement where they can be (highlightSql); the
// body's text and the quotes are read only for a release whose highlight is left to highlight().
function summarySql(ids: string[], q: string | null, now: Date, language: string | null): Prisma.Sql {
  const search = q ? highlightSql(q, language) : null;
  const leftToApp = Prisma.sql`NOT h.highlighted`;
  const quotes = search
    ? Prisma.sql`CASE WHEN ${leftToApp} THEN coalesce((SELECT json_agg(json_build_object('text', q.text) ORDER BY q.position)
        FROM "Quote" q WHERE q."editionId" = e.id), '[]'::json) ELSE '[]'::json END`
    : Prisma.sql`'[]'::json`;
  return Prisma.sql`
    ${search ? Prisma.sql`WITH hq AS MATERIALIZED (${search.query})` : Prisma.empty}
    SELECT r.id, r.slug, r.language, r."publishedAt",
      (SELECT original.slug FROM "Release" original WHERE original.id = r."translationOfId") AS "originalSlug",
      e.id AS "editionId", e.headline, e.summary, e.issuer, e.countries, e."datelinePlace", e."datelineAt",
      e."datelineOffsetMinutes", ${search ? Prisma.sql`CASE WHEN ${leftToApp} THEN e."bodyText" END` : Prisma.sql`NULL::text`} AS "bodyText",
      coalesce((SELECT json_agg(json_build_object('type', a.type, 'title', a.title, 'parties', a.parties) ORDER BY a.position)
        FROM "Agreement" a WHERE a."editionId" = e.id), '[]'::json) AS agreements,
      ${quotes} AS quotes,
      coalesce((SELECT json_agg(json_build_object(
          'id', m.id, 'editionId', m."editionId", 'assetId', m."assetId", 'position', m.position, 'role', m.role,
          'altText', m."altText", 'caption', m.caption, 'credit', m.credit, 'title', m.title,
          'asset', json_build_object('kind', ma.kind, 'mime', ma.mime, 'bytes', ma.bytes, 'filename', ma.filename,
            'width', ma.width, 'height', ma.height, 'originalKey', ma."originalKey", 'variantStatus', ma."variantStatus",
            'placeholder', ma.placeholder,
            'variants', coalesce((SELECT json_agg(json_build_object('format', v.format, 'width', v.width,
                'height', v.height, 'key', v.key, 'bytes', v.bytes) ORDER BY v.width, v.format)
              FROM "MediaVariant" v WHERE v."assetId" = ma.id), '[]'::json))) ORDER BY m.position)
        FROM "EditionMedia" m JOIN "MediaAsset" ma ON ma.id = m."assetId"
        WHERE m."editionId" = e.id AND m.role = 'LEAD'), '[]'::json) AS media
      ${search ? Prisma.sql`, ${search.columns}` : Prisma.empty}
    FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
      ${search ? search.joins : Prisma.empty}
    WHERE r.id = ANY(${ids}::text[]) AND ${visibleSql(now, { language })}`;
}

/** A row of summarySql: the summary's own fields as the list shows them, and what is built from. */
type SummaryRow = Pick<
  PublicReleaseSummary,
  | "id"
  | "slug"
  | "language"
  | "publishedAt"
  | "headline"
  | "summary"
  | "issuer"
  | "countries"
  | "datelinePlace"
  | "datelineAt"
  | "datelineOffsetMinutes"
> & {
  originalSlug: string | null;
  editionId: string;
  bodyText: string | null;
  agreements: Array<{ type: AgreementTypeValue; title: string; parties: string[] }>;
  quotes: Array<{ text: string }>;
  media: FullEdition["media"];
  /** When searching: the highlight's columns (highlightSql). */
  highlighted?: boolean;
  highlightHeadline?: string | null;
  highlightSummary?: string | null;
  highlightSnippet?: string | null;
};

/**
 * Loads the page's releases, in the page's order, with highlights when searching, if they are public
 * by visibleSql() (the lists' rule for a language, or for originals in any language; checked against
 * publicWhere() and publicLanguageWhere() in lib/dal/public/search.test.ts and language-lists.test.ts).
 */
export async function loadSummaries(
  ids: string[],
  q: string | null,
  now: Date,
  language: string | null = null,
): Promise<PublicReleaseSummary[]> {
  if (ids.length === 0) return [];
  const rows = await publicDb().$queryRaw<SummaryRow[]>(prepared(summarySql(ids, q, now, language)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const found = ids.flatMap((id) => byId.get(id) ?? []);
  const leftToApp = found.filter((r) => !r.highlighted);
  const highlights =
    q && leftToApp.length > 0
      ? await highlight(await excerptSources(leftToApp), q, language)
      : new Map<string, Highlight>();
  return found.map((r) => ({
    id: r.id,
    slug: r.originalSlug ?? r.slug,
    path: releasePath({
      slug: r.slug,
      language: r.language,
      translationOf: r.originalSlug ? { slug: r.originalSlug } : null,
    }),
    language: r.language,
    headline: r.headline,
    summary: r.summary,
    issuer: r.issuer,
    countries: r.countries,
    datelinePlace: r.datelinePlace,
    datelineAt: r.datelineAt,
    datelineOffsetMinutes: r.datelineOffsetMinutes,
    publishedAt: r.publishedAt,
    agreementTypes: [...new Set(r.agreements.map((a) => a.type))],
    highlight: highlightFromColumns(r) ?? highlights.get(r.id) ?? null,
    image: listImage(r.media.map(toMediaDTO)),
  }));
}

/**
 * What each release's excerpt is cut from. The body's text is stored when an edition goes live; an
 * edition live before that (until the scheduler's backfill reaches it) has its body read and turned
 * into text here.
 */
async function excerptSources(rows: SummaryRow[]): Promise<HighlightSource[]> {
  const missing = rows.filter((r) => r.bodyText == null).map((r) => r.editionId);
  const bodies = new Map(
    missing.length === 0
      ? []
      : (await publicDb().edition.findMany({ where: { id: { in: missing } }, select: { id: true, body: true } })).map(
          (e) => [e.id, markdownToText(e.body)],
        ),
  );
  return rows.map((r) => ({
    id: r.id,
    language: r.language,
    headline: r.headline,
    summary: r.summary,
    bodyText: r.bodyText ?? bodies.get(r.editionId) ?? "",
    agreements: r.agreements,
    quotes: r.quotes,
  }));
}

/** A list's image: the lead image with its variants and words, without a placeholder (a list shows it small). */
function listImage(media: EditionMediaDTO[]): EditionMediaDTO | null {
  const lead = leadImage(media);
  return lead && hasVariants(lead) ? { ...lead, placeholder: null } : null;
}
