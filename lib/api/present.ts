// DTO → API body. Pure: the handlers pass the DAL's public DTOs and the site's origin; every function
// names the fields it sends (never a spread of a DTO), and lib/api/schemas.ts checks the result.
import type { AgreementTypeValue } from "../domain/agreement-types";
import { formatDateline, formatUtcOffset, toOffsetIso } from "../domain/dateline";
import { mediaContactOf } from "../domain/media-contact";
import type { ReleaseContent } from "../domain/release-content";
import { releasePath } from "../domain/release-path";
import { releaseUrls } from "../domain/structured-data";
import {
  VARIANT_MIME,
  attachmentTitle,
  attachmentsOf,
  fileTypeLabel,
  formatBytes,
  galleryImages,
  hasVariants,
  leadImage,
  shareVariant,
  type ReaderMedia,
} from "../domain/media/reader";
import type { ApiAgreementEntry, ApiPerson, ApiRelease, ApiReleaseMedia, ApiReleaseSummary } from "./schemas";

export const API_PATH = "/api/v1";

/** The public release fields the API reads (ReleaseDTO and the API loader's DTO both fit). */
export interface PublicReleaseInput extends ReleaseContent {
  slug: string;
  /** Issue 14: absent in the lists (originals only); a translation's address is its original's. */
  language?: string;
  translationOf?: { slug: string } | null;
  editionNumber: number;
  publishedAt: Date | null;
  editionPublishedAt: Date | null;
  agreements: Array<{
    type: AgreementTypeValue;
    title: string;
    parties: string[];
    signedOn: string | null;
    note: string | null;
  }>;
  quotes: Array<{
    text: string;
    context: string | null;
    speaker: { slug: string; name: string };
    speakerRole: string | null;
    speakerOrganisation: string | null;
  }>;
}

export interface ApiContext {
  /** The site's origin without a trailing slash. */
  siteUrl: string;
}

export function apiUrls(siteUrl: string) {
  const api = `${siteUrl}${API_PATH}`;
  return {
    release: (slug: string) => `${api}/releases/${encodeURIComponent(slug)}`,
    releaseNinjs: (slug: string) => `${api}/releases/${encodeURIComponent(slug)}?format=ninjs`,
    person: (slug: string) => `${api}/people/${encodeURIComponent(slug)}`,
    personPage: (slug: string) => `${siteUrl}/people/${encodeURIComponent(slug)}`,
  };
}

/** First publication; a public release always has one (the dateline only guards the type). */
function firstPublished(release: Pick<PublicReleaseInput, "publishedAt" | "datelineAt">): Date {
  return release.publishedAt ?? release.datelineAt;
}

/** When readers last saw the release change: the live edition's publication (a correction), else the first. */
export function publicUpdatedAt(
  release: Pick<PublicReleaseInput, "publishedAt" | "editionPublishedAt" | "datelineAt">,
): Date {
  const published = firstPublished(release);
  return release.editionPublishedAt && release.editionPublishedAt > published ? release.editionPublishedAt : published;
}

export function presentReleaseSummary(release: PublicReleaseInput, { siteUrl }: ApiContext): ApiReleaseSummary {
  const path = releasePath({
    slug: release.slug,
    language: release.language ?? "",
    translationOf: release.translationOf ?? null,
  });
  const page = releaseUrls(siteUrl, release.slug, release.editionNumber, path).page;
  const apiSelf = release.translationOf
    ? `${apiUrls(siteUrl).release(release.translationOf.slug)}?lang=${release.language}`
    : apiUrls(siteUrl).release(release.slug);
  const urls = apiUrls(siteUrl);
  return {
    // A translation is addressed by its original's slug (its own is internal), with ?lang= (issue 14).
    slug: release.translationOf?.slug ?? release.slug,
    language: release.language ?? "en",
    url: page,
    headline: release.headline,
    summary: release.summary,
    dateline: {
      place: release.datelinePlace,
      at: toOffsetIso(release.datelineAt, release.datelineOffsetMinutes),
      utcOffset: release.datelineOffsetMinutes === null ? null : formatUtcOffset(release.datelineOffsetMinutes),
      text: formatDateline(release.datelineAt, release.datelineOffsetMinutes, release.datelinePlace),
    },
    issuer: release.issuer,
    sourceCredit: release.sourceCredit,
    mediaContact: mediaContactOf(release),
    countries: [...release.countries],
    topics: [...release.topics],
    publishedAt: firstPublished(release).toISOString(),
    updatedAt: publicUpdatedAt(release).toISOString(),
    agreements: release.agreements.map((a) => ({
      type: a.type,
      title: a.title,
      parties: [...a.parties],
      signedOn: a.signedOn,
      note: a.note,
    })),
    quotes: release.quotes.map((q, i) => ({
      speaker: {
        name: q.speaker.name,
        slug: q.speaker.slug,
        role: q.speakerRole,
        organisation: q.speakerOrganisation,
        url: urls.personPage(q.speaker.slug),
        apiUrl: urls.person(q.speaker.slug),
      },
      text: q.text,
      context: q.context,
      // The release page anchors every quote in order (components/release-article.tsx).
      url: `${page}#quote-${i + 1}`,
    })),
    links: {
      html: page,
      self: apiSelf,
      ninjs: release.translationOf ? `${apiSelf}&format=ninjs` : urls.releaseNinjs(release.slug),
    },
  };
}

export function presentRelease(
  release: PublicReleaseInput & { changes: Array<{ at: Date; note: string }>; media?: ReaderMedia[] },
  context: ApiContext & { versions?: ReadonlyArray<{ language: string; path: string; original: boolean }> },
): ApiRelease {
  const versions = context.versions ?? [];
  const originalSlug = release.translationOf?.slug ?? release.slug;
  return {
    ...presentReleaseSummary(release, context),
    translations:
      versions.length < 2
        ? []
        : versions.map((v) => ({
            language: v.language,
            original: v.original,
            url: `${context.siteUrl}${v.path}`,
            apiUrl: `${apiUrls(context.siteUrl).release(originalSlug)}${v.original ? "" : `?lang=${v.language}`}`,
          })),
    edition: release.editionNumber,
    body: release.body,
    changes: release.changes.map((c) => ({ at: c.at.toISOString(), note: c.note })),
    media: presentMedia(release.media ?? [], context),
  };
}

/** Images with ready variants (lead first) and attachments; never an original, an asset id or a job state. */
export function presentMedia(media: ReaderMedia[], { siteUrl }: ApiContext): ApiReleaseMedia {
  const lead = leadImage(media);
  const images = [...(lead ? [lead] : []), ...galleryImages(media)].filter(hasVariants);
  return {
    images: images.map((image) => {
      const widest = image.variants.reduce((a, b) => (b.width > a.width ? b : a));
      return {
        role: image === lead ? ("lead" as const) : ("gallery" as const),
        alt: image.altText,
        caption: image.caption,
        credit: image.credit,
        width: widest.width,
        height: widest.height,
        url: `${siteUrl}${shareVariant(image)!.url}`,
        variants: [...image.variants]
          .sort((a, b) => a.width - b.width)
          .map((v) => ({
            format: v.format,
            type: VARIANT_MIME[v.format],
            width: v.width,
            height: v.height,
            bytes: v.bytes,
            url: `${siteUrl}${v.url}`,
          })),
      };
    }),
    attachments: attachmentsOf(media).map((file) => ({
      title: attachmentTitle(file),
      filename: file.filename,
      type: file.mime,
      typeLabel: fileTypeLabel(file.mime),
      bytes: file.bytes,
      size: formatBytes(file.bytes),
      url: `${siteUrl}${file.url}`,
    })),
  };
}

function releaseRef(siteUrl: string, r: { slug: string; headline: string; publishedAt: Date }) {
  return {
    slug: r.slug,
    headline: r.headline,
    url: releaseUrls(siteUrl, r.slug, 0).page,
    apiUrl: apiUrls(siteUrl).release(r.slug),
    publishedAt: r.publishedAt.toISOString(),
  };
}

export function presentAgreement(
  a: {
    type: AgreementTypeValue;
    title: string;
    parties: string[];
    signedOn: string | null;
    note: string | null;
    releaseSlug: string;
    releaseHeadline: string;
    releasePublishedAt: Date;
  },
  { siteUrl }: ApiContext,
): ApiAgreementEntry {
  return {
    type: a.type,
    title: a.title,
    parties: [...a.parties],
    signedOn: a.signedOn,
    note: a.note,
    release: releaseRef(siteUrl, {
      slug: a.releaseSlug,
      headline: a.releaseHeadline,
      publishedAt: a.releasePublishedAt,
    }),
  };
}

export function presentPerson(
  p: {
    person: { slug: string; name: string; aliases: string[]; role: string | null; organisation: string | null };
    quotes: Array<{
      text: string;
      context: string | null;
      speakerRole: string | null;
      speakerOrganisation: string | null;
      releaseSlug: string;
      releaseHeadline: string;
      releasePublishedAt: Date;
      anchor: string;
    }>;
  },
  { siteUrl }: ApiContext,
): ApiPerson {
  const urls = apiUrls(siteUrl);
  return {
    slug: p.person.slug,
    name: p.person.name,
    aliases: [...p.person.aliases],
    role: p.person.role,
    organisation: p.person.organisation,
    url: urls.personPage(p.person.slug),
    apiUrl: urls.person(p.person.slug),
    quotes: p.quotes.map((q) => {
      const release = releaseRef(siteUrl, {
        slug: q.releaseSlug,
        headline: q.releaseHeadline,
        publishedAt: q.releasePublishedAt,
      });
      return {
        text: q.text,
        context: q.context,
        role: q.speakerRole,
        organisation: q.speakerOrganisation,
        url: `${release.url}#${q.anchor}`,
        release,
      };
    }),
  };
}
