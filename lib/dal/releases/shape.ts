import "server-only";
import type { EditionStatus, Prisma } from "@prisma/client";
import type { AgreementTypeValue } from "../../domain/agreement-types";
import type { DatelineOffset } from "../../domain/dateline";
import { mediaUrl } from "../../domain/media/keys";
import type { ReleaseContent } from "../../domain/release-content";
import type { StoredBody } from "../../i18n/release-body";

// The DTO shape of a release: plain data, no Prisma types leak past lib/dal. Also the include/select
// building blocks other DAL modules reuse to load a release in this shape.
/** A quoted person as shared by every release: only the name (roles are each quote's own). */
export interface PersonRef {
  slug: string;
  name: string;
  aliases: string[];
}

export interface AgreementDTO {
  type: AgreementTypeValue;
  title: string;
  parties: string[];
  signedOn: string | null; // YYYY-MM-DD
  note: string | null;
}

export interface QuoteDTO {
  text: string;
  context: string | null;
  speaker: PersonRef;
  /** Role and organisation as given in this edition (never another edition's, issue 11.2). */
  speakerRole: string | null;
  speakerOrganisation: string | null;
}

/** One served variant of an image: a resized AVIF, WebP or JPEG without metadata. */
export interface MediaVariantDTO {
  format: "avif" | "webp" | "jpeg";
  width: number;
  height: number;
  /** Path under the site, /media/<content-addressed key> (answers only while a live edition uses it). */
  url: string;
  bytes: number;
}

/** A file as this edition uses it (issue 13): the asset's facts and the words of this use. */
export interface EditionMediaDTO {
  assetId: string;
  kind: "IMAGE" | "ATTACHMENT";
  role: "LEAD" | "GALLERY" | "ATTACHMENT";
  altText: string;
  caption: string | null;
  credit: string | null;
  /** An attachment's title. */
  title: string | null;
  mime: string;
  bytes: number;
  /** The uploader's file name (display and download name only). */
  filename: string;
  width: number | null;
  height: number | null;
  /** PENDING until the image's variants exist (pages then show nothing or the placeholder); FAILED is shown to editors. */
  status: "PENDING" | "READY" | "FAILED";
  /** A tiny blurred preview as a data: URL, once the variants are made. */
  placeholder: string | null;
  /** Images: every variant, narrowest first. Attachments: none (their file is `url`). */
  variants: MediaVariantDTO[];
  /** Attachments: the download path under /media/. Images: null (readers get variants, never the original). */
  url: string | null;
}

export interface ReleaseDTO extends ReleaseContent {
  /** The release (document) id: stable across editions. */
  id: string;
  /** A translation's slug is internal (lib/dal/releases/translations.ts): build addresses with releasePath(). */
  slug: string;
  /** Issue 14: the language it is written in (BCP 47). */
  language: string;
  /** Set on a translation: its original's slug and language (its address is /<language>/releases/<slug>). */
  translationOf: { id: string; slug: string; language: string } | null;
  editionId: string;
  editionNumber: number;
  /** The workflow state of this edition. */
  status: EditionStatus;
  /** First publication of the release (not of this edition). */
  publishedAt: Date | null;
  /** When this edition went live. */
  editionPublishedAt: Date | null;
  /** The release's concurrency version, carried by editor forms. */
  version: number;
  /** Number of the edition readers currently see, if any. */
  liveEditionNumber: number | null;
  /** This edition's public change note (corrections). */
  changeNote: string | null;
  /** Public corrections of the release, newest first: earlier live editions' notes included. */
  changes: Array<{ at: Date; note: string }>;
  /** Set when the release was withdrawn: its page shows this instead of the content. */
  withdrawnReason: string | null;
  withdrawnAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  updatedByName: string | null;
  agreements: AgreementDTO[];
  quotes: QuoteDTO[];
  /** Images and attachments of this edition, in their order. */
  media: EditionMediaDTO[];
  /** Review and scheduling state of this edition (editor only; not in public output). */
  workflow: WorkflowInfo;
  /** Issue 17: the body's HTML stored when the edition went live; set by the public read only. */
  renderedBody?: StoredBody | null;
  /** Issue 17: the storage key of the live edition's share card when it fits; set by the public read only. */
  shareImageKey?: string | null;
}

export interface WorkflowInfo {
  submittedById: string | null;
  /** The review's authors (submitter + whoever changed it since): they may not approve or publish it. */
  reviewAuthorIds: string[];
  submittedByName: string | null;
  submittedAt: Date | null;
  approvedByName: string | null;
  reviewRemark: string | null;
  publishAt: Date | null;
  publishZone: string | null;
  forcePublishReason: string | null;
  needsReview: boolean;
  liveStatus: EditionStatus | null;
  /** The live edition was force-published and awaits a review by someone other than this user id. */
  liveNeedsReview: boolean;
  liveForcePublishedById: string | null;
}

export interface ReleaseListItem {
  id: string;
  slug: string;
  headline: string;
  summary: string;
  status: EditionStatus;
  datelinePlace: string | null;
  datelineAt: Date;
  datelineOffsetMinutes: DatelineOffset;
  publishedAt: Date | null;
  updatedAt: Date;
  updatedByName: string | null;
  /** Force-published and not yet reviewed by someone else. */
  needsReview: boolean;
}

// DAL-internal building blocks (other lib/dal modules reuse them; nothing outside lib/dal should).

/** An edition's media rows with their files and variants, in the edition's order. */
export const editionMediaInclude = {
  orderBy: { position: "asc" },
  include: {
    asset: {
      select: {
        kind: true,
        mime: true,
        bytes: true,
        filename: true,
        width: true,
        height: true,
        originalKey: true,
        variantStatus: true,
        placeholder: true,
        variants: {
          select: { format: true, width: true, height: true, key: true, bytes: true },
          orderBy: [{ width: "asc" }, { format: "asc" }],
        },
      },
    },
  },
} satisfies Prisma.Edition$mediaArgs;

export const editionInclude = {
  updatedBy: { select: { name: true } },
  submittedBy: { select: { name: true } },
  approvedBy: { select: { name: true } },
  agreements: { orderBy: { position: "asc" } },
  quotes: {
    orderBy: { position: "asc" },
    include: { person: { select: { slug: true, name: true, aliases: true } } },
  },
  media: editionMediaInclude,
} satisfies Prisma.EditionInclude;

export type FullEdition = Prisma.EditionGetPayload<{ include: typeof editionInclude }>;
type ReleaseHead = {
  id: string;
  slug: string;
  language: string;
  translationOf: { id: string; slug: string; language: string } | null;
  version: number;
  publishedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  liveEdition: {
    number: number;
    status: EditionStatus;
    needsReview: boolean;
    forcePublishedById: string | null;
  } | null;
};

export const releaseHeadSelect = {
  id: true,
  slug: true,
  language: true,
  translationOf: { select: { id: true, slug: true, language: true } },
  version: true,
  publishedAt: true,
  withdrawnAt: true,
  withdrawnReason: true,
  liveEdition: { select: { number: true, status: true, needsReview: true, forcePublishedById: true } },
} satisfies Prisma.ReleaseSelect;

/** An agreement row as the DTO holds it: the signing date as its calendar day. */
export function agreementDTO(a: {
  type: AgreementTypeValue;
  title: string;
  parties: string[];
  signedOn: Date | null;
  note: string | null;
}): AgreementDTO {
  return {
    type: a.type,
    title: a.title,
    parties: a.parties,
    signedOn: a.signedOn ? a.signedOn.toISOString().slice(0, 10) : null,
    note: a.note,
  };
}

/**
 * The quoted person as this edition names them: a translation may write the name as its language does
 * (issue 14), and the person's own name then counts as another spelling (the body may use it).
 */
function speakerOf(q: { person: PersonRef; speakerName: string | null }): PersonRef {
  if (!q.speakerName || q.speakerName === q.person.name) return q.person;
  return { ...q.person, name: q.speakerName, aliases: [...q.person.aliases, q.person.name] };
}

export function toDTO(release: ReleaseHead, e: FullEdition): ReleaseDTO {
  return {
    id: release.id,
    slug: release.slug,
    language: release.language,
    translationOf: release.translationOf,
    editionId: e.id,
    editionNumber: e.number,
    status: e.status,
    headline: e.headline,
    summary: e.summary,
    body: e.body,
    datelinePlace: e.datelinePlace,
    datelineAt: e.datelineAt,
    datelineOffsetMinutes: e.datelineOffsetMinutes,
    issuer: e.issuer,
    sourceCredit: e.sourceCredit,
    mediaContactName: e.mediaContactName,
    mediaContactEmail: e.mediaContactEmail,
    mediaContactPhone: e.mediaContactPhone,
    countries: e.countries,
    topics: e.topics,
    publishedAt: release.publishedAt,
    editionPublishedAt: e.publishedAt,
    version: release.version,
    liveEditionNumber: release.liveEdition?.number ?? null,
    withdrawnReason: release.withdrawnReason,
    withdrawnAt: release.withdrawnAt,
    changeNote: e.changeNote,
    changes: [],
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    updatedByName: e.updatedBy?.name ?? null,
    agreements: e.agreements.map(agreementDTO),
    quotes: e.quotes.map((q) => ({
      text: q.text,
      context: q.context,
      speaker: speakerOf(q),
      speakerRole: q.speakerRole,
      speakerOrganisation: q.speakerOrganisation,
    })),
    media: e.media.map(toMediaDTO),
    workflow: {
      submittedById: e.submittedById,
      reviewAuthorIds: e.reviewAuthorIds,
      submittedByName: e.submittedBy?.name ?? null,
      submittedAt: e.submittedAt,
      approvedByName: e.approvedBy?.name ?? null,
      reviewRemark: e.reviewRemark,
      publishAt: e.publishAt,
      publishZone: e.publishZone,
      forcePublishReason: e.forcePublishReason,
      needsReview: e.needsReview,
      liveStatus: release.liveEdition?.status ?? null,
      liveNeedsReview: release.liveEdition?.needsReview ?? false,
      liveForcePublishedById: release.liveEdition?.forcePublishedById ?? null,
    },
  };
}

export function toMediaDTO({ asset, ...use }: FullEdition["media"][number]): EditionMediaDTO {
  return {
    assetId: use.assetId,
    kind: asset.kind,
    role: use.role,
    altText: use.altText,
    caption: use.caption,
    credit: use.credit,
    title: use.title,
    mime: asset.mime,
    bytes: asset.bytes,
    filename: asset.filename,
    width: asset.width,
    height: asset.height,
    status: asset.variantStatus,
    placeholder: asset.placeholder,
    variants: asset.variants.map((v) => ({
      format: v.format.toLowerCase() as MediaVariantDTO["format"],
      width: v.width,
      height: v.height,
      url: mediaUrl(v.key),
      bytes: v.bytes,
    })),
    url: asset.kind === "ATTACHMENT" ? mediaUrl(asset.originalKey) : null,
  };
}

export const listEditionSelect = {
  headline: true,
  summary: true,
  status: true,
  datelinePlace: true,
  datelineAt: true,
  datelineOffsetMinutes: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} satisfies Prisma.EditionSelect;

export type ListEdition = Prisma.EditionGetPayload<{ select: typeof listEditionSelect }>;

export function toListItem(
  release: { id: string; slug: string; publishedAt: Date | null },
  { updatedBy, ...e }: ListEdition,
  needsReview = false,
): ReleaseListItem {
  return {
    id: release.id,
    slug: release.slug,
    publishedAt: release.publishedAt,
    ...e,
    updatedByName: updatedBy?.name ?? null,
    needsReview,
  };
}
