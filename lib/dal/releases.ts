import "server-only";
import { Prisma, type EditionStatus } from "@prisma/client";
import { db, type Tx } from "../db";
import type { AgreementTypeValue } from "../domain/agreement-types";
import { slugify, uniqueSlug } from "../domain/slug";
import type { ReleaseInput } from "../validation/release";
import { recordAudit, type AuditAction } from "./audit";
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

export interface ReleaseDTO {
  /** The release (document) id: stable across editions. */
  id: string;
  slug: string;
  editionId: string;
  editionNumber: number;
  /** The workflow state of this edition. */
  status: EditionStatus;
  headline: string;
  summary: string;
  body: string;
  datelinePlace: string | null;
  datelineAt: Date;
  datelineOffsetMinutes: number;
  issuer: string;
  sourceCredit: string | null;
  countries: string[];
  topics: string[];
  /** First publication of the release (not of this edition). */
  publishedAt: Date | null;
  /** When this edition went live. */
  editionPublishedAt: Date | null;
  /** The release's concurrency version, carried by editor forms. */
  version: number;
  /** Number of the edition readers currently see, if any. */
  liveEditionNumber: number | null;
  createdAt: Date;
  updatedAt: Date;
  updatedByName: string | null;
  agreements: AgreementDTO[];
  quotes: QuoteDTO[];
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
}

const editionInclude = {
  updatedBy: { select: { name: true } },
  agreements: { orderBy: { position: "asc" } },
  quotes: {
    orderBy: { position: "asc" },
    include: { person: { select: { slug: true, name: true, aliases: true, role: true, organisation: true } } },
  },
} satisfies Prisma.EditionInclude;

type FullEdition = Prisma.EditionGetPayload<{ include: typeof editionInclude }>;
type ReleaseHead = { id: string; slug: string; version: number; publishedAt: Date | null; liveEdition: { number: number } | null };

const releaseHeadSelect = {
  id: true,
  slug: true,
  version: true,
  publishedAt: true,
  liveEdition: { select: { number: true } },
} satisfies Prisma.ReleaseSelect;

function toDTO(release: ReleaseHead, e: FullEdition): ReleaseDTO {
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

function toListItem(release: { id: string; slug: string; publishedAt: Date | null }, { updatedBy, ...e }: ListEdition): ReleaseListItem {
  return { id: release.id, slug: release.slug, publishedAt: release.publishedAt, ...e, updatedByName: updatedBy?.name ?? null };
}

/** Public visibility: a live PUBLISHED edition whose publication instant has come (embargo backstop). */
function publicWhere(now = new Date()): Prisma.ReleaseWhereInput {
  return { publishedAt: { lte: now }, liveEdition: { is: { status: "PUBLISHED", publishedAt: { lte: now } } } };
}

// ---------- reads ----------

/** Every release with its newest edition, drafts included, most recently updated first (dashboard). */
export async function listReleasesForEditors(limit = 500): Promise<ReleaseListItem[]> {
  const rows = await db().release.findMany({
    select: { id: true, slug: true, publishedAt: true, editions: { select: listEditionSelect, orderBy: { number: "desc" }, take: 1 } },
    orderBy: { updatedAt: "desc" },
    take: limit,
  });
  return rows.flatMap((r) => (r.editions[0] ? [toListItem(r, r.editions[0])] : []));
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

/** The live edition of a published release, as readers see it. */
export async function getPublishedRelease(slug: string): Promise<ReleaseDTO | null> {
  const release = await db().release.findFirst({
    where: { slug, ...publicWhere() },
    select: { ...releaseHeadSelect, liveEdition: { include: editionInclude } },
  });
  return release?.liveEdition ? toDTO(release, release.liveEdition) : null;
}

// ---------- writes ----------

export type WriteResult =
  | { status: "ok"; id: string; slug: string; version: number }
  | { status: "conflict" }
  | { status: "not_found" }
  | { status: "invalid_state"; current: EditionStatus };

export interface SaveOptions {
  /** Publish in the same transaction as the save. The caller has checked the permission. */
  publish?: boolean;
  /** Publication instant when publishing for the first time (defaults to now; the seed uses its dateline). */
  publishedAt?: Date;
  /** Shown in the history next to the revision this save makes (e.g. "Restored revision 3"). */
  revisionNote?: string;
}

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
async function appendRevision(tx: Tx, releaseId: string, authorId: string | null, note?: string): Promise<void> {
  const release = await tx.release.findUniqueOrThrow({
    where: { id: releaseId },
    select: { ...releaseHeadSelect, editions: { include: editionInclude, orderBy: { number: "desc" }, take: 1 } },
  });
  const { updatedByName: _u, updatedAt: _t, createdAt: _c, id: _id, editionId: _e, ...snapshot } = toDTO(release, release.editions[0]!);
  await tx.revision.create({
    data: { releaseId, version: release.version, authorId, note, snapshot: JSON.parse(JSON.stringify(snapshot)) as Prisma.InputJsonValue },
  });
}

/** Makes `editionId` the live edition: the previous live one is superseded, in the same transaction. */
async function goLive(tx: Tx, releaseId: string, editionId: string, at: Date): Promise<void> {
  const release = await tx.release.findUniqueOrThrow({ where: { id: releaseId }, select: { liveEditionId: true, publishedAt: true } });
  if (release.liveEditionId && release.liveEditionId !== editionId) {
    await tx.edition.update({ where: { id: release.liveEditionId }, data: { status: "SUPERSEDED" } });
  }
  await tx.edition.update({ where: { id: editionId }, data: { status: "PUBLISHED", publishedAt: at } });
  await tx.release.update({ where: { id: releaseId }, data: { liveEditionId: editionId, publishedAt: release.publishedAt ?? at } });
}

export async function createRelease(actor: SessionUser, input: ReleaseInput, options: SaveOptions = {}): Promise<WriteResult & { status: "ok" }> {
  return db().$transaction(async (tx) => {
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
      await goLive(tx, release.id, edition.id, options.publishedAt ?? new Date());
      await recordAudit({ action: "release.publish", actorId: actor.id, releaseId: release.id }, tx);
    }
    await appendRevision(tx, release.id, actor.id);
    return { status: "ok" as const, ...release };
  });
}

/** Claims the release for one write: the version is compared inside the UPDATE (never read-then-compare). */
async function claim(tx: Tx, actor: SessionUser, id: string, expectedVersion: number): Promise<boolean> {
  const { count } = await tx.release.updateMany({
    where: { id, version: expectedVersion },
    data: { version: { increment: 1 }, updatedById: actor.id },
  });
  return count === 1;
}

async function latestEdition(tx: Tx, releaseId: string) {
  return tx.edition.findFirstOrThrow({ where: { releaseId }, orderBy: { number: "desc" }, select: { id: true, number: true, status: true } });
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
    if (current.status === "SUPERSEDED" || current.status === "WITHDRAWN") rollback({ status: "invalid_state", current: current.status });
    let editionId = current.id;
    if (current.status === "PUBLISHED") {
      const created = await tx.edition.create({
        data: { ...contentData(input), releaseId: id, number: current.number + 1, createdById: actor.id, updatedById: actor.id },
        select: { id: true },
      });
      editionId = created.id;
    } else {
      await tx.edition.update({
        where: { id: editionId },
        data: { ...contentData(input), status: current.status === "UNPUBLISHED" ? "DRAFT" : current.status, updatedById: actor.id },
      });
    }
    await replaceChildren(tx, editionId, input);

    const release = await tx.release.findUniqueOrThrow({ where: { id }, select: { slug: true, publishedAt: true } });
    let slug = release.slug;
    // The slug follows the headline until first publication, then never changes (links are out there).
    if (!release.publishedAt && slugify(input.headline) !== slug.replace(/-\d+$/, "")) {
      slug = await freeSlug(tx, input.headline, id);
      await tx.release.update({ where: { id }, data: { slug } });
    }
    await recordAudit({ action: "release.save", actorId: actor.id, releaseId: id, detail: { edition: current.status === "PUBLISHED" ? current.number + 1 : current.number } }, tx);
    if (options.publish) {
      await goLive(tx, id, editionId, options.publishedAt ?? new Date());
      await recordAudit({ action: "release.publish", actorId: actor.id, releaseId: id }, tx);
    }
    await appendRevision(tx, id, actor.id, options.revisionNote);
    return { status: "ok" as const, id, slug, version: expectedVersion + 1 };
  });
}

/** Publish the newest edition, or unpublish the live one, under the same version check. */
export async function setReleaseStatus(
  actor: SessionUser,
  id: string,
  expectedVersion: number,
  status: "PUBLISHED" | "UNPUBLISHED",
): Promise<WriteResult> {
  return transact(async (tx) => {
    if (!(await claim(tx, actor, id, expectedVersion))) return missingOrConflict(tx, id);
    const release = await tx.release.findUniqueOrThrow({
      where: { id },
      select: { slug: true, liveEdition: { select: { id: true, status: true } } },
    });
    if (status === "PUBLISHED") {
      const current = await latestEdition(tx, id);
      if (!["DRAFT", "UNPUBLISHED"].includes(current.status)) rollback({ status: "invalid_state", current: current.status });
      await goLive(tx, id, current.id, new Date());
    } else {
      const live = release.liveEdition;
      if (!live || live.status !== "PUBLISHED") rollback({ status: "invalid_state", current: live?.status ?? "DRAFT" });
      await tx.edition.update({ where: { id: live.id }, data: { status: "UNPUBLISHED" } });
      await tx.release.update({ where: { id }, data: { liveEditionId: null } });
    }
    const action: AuditAction = status === "PUBLISHED" ? "release.publish" : "release.unpublish";
    await recordAudit({ action, actorId: actor.id, releaseId: id }, tx);
    await appendRevision(tx, id, actor.id);
    return { status: "ok" as const, id, slug: release.slug, version: expectedVersion + 1 };
  });
}

/** Thrown inside a transaction to undo the version claim while still answering with a result. */
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
    return await db().$transaction(work);
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
