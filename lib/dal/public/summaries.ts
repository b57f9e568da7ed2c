import "server-only";
import { Prisma } from "@prisma/client";
import { publicDb } from "../../db";
import { markdownToText } from "../../domain/markdown-text";
import { hasVariants, leadImage } from "../../domain/media/reader";
import { releasePath } from "../../domain/release-path";
import { editionMediaInclude, toMediaDTO, type EditionMediaDTO } from "../releases/shape";
import { listWhere } from "./releases";
import { highlight, type Highlight, type HighlightSource } from "./search-highlight";
import type { PublicReleaseSummary } from "./search";

// What a list shows of a release (its head, lead image and kinds of agreement) and, when searching,
// what its excerpt is cut from (the agreements' titles and parties, the quotes' words, and the body's
// stored text, read only then, being the one large field): not the whole edition the release page
// reads (the body's Markdown and HTML, people, every photo, the workflow's names). The page's
// statement costs ~4 ms of CPU instead of ~10 (Prisma's query compiler and the parsing of its
// answer; 20 releases, issue 17).
function summarySelect(searching: boolean) {
  return {
    id: true,
    slug: true,
    language: true,
    publishedAt: true,
    translationOf: { select: { slug: true } },
    liveEdition: {
      select: {
        id: true,
        headline: true,
        summary: true,
        issuer: true,
        countries: true,
        datelinePlace: true,
        datelineAt: true,
        datelineOffsetMinutes: true,
        bodyText: searching,
        agreements: { orderBy: { position: "asc" }, select: { type: true, title: true, parties: true } },
        quotes: { orderBy: { position: "asc" }, select: { text: true } },
        media: { ...editionMediaInclude, where: { role: "LEAD" } },
      },
    },
  } satisfies Prisma.ReleaseSelect;
}

/**
 * Loads the page's releases through publicWhere() (the one public-visibility rule; a language's lists:
 * publicLanguageWhere()), in the page's order, with highlights when searching.
 */
export async function loadSummaries(
  ids: string[],
  q: string | null,
  now: Date,
  language: string | null = null,
): Promise<PublicReleaseSummary[]> {
  if (ids.length === 0) return [];
  // One statement for the page's releases and what they show (issue 17: was 12).
  const releases = await publicDb().release.findMany({
    relationLoadStrategy: "join",
    where: { AND: [listWhere(language, now), { id: { in: ids } }] },
    select: summarySelect(q !== null),
  });
  const byId = new Map(releases.map((r) => [r.id, r]));
  const found = ids.flatMap((id) => {
    const r = byId.get(id);
    return r?.liveEdition && r.publishedAt ? [{ ...r, edition: r.liveEdition, publishedAt: r.publishedAt }] : [];
  });
  const highlights = q ? await highlight(await excerptSources(found), q, language) : new Map<string, Highlight>();
  return found.map((r) => {
    const e = r.edition;
    return {
      id: r.id,
      slug: r.translationOf?.slug ?? r.slug,
      path: releasePath(r),
      language: r.language,
      headline: e.headline,
      summary: e.summary,
      issuer: e.issuer,
      countries: e.countries,
      datelinePlace: e.datelinePlace,
      datelineAt: e.datelineAt,
      datelineOffsetMinutes: e.datelineOffsetMinutes,
      publishedAt: r.publishedAt,
      agreementTypes: [...new Set(e.agreements.map((a) => a.type))],
      highlight: highlights.get(r.id) ?? null,
      image: listImage(e.media.map(toMediaDTO)),
    };
  });
}

type SummaryRelease = Prisma.ReleaseGetPayload<{ select: ReturnType<typeof summarySelect> }>;
type SummaryRow = SummaryRelease & { edition: NonNullable<SummaryRelease["liveEdition"]> };

/**
 * What each release's excerpt is cut from. The body's text is stored when an edition goes live; an
 * edition live before that (until the scheduler's backfill reaches it) has its body read and turned
 * into text here.
 */
async function excerptSources(rows: SummaryRow[]): Promise<HighlightSource[]> {
  const missing = rows.filter((r) => r.edition.bodyText == null).map((r) => r.edition.id);
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
    headline: r.edition.headline,
    summary: r.edition.summary,
    bodyText: r.edition.bodyText ?? bodies.get(r.edition.id) ?? "",
    agreements: r.edition.agreements,
    quotes: r.edition.quotes,
  }));
}

/** A list's image: the lead image with its variants and words, without a placeholder (a list shows it small). */
function listImage(media: EditionMediaDTO[]): EditionMediaDTO | null {
  const lead = leadImage(media);
  return lead && hasVariants(lead) ? { ...lead, placeholder: null } : null;
}
