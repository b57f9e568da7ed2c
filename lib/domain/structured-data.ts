// schema.org JSON-LD and share texts for a public release. Pure: the page hands in plain data (the
// fields below are a structural subset of the DAL's ReleaseDTO, so a DTO fits without mapping).
// There is no schema.org "PressRelease" type: a release is a NewsArticle whose quotes and
// agreements are its parts.
import { AGREEMENT_TYPE_LABELS, type AgreementTypeValue } from "./agreement-types";
import { countryName } from "./countries";
import { formatDateline, toOffsetIso } from "./dateline";
import { markdownToText } from "./markdown-text";
import { mediaContactOf } from "./media-contact";
import { mediaUrl } from "./media/keys";
import type { SharedImage } from "./media/reader";
import type { ReleaseContent } from "./release-content";

export interface StructuredReleaseInput extends ReleaseContent {
  /** First publication of the release. */
  publishedAt: Date | null;
  /** Publication of the edition readers see (later than publishedAt after a correction). */
  editionPublishedAt: Date | null;
  agreements: Array<{ type: AgreementTypeValue; title: string; parties: string[]; signedOn: string | null }>;
  quotes: Array<{
    text: string;
    speaker: { name: string };
    speakerRole: string | null;
    speakerOrganisation: string | null;
  }>;
}

export interface StructuredDataContext {
  /** Absolute URL of the release page. */
  pageUrl: string;
  /** Issue 14: the page's language (BCP 47); "en" when not given. */
  language?: string;
  /** A translation's original: its page and language (JSON-LD translationOfWork). */
  original?: { url: string; language: string } | null;
  publisher: { name: string; url: string };
  /** Absolute URL of the share image (1200×630), when there is one. */
  imageUrl?: string;
  /** The lead image (issue 13), when the release has one readers can see: it comes before the share image. */
  leadImage?: SharedImage | null;
}

/**
 * Absolute addresses of a release's page, share image and oEmbed answer (one place, so they agree).
 * The share image is the card stored when the edition went live (`shareImageKey`, issue 17: a
 * content-hashed /media/ file, cached immutably), else the old address, which stores it and redirects.
 */
export function releaseUrls(
  siteUrl: string,
  slug: string,
  editionNumber: number,
  path = `/releases/${slug}`,
  shareImageKey: string | null = null,
) {
  const page = `${siteUrl}${path}`;
  return {
    page,
    // The edition number changes with every correction, so a cached card never shows old text.
    image: shareImageKey ? `${siteUrl}${mediaUrl(shareImageKey)}` : `${page}/share-image?v=${editionNumber}`,
    oembed: `${siteUrl}/api/oembed?${new URLSearchParams({ url: page, format: "json" })}`,
  };
}

type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | null | JsonLd | JsonLdValue[];

const MAX_DESCRIPTION = 300;

/**
 * The short text shown by link previews and search results: the summary when the writer gave one,
 * else the body's first sentence with its Markdown stripped, cut at a word boundary.
 */
export function releaseDescription(release: Pick<StructuredReleaseInput, "summary" | "body">): string {
  const summary = collapse(release.summary);
  if (summary) return truncate(summary, MAX_DESCRIPTION);
  const firstParagraph =
    release.body
      .split(/\n\s*\n/)
      .map((p) => markdownToText(p))
      .find(Boolean) ?? "";
  return truncate(firstSentence(firstParagraph), MAX_DESCRIPTION);
}

/**
 * First publication and latest edition's publication as ISO 8601 in the dateline's offset
 * ("2024-07-04T09:00:00+04:00"): the release speaks in its writer's local time everywhere.
 */
export function releaseDates(
  release: Pick<StructuredReleaseInput, "publishedAt" | "editionPublishedAt" | "datelineAt" | "datelineOffsetMinutes">,
) {
  // Public releases always have publishedAt; the dateline is only a fallback so a date is never missing.
  const published = release.publishedAt ?? release.datelineAt;
  const modified =
    release.editionPublishedAt && release.editionPublishedAt > published ? release.editionPublishedAt : published;
  return {
    // Publication is an instant even when the dateline is a date alone: those are written in UTC.
    published: toOffsetIso(published, release.datelineOffsetMinutes ?? 0),
    modified: toOffsetIso(modified, release.datelineOffsetMinutes ?? 0),
  };
}

/** The NewsArticle describing a live release (withdrawn releases get none: they have no content). */
export function releaseJsonLd(release: StructuredReleaseInput, context: StructuredDataContext): JsonLd {
  const offset = release.datelineOffsetMinutes;
  const dates = releaseDates(release);
  const issuer = organization(release.issuer);
  // The release's media contact is the issuer's contact point for the press (schema.org ContactPoint).
  const contact = mediaContactOf(release);
  if (contact) {
    issuer.contactPoint = {
      "@type": "ContactPoint",
      contactType: "media relations",
      name: contact.name,
      ...(contact.email ? { email: contact.email } : {}),
      ...(contact.phone ? { telephone: contact.phone } : {}),
    };
  }
  const parties = unique(release.agreements.flatMap((a) => a.parties));
  const language = context.language ?? "en";
  const original = context.original ?? null;

  const quotations: JsonLd[] = release.quotes.map((quote, i) => {
    const person: JsonLd = { "@type": "Person", name: quote.speaker.name };
    if (quote.speakerRole) person.jobTitle = quote.speakerRole;
    if (quote.speakerOrganisation) person.worksFor = organization(quote.speakerOrganisation);
    // The page gives every quote an anchor (#quote-1 …), so each Quotation has its own address.
    const quotation: JsonLd = {
      "@type": "Quotation",
      "@id": `${context.pageUrl}#quote-${i + 1}`,
      url: `${context.pageUrl}#quote-${i + 1}`,
      text: quote.text,
      creator: person,
    };
    // A translation's quote is not the speaker's own words: it translates the original's quote.
    if (original) {
      quotation.inLanguage = language;
      quotation.translationOfWork = {
        "@type": "Quotation",
        "@id": `${original.url}#quote-${i + 1}`,
        inLanguage: original.language,
      };
    }
    return quotation;
  });
  const agreements: JsonLd[] = release.agreements.map((agreement) => {
    const work: JsonLd = {
      "@type": "CreativeWork",
      name: agreement.title,
      genre: AGREEMENT_TYPE_LABELS[agreement.type],
      contributor: agreement.parties.map(organization),
    };
    if (agreement.signedOn) work.dateCreated = agreement.signedOn;
    return work;
  });

  const article: JsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": context.pageUrl,
    mainEntityOfPage: { "@type": "WebPage", "@id": context.pageUrl },
    url: context.pageUrl,
    headline: release.headline,
    description: releaseDescription(release),
    inLanguage: language,
    datePublished: dates.published,
    dateModified: dates.modified,
    dateline: formatDateline(release.datelineAt, offset, release.datelinePlace),
    // When the release was written, as its dateline says: an instant, or the date alone when the
    // release gives no time (issue 15).
    dateCreated: toOffsetIso(release.datelineAt, offset),
    author: issuer,
    publisher: { "@type": "Organization", name: context.publisher.name, url: context.publisher.url },
    // The source credit is who the text comes from (e.g. a news agency); without one, the issuer.
    sourceOrganization: release.sourceCredit ? organization(release.sourceCredit) : issuer,
    about: release.countries.map((code) => ({ "@type": "Country", name: countryName(code), identifier: code })),
    mentions: unique([release.issuer, ...parties]).map(organization),
    hasPart: [...quotations, ...agreements],
  };
  if (original)
    article.translationOfWork = {
      "@type": "NewsArticle",
      "@id": original.url,
      url: original.url,
      inLanguage: original.language,
    };
  if (release.topics.length > 0) article.keywords = release.topics.join(", ");
  const lead = context.leadImage;
  if (lead) {
    const image: JsonLd = {
      "@type": "ImageObject",
      url: lead.url,
      contentUrl: lead.url,
      width: lead.width,
      height: lead.height,
    };
    if (lead.caption) image.caption = lead.caption;
    if (lead.credit) image.creditText = lead.credit;
    if (lead.alt) image.description = lead.alt;
    article.image = image;
  } else if (context.imageUrl) {
    article.image = { "@type": "ImageObject", url: context.imageUrl, width: 1200, height: 630 };
  }
  return article;
}

/**
 * Text for a `<script type="application/ld+json">` element. JSON.stringify escapes quotes and
 * control characters but not "<", so "</script>" or "<!--" in a headline could end the element:
 * every "<" becomes \u003c, which JSON parsers read back as the same character. This is the only
 * place whose output may go into dangerouslySetInnerHTML.
 */
export function jsonLdScriptContent(value: JsonLd): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

function organization(name: string): JsonLd {
  return { "@type": "Organization", name };
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const sentences = new Intl.Segmenter("en", { granularity: "sentence" });

function firstSentence(text: string): string {
  for (const { segment } of sentences.segment(text)) return segment.trim();
  return "";
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}
