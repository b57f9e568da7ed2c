import "server-only";
import { Prisma, type EditionStatus } from "@prisma/client";
import { now as clockNow } from "../clock";
import { db, type Tx } from "../db";
import type { AgreementTypeValue } from "../domain/agreement-types";
import type { ReleaseContent } from "../domain/release-content";
import { slugify, uniqueSlug } from "../domain/slug";
import { decide, type WorkflowAction } from "../domain/workflow";
import type { ReleaseInput } from "../validation/release";
import { recordAudit } from "./audit";
import { enqueueReleaseEvent } from "./distribution/enqueue";
import { resolveSpeakers } from "./people";
import type { SessionUser } from "./users";

// ---------- DTOs: plain data, no Prisma types leak past this module ----------

export interface PersonRef {
  slug: string;
  name: string;
  aliases: string[];
  role: string | null;
  organisation: string | null;
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
  /** Role and organisation as given in this release, falling back to the Person's. */
  speakerRole: string | null;
  speakerOrganisation: string | null;
}

export interface ReleaseDTO extends ReleaseContent {
  /** The release (document) id: stable across editions. */
  id: string;
  slug: string;
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
  /** Review and scheduling state of this edition (editor only; not in public output). */
  workflow: WorkflowInfo;
}

export interface WorkflowInfo {
  submittedById: string | null;
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
  datelineOffsetMinutes: number;
  publishedAt: Date | null;
  updatedAt: Date;
  updatedByName: string | null;
  /** Force-published and not yet reviewed by someone else. */
  needsReview: boolean;
}

/** DAL-internal building blocks (other lib/dal modules reuse them; nothing outside lib/dal should). */
export const editionInclude = {
  updatedBy: { select: { name: true } },
  submittedBy: { select: { name: true } },
  approvedBy: { select: { name: true } },
  agreements: { orderBy: { position: "asc" } },
  quotes: {
    orderBy: { position: "asc" },
    include: { person: { select: { slug: true, name: true, aliases: true, role: true, organisation: true } } },
  },
} satisfies Prisma.EditionInclude;

type FullEdition = Prisma.EditionGetPayload<{ include: typeof editionInclude }>;
type ReleaseHead = {
  id: string;
  slug: string;
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
  version: true,
  publishedAt: true,
  withdrawnAt: true,
  withdrawnReason: true,
  liveEdition: { select: { number: true, status: true, needsReview: true, forcePublishedById: true } },
} satisfies Prisma.ReleaseSelect;

export function toDTO(release: ReleaseHead, e: FullEdition): ReleaseDTO {
  return {
    id: release.id,
    slug: release.slug,
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
    agreements: e.agreements.map((a) => ({
      type: a.type,
      title: a.title,
      parties: a.parties,
      signedOn: a.signedOn ? a.signedOn.toISOString().slice(0, 10) : null,
      note: a.note,
    })),
    quotes: e.quotes.map((q) => ({
      text: q.text,
      context: q.context,
      speaker: q.person,
      speakerRole: q.speakerRole ?? q.person.role,
      speakerOrganisation: q.speakerOrganisation ?? q.person.organisation,
    })),
    workflow: {
      submittedById: e.submittedById,
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

const listEditionSelect = {
  headline: true,
  summary: true,
  status: true,
  datelinePlace: true,
  datelineAt: true,
  datelineOffsetMinutes: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} satisfies Prisma.EditionSelect;

type ListEdition = Prisma.EditionGetPayload<{ select: typeof listEditionSelect }>;

function toListItem(
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

/** Public visibility: a live PUBLISHED edition whose publication instant has come (embargo backstop). */
export function publicWhere(now = clockNow()): Prisma.ReleaseWhereInput {
  return { publishedAt: { lte: now }, liveEdition: { is: { status: "PUBLISHED", publishedAt: { lte: now } } } };
}

// ---------- reads ----------

/** Every release with its newest edition, drafts included, most recently updated first (dashboard). */
export async function listReleasesForEditors(limit = 500): Promise<ReleaseListItem[]> {
  const rows = await db().release.findMany({
    select: {
      id: true,
      slug: true,
      publishedAt: true,
      liveEdition: { select: { needsReview: true } },
      editions: { select: listEditionSelect, orderBy: { number: "desc" }, take: 1 },
    },
    orderBy: { updatedAt: "desc" },
    take: limit,
  });
  return rows.flatMap((r) => (r.editions[0] ? [toListItem(r, r.editions[0], r.liveEdition?.needsReview)] : []));
}

/** The release with its newest edition: what the editor edits. */
export async function getReleaseForEditor(id: string): Promise<ReleaseDTO | null> {
  const release = await db().release.findUnique({
    where: { id },
    select: { ...releaseHeadSelect, editions: { include: editionInclude, orderBy: { number: "desc" }, take: 1 } },
  });
  return release?.editions[0] ? toDTO(release, release.editions[0]) : null;
}

/** Published releases, newest first. Drafts, embargoed and unpublished releases never appear. */
export async function listPublishedReleases(limit = 50): Promise<ReleaseListItem[]> {
  const rows = await db().release.findMany({
    where: publicWhere(),
    select: { id: true, slug: true, publishedAt: true, liveEdition: { select: listEditionSelect } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.flatMap((r) => (r.liveEdition ? [toListItem(r, r.liveEdition)] : []));
}

export type PublicRelease =
  | { kind: "live"; release: ReleaseDTO }
  | { kind: "withdrawn"; slug: string; headline: string; reason: string; withdrawnAt: Date };

/** What a release URL shows readers: the live edition, a withdrawal notice, or nothing (404). */
export async function getPublicRelease(slug: string, now = clockNow()): Promise<PublicRelease | null> {
  const release = await db().release.findFirst({
    where: {
      slug,
      publishedAt: { lte: now },
      liveEdition: { is: { status: { in: ["PUBLISHED", "WITHDRAWN"] }, publishedAt: { lte: now } } },
    },
    select: { ...releaseHeadSelect, liveEdition: { include: editionInclude } },
  });
  const live = release?.liveEdition;
  if (!release || !live) return null;
  if (live.status === "WITHDRAWN") {
    return {
      kind: "withdrawn",
      slug: release.slug,
      headline: live.headline,
      reason: release.withdrawnReason ?? "",
      withdrawnAt: release.withdrawnAt ?? live.updatedAt,
    };
  }
  return { kind: "live", release: { ...toDTO(release, live), changes: await publicChanges(release.id, live.number) } };
}

/** Change notes of the editions readers have seen up to `upToNumber` (corrections), newest first. */
export async function publicChanges(releaseId: string, upToNumber: number): Promise<Array<{ at: Date; note: string }>> {
  const editions = await db().edition.findMany({
    where: {
      releaseId,
      number: { lte: upToNumber },
      changeNote: { not: null },
      publishedAt: { not: null },
      status: { in: ["PUBLISHED", "SUPERSEDED"] },
    },
    select: { changeNote: true, publishedAt: true },
    orderBy: { number: "desc" },
  });
  return editions.map((e) => ({ at: e.publishedAt!, note: e.changeNote! }));
}

/** The live edition of a published release, as readers see it. */
export async function getPublishedRelease(slug: string): Promise<ReleaseDTO | null> {
  const release = await db().release.findFirst({
    where: { slug, ...publicWhere() },
    select: { ...releaseHeadSelect, liveEdition: { include: editionInclude } },
  });
  return release?.liveEdition
    ? { ...toDTO(release, release.liveEdition), changes: await publicChanges(release.id, release.liveEdition.number) }
    : null;
}

// ---------- writes ----------

export type WriteResult =
  | { status: "ok"; id: string; slug: string; version: number }
  | { status: "conflict" }
  | { status: "not_found" }
  /** The workflow refused the transition (lib/domain/workflow.ts says why). */
  | { status: "refused"; message: string };

export interface SaveOptions {
  /** Publish in the same transaction as the save (still subject to the workflow). */
  publish?: boolean;
  /** Publication instant (defaults to now; the seed uses its dateline). */
  publishedAt?: Date;
  /** Shown in the history next to the revision this save makes (e.g. "Restored revision 3"). */
  revisionNote?: string;
  /** Autosave: consecutive autosaves by one person within a few minutes share one revision. */
  autosave?: boolean;
  /** "Publish anyway": the reason for publishing despite open consistency problems (recorded). */
  consistencyOverride?: string;
}

const AUTOSAVE_NOTE = "autosave";
const AUTOSAVE_COALESCE_MS = 5 * 60_000;

function contentData(input: ReleaseInput) {
  return {
    headline: input.headline,
    summary: input.summary,
    body: input.body,
    datelinePlace: input.datelinePlace,
    datelineAt: input.datelineAt,
    datelineOffsetMinutes: input.datelineOffsetMinutes,
    issuer: input.issuer,
    sourceCredit: input.sourceCredit,
    countries: input.countries,
    topics: input.topics,
    changeNote: input.changeNote,
  };
}

async function freeSlug(tx: Tx, headline: string, exceptId?: string): Promise<string> {
  const base = slugify(headline);
  const taken = await tx.release.findMany({
    where: { slug: { startsWith: base }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { slug: true },
  });
  return uniqueSlug(base, new Set(taken.map((r) => r.slug)));
}

async function replaceChildren(tx: Tx, editionId: string, input: ReleaseInput): Promise<void> {
  await tx.agreement.deleteMany({ where: { editionId } });
  await tx.quote.deleteMany({ where: { editionId } });
  if (input.agreements.length > 0) {
    await tx.agreement.createMany({
      data: input.agreements.map((a, position) => ({
        editionId,
        position,
        type: a.type,
        title: a.title,
        parties: a.parties,
        signedOn: a.signedOn ? new Date(`${a.signedOn}T00:00:00Z`) : null,
        note: a.note,
      })),
    });
  }
  if (input.quotes.length > 0) {
    const people = await resolveSpeakers(tx, input.quotes);
    await tx.quote.createMany({
      data: input.quotes.map((q, position) => ({
        editionId,
        position,
        personId: people.get(q.speaker.toLowerCase())!,
        text: q.text,
        context: q.context,
        speakerRole: q.speakerRole,
        speakerOrganisation: q.speakerOrganisation,
      })),
    });
  }
}

/** Stores the full structured state as a revision (history, diff and restore build on it). */
async function appendRevision(
  tx: Tx,
  releaseId: string,
  authorId: string | null,
  note?: string,
  coalesce = false,
): Promise<void> {
  const release = await tx.release.findUniqueOrThrow({
    where: { id: releaseId },
    select: { ...releaseHeadSelect, editions: { include: editionInclude, orderBy: { number: "desc" }, take: 1 } },
  });
  const {
    updatedByName: _u,
    updatedAt: _t,
    createdAt: _c,
    id: _id,
    editionId: _e,
    workflow: _w,
    ...snapshot
  } = toDTO(release, release.editions[0]!);
  const json = JSON.parse(JSON.stringify(snapshot)) as Prisma.InputJsonValue;
  if (coalesce) {
    // Typing produces an autosave every few seconds; history keeps one entry per burst of typing.
    const last = await tx.revision.findFirst({
      where: { releaseId },
      orderBy: { createdAt: "desc" },
      select: { id: true, authorId: true, note: true, createdAt: true },
    });
    if (
      last &&
      last.authorId === authorId &&
      last.note === AUTOSAVE_NOTE &&
      clockNow().getTime() - last.createdAt.getTime() < AUTOSAVE_COALESCE_MS
    ) {
      await tx.revision.update({ where: { id: last.id }, data: { version: release.version, snapshot: json } });
      return;
    }
  }
  await tx.revision.create({ data: { releaseId, version: release.version, authorId, note, snapshot: json } });
}

/** Makes `editionId` the live edition: the previous live one is superseded, in the same transaction. */
async function goLive(
  tx: Tx,
  releaseId: string,
  editionId: string,
  at: Date,
  extra: Prisma.EditionUncheckedUpdateInput = {},
): Promise<void> {
  const release = await tx.release.findUniqueOrThrow({
    where: { id: releaseId },
    select: { liveEditionId: true, publishedAt: true },
  });
  if (release.liveEditionId && release.liveEditionId !== editionId) {
    await tx.edition.update({ where: { id: release.liveEditionId }, data: { status: "SUPERSEDED" } });
  }
  await tx.edition.update({
    where: { id: editionId },
    data: { ...extra, status: "PUBLISHED", publishedAt: at, publishAt: null },
  });
  await tx.release.update({
    where: { id: releaseId },
    data: {
      liveEditionId: editionId,
      publishedAt: release.publishedAt ?? at,
      withdrawnAt: null,
      withdrawnReason: null,
    },
  });
  // Alerts and webhooks, in this transaction (outbox): a new live edition replacing one is an update.
  const type = release.liveEditionId && release.liveEditionId !== editionId ? "release.updated" : "release.published";
  await enqueueReleaseEvent(tx, { type, releaseId, editionId });
}

/** Creates a release with its first edition. `publish` is for the seed and imports run by the system. */
export async function createRelease(
  actor: SessionUser,
  input: ReleaseInput,
  options: SaveOptions = {},
): Promise<WriteResult & { status: "ok" }> {
  return retryOnUniqueViolation(() =>
    db().$transaction(async (tx) => {
      const release = await tx.release.create({
        data: { slug: await freeSlug(tx, input.headline), createdById: actor.id, updatedById: actor.id },
        select: { id: true, slug: true, version: true },
      });
      const edition = await tx.edition.create({
        data: { ...contentData(input), releaseId: release.id, number: 1, createdById: actor.id, updatedById: actor.id },
        select: { id: true },
      });
      await replaceChildren(tx, edition.id, input);
      await recordAudit({ action: "release.create", actorId: actor.id, releaseId: release.id }, tx);
      if (options.publish) {
        await goLive(tx, release.id, edition.id, options.publishedAt ?? clockNow());
        await recordAudit({ action: "release.publish", actorId: actor.id, releaseId: release.id }, tx);
      }
      await appendRevision(tx, release.id, actor.id, options.revisionNote);
      return { status: "ok" as const, ...release };
    }),
  );
}

/**
 * Two writers saving at the same moment can both pick the same free slug (release or new speaker);
 * the unique index refuses the second and aborts its transaction, which is then simply run again
 * (its version claim was rolled back with it, so a real conflict is still reported as one).
 */
async function retryOnUniqueViolation<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const unique = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!unique || attempt >= attempts) throw error;
    }
  }
}

/** Claims the release for one write: the version is compared inside the UPDATE (never read-then-compare). */
async function claim(tx: Tx, actor: SessionUser, id: string, expectedVersion: number): Promise<boolean> {
  const { count } = await tx.release.updateMany({
    where: { id, version: expectedVersion },
    data: { version: { increment: 1 }, updatedById: actor.id },
  });
  return count === 1;
}

const workflowSelect = {
  id: true,
  number: true,
  status: true,
  submittedById: true,
  needsReview: true,
  forcePublishedById: true,
} as const;

async function latestEdition(tx: Tx, releaseId: string) {
  return tx.edition.findFirstOrThrow({ where: { releaseId }, orderBy: { number: "desc" }, select: workflowSelect });
}

/** Applies the state machine's answer, or undoes the whole transaction (the version claim too). */
type WorkflowRow = {
  status: EditionStatus;
  submittedById: string | null;
  needsReview?: boolean;
  forcePublishedById?: string | null;
};

function allow(action: WorkflowAction, edition: WorkflowRow, actor: SessionUser): EditionStatus {
  const decision = decide(action, { ...edition, actorId: actor.id });
  if (!decision.ok) rollback({ status: "refused", message: decision.message });
  return decision.to;
}

/**
 * Saves a release loaded at `expectedVersion`. Of two concurrent saves from the same version exactly
 * one wins. Editing a live (published) edition starts a new draft edition; readers keep the live one.
 */
export async function updateRelease(
  actor: SessionUser,
  id: string,
  expectedVersion: number,
  input: ReleaseInput,
  options: SaveOptions = {},
): Promise<WriteResult> {
  return transact(async (tx) => {
    if (!(await claim(tx, actor, id, expectedVersion))) return missingOrConflict(tx, id);
    const current = await latestEdition(tx, id);
    const to = allow("save", current, actor);
    let edition = current;
    if (current.status === "PUBLISHED") {
      edition = await tx.edition.create({
        data: {
          ...contentData(input),
          releaseId: id,
          number: current.number + 1,
          createdById: actor.id,
          updatedById: actor.id,
        },
        select: workflowSelect,
      });
    } else {
      // A scheduled edition that is edited loses its schedule: what goes out must be what was reviewed.
      await tx.edition.update({
        where: { id: current.id },
        data: {
          ...contentData(input),
          status: to,
          updatedById: actor.id,
          ...(current.status === "SCHEDULED" ? { publishAt: null, publishZone: null } : {}),
        },
      });
      edition = { ...current, status: to };
    }
    await replaceChildren(tx, edition.id, input);

    const release = await tx.release.findUniqueOrThrow({ where: { id }, select: { slug: true, publishedAt: true } });
    let slug = release.slug;
    // The slug follows the headline until first publication, then never changes (links are out there).
    if (!release.publishedAt) {
      const next = await freeSlug(tx, input.headline, id);
      if (next !== slug) {
        slug = next;
        await tx.release.update({ where: { id }, data: { slug } });
      }
    }
    // A save carrying a change note is a correction of a published release: the note is audited too.
    const saveDetail = {
      edition: edition.number,
      ...(options.autosave ? { autosave: true } : {}),
      ...(input.changeNote ? { correction: input.changeNote } : {}),
    };
    await recordAudit({ action: "release.save", actorId: actor.id, releaseId: id, detail: saveDetail }, tx);
    if (options.consistencyOverride) {
      await recordAudit(
        {
          action: "release.consistency_override",
          actorId: actor.id,
          releaseId: id,
          detail: { step: "publish", reason: options.consistencyOverride },
        },
        tx,
      );
    }
    if (options.publish) {
      allow("publish", edition, actor);
      await goLive(tx, id, edition.id, options.publishedAt ?? clockNow(), { approvedById: actor.id });
      await recordAudit(
        { action: "release.publish", actorId: actor.id, releaseId: id, detail: { edition: edition.number } },
        tx,
      );
    }
    const note = options.consistencyOverride
      ? `published anyway: ${options.consistencyOverride}`
      : options.autosave
        ? AUTOSAVE_NOTE
        : options.revisionNote;
    await appendRevision(tx, id, actor.id, note, options.autosave === true);
    return { status: "ok" as const, id, slug, version: expectedVersion + 1 };
  });
}

export type TransitionInput =
  | { action: "submit" | "publish"; consistencyOverride?: string }
  | { action: "approve" | "unpublish" | "confirm_review" }
  | { action: "reject"; remark: string }
  | { action: "schedule"; publishAt: Date; publishZone: string; consistencyOverride?: string }
  | { action: "withdraw"; reason: string }
  | { action: "force_publish"; reason: string };

/**
 * One workflow step on a release loaded at `expectedVersion`. The caller has checked the role
 * permission; the state machine (lib/domain/workflow.ts) checks the state and the two-person rule.
 */
export async function transitionRelease(
  actor: SessionUser,
  id: string,
  expectedVersion: number,
  step: TransitionInput,
  now: Date = clockNow(),
): Promise<WriteResult> {
  return transact(async (tx) => {
    if (!(await claim(tx, actor, id, expectedVersion))) return missingOrConflict(tx, id);
    const release = await tx.release.findUniqueOrThrow({
      where: { id },
      select: { slug: true, liveEdition: { select: workflowSelect } },
    });
    const current = await latestEdition(tx, id);
    let detail: Prisma.InputJsonValue = { edition: current.number };

    switch (step.action) {
      case "submit":
        allow("submit", current, actor);
        await tx.edition.update({
          where: { id: current.id },
          data: {
            status: "SUBMITTED",
            submittedById: actor.id,
            submittedAt: now,
            approvedById: null,
            reviewRemark: null,
          },
        });
        break;
      case "approve":
        allow("approve", current, actor);
        await tx.edition.update({ where: { id: current.id }, data: { approvedById: actor.id } });
        break;
      case "reject":
        allow("reject", current, actor);
        await tx.edition.update({
          where: { id: current.id },
          data: {
            status: "REJECTED",
            reviewRemark: step.remark,
            approvedById: null,
            publishAt: null,
            publishZone: null,
          },
        });
        detail = { edition: current.number, remark: step.remark };
        break;
      case "publish":
        allow("publish", current, actor);
        await goLive(tx, id, current.id, now, { approvedById: actor.id });
        break;
      case "schedule":
        allow("schedule", current, actor);
        if (step.publishAt.getTime() <= now.getTime())
          rollback({ status: "refused", message: "The publication time must be in the future." });
        await tx.edition.update({
          where: { id: current.id },
          data: {
            status: "SCHEDULED",
            publishAt: step.publishAt,
            publishZone: step.publishZone,
            approvedById: actor.id,
          },
        });
        detail = { edition: current.number, publishAt: step.publishAt.toISOString(), zone: step.publishZone };
        break;
      case "force_publish":
        allow("force_publish", current, actor);
        await goLive(tx, id, current.id, now, {
          forcePublishReason: step.reason,
          needsReview: true,
          forcePublishedById: actor.id,
          approvedById: null,
        });
        detail = { edition: current.number, reason: step.reason };
        break;
      case "confirm_review": {
        const live = release.liveEdition;
        if (!live) rollback({ status: "refused", message: "This release is not published." });
        allow("confirm_review", live, actor);
        await tx.edition.update({ where: { id: live.id }, data: { needsReview: false, approvedById: actor.id } });
        detail = { edition: live.number };
        break;
      }
      case "unpublish": {
        const live = release.liveEdition;
        if (!live)
          rollback({ status: "refused", message: "This release is not published, so it cannot be unpublished." });
        allow("unpublish", live, actor);
        await tx.edition.update({ where: { id: live.id }, data: { status: "UNPUBLISHED" } });
        await tx.release.update({ where: { id }, data: { liveEditionId: null } });
        await enqueueReleaseEvent(tx, { type: "release.unpublished", releaseId: id, editionId: live.id });
        detail = { edition: live.number };
        break;
      }
      case "withdraw": {
        const live = release.liveEdition;
        if (!live)
          rollback({ status: "refused", message: "This release is not published, so it cannot be withdrawn." });
        allow("withdraw", live, actor);
        // The URL stays: the withdrawn edition remains "live" so its page can show the notice.
        await tx.edition.update({ where: { id: live.id }, data: { status: "WITHDRAWN" } });
        await tx.release.update({ where: { id }, data: { withdrawnAt: now, withdrawnReason: step.reason } });
        await enqueueReleaseEvent(tx, { type: "release.withdrawn", releaseId: id, editionId: live.id });
        detail = { edition: live.number, reason: step.reason };
        break;
      }
    }
    await recordAudit({ action: `release.${step.action}`, actorId: actor.id, releaseId: id, detail }, tx);
    const override = "consistencyOverride" in step && step.consistencyOverride ? step.consistencyOverride : null;
    if (override) {
      await recordAudit(
        {
          action: "release.consistency_override",
          actorId: actor.id,
          releaseId: id,
          detail: { step: step.action, reason: override },
        },
        tx,
      );
    }
    const why =
      "reason" in step
        ? `: ${step.reason}`
        : "remark" in step
          ? `: ${step.remark}`
          : override
            ? ` anyway: ${override}`
            : "";
    await appendRevision(tx, id, actor.id, `${step.action.replace("_", " ")}${why}`);
    return { status: "ok" as const, id, slug: release.slug, version: expectedVersion + 1 };
  });
}

/**
 * The scheduler's step: publishes every edition whose scheduled instant has come. Safe with several
 * app instances (rows are locked with SKIP LOCKED, so each edition is taken by one of them) and
 * idempotent (an edition no longer SCHEDULED is not selected again). Returns the published slugs.
 */
export async function publishDueEditions(now: Date = clockNow(), limit = 50): Promise<string[]> {
  return db().$transaction(async (tx) => {
    const due = await tx.$queryRaw<Array<{ id: string; releaseId: string; number: number; publishAt: Date }>>`
      SELECT id, "releaseId", number, "publishAt" FROM "Edition"
      WHERE status = 'SCHEDULED' AND "publishAt" <= ${now}
      ORDER BY "publishAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    const slugs: string[] = [];
    for (const edition of due) {
      const release = await tx.release.update({
        where: { id: edition.releaseId },
        data: { version: { increment: 1 } },
        select: { slug: true },
      });
      // Published at its scheduled instant, even when the scheduler catches up after downtime.
      await goLive(tx, edition.releaseId, edition.id, edition.publishAt);
      await recordAudit(
        { action: "release.publish_due", releaseId: edition.releaseId, detail: { edition: edition.number } },
        tx,
      );
      await appendRevision(tx, edition.releaseId, null, "published on schedule");
      slugs.push(release.slug);
    }
    return slugs;
  });
}

/** Thrown inside a transaction to undo everything (the version claim too) while still answering. */
class Rollback extends Error {
  constructor(readonly result: WriteResult) {
    super("rollback");
  }
}
function rollback(result: WriteResult): never {
  throw new Rollback(result);
}
async function transact(work: (tx: Tx) => Promise<WriteResult>): Promise<WriteResult> {
  try {
    return await retryOnUniqueViolation(() => db().$transaction(work));
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}

/** Why a guarded UPDATE touched no row (read after the fact, only to word the answer). */
async function missingOrConflict(tx: Tx, id: string): Promise<WriteResult> {
  const exists = await tx.release.count({ where: { id } });
  return exists ? { status: "conflict" } : { status: "not_found" };
}

export async function findReleaseIdBySlug(slug: string): Promise<string | null> {
  const row = await db().release.findUnique({ where: { slug }, select: { id: true } });
  return row?.id ?? null;
}
