import "server-only";
import { Prisma, type ReleaseStatus } from "@prisma/client";
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
  id: string;
  slug: string;
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
  status: ReleaseStatus;
  publishedAt: Date | null;
  version: number;
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
  status: ReleaseStatus;
  datelinePlace: string | null;
  datelineAt: Date;
  datelineOffsetMinutes: number;
  publishedAt: Date | null;
  updatedAt: Date;
  updatedByName: string | null;
}

const fullInclude = {
  updatedBy: { select: { name: true } },
  agreements: { orderBy: { position: "asc" } },
  quotes: {
    orderBy: { position: "asc" },
    include: { person: { select: { slug: true, name: true, aliases: true, role: true, organisation: true } } },
  },
} satisfies Prisma.ReleaseInclude;

type FullRelease = Prisma.ReleaseGetPayload<{ include: typeof fullInclude }>;

function toDTO(r: FullRelease): ReleaseDTO {
  return {
    id: r.id,
    slug: r.slug,
    headline: r.headline,
    summary: r.summary,
    body: r.body,
    datelinePlace: r.datelinePlace,
    datelineAt: r.datelineAt,
    datelineOffsetMinutes: r.datelineOffsetMinutes,
    issuer: r.issuer,
    sourceCredit: r.sourceCredit,
    countries: r.countries,
    topics: r.topics,
    status: r.status,
    publishedAt: r.publishedAt,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    updatedByName: r.updatedBy?.name ?? null,
    agreements: r.agreements.map((a) => ({
      type: a.type,
      title: a.title,
      parties: a.parties,
      signedOn: a.signedOn ? a.signedOn.toISOString().slice(0, 10) : null,
      note: a.note,
    })),
    quotes: r.quotes.map((q) => ({
      text: q.text,
      context: q.context,
      speaker: q.person,
      speakerRole: q.speakerRole ?? q.person.role,
      speakerOrganisation: q.speakerOrganisation ?? q.person.organisation,
    })),
  };
}

const listSelect = {
  id: true,
  slug: true,
  headline: true,
  summary: true,
  status: true,
  datelinePlace: true,
  datelineAt: true,
  datelineOffsetMinutes: true,
  publishedAt: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} satisfies Prisma.ReleaseSelect;

function toListItem({ updatedBy, ...r }: Prisma.ReleaseGetPayload<{ select: typeof listSelect }>): ReleaseListItem {
  return { ...r, updatedByName: updatedBy?.name ?? null };
}

// ---------- reads ----------

/** Every release, drafts included, most recently updated first (editor dashboard). */
export async function listReleasesForEditors(limit = 500): Promise<ReleaseListItem[]> {
  const rows = await db().release.findMany({ select: listSelect, orderBy: { updatedAt: "desc" }, take: limit });
  return rows.map(toListItem);
}

export async function getReleaseForEditor(id: string): Promise<ReleaseDTO | null> {
  const row = await db().release.findUnique({ where: { id }, include: fullInclude });
  return row ? toDTO(row) : null;
}

/** Published releases, newest first. Drafts and unpublished releases never appear. */
export async function listPublishedReleases(limit = 50): Promise<ReleaseListItem[]> {
  const rows = await db().release.findMany({
    where: { status: "PUBLISHED", publishedAt: { lte: new Date() } },
    select: listSelect,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map(toListItem);
}

export async function getPublishedRelease(slug: string): Promise<ReleaseDTO | null> {
  const row = await db().release.findFirst({
    where: { slug, status: "PUBLISHED", publishedAt: { lte: new Date() } },
    include: fullInclude,
  });
  return row ? toDTO(row) : null;
}

// ---------- writes ----------

export type WriteResult =
  | { status: "ok"; id: string; slug: string; version: number }
  | { status: "conflict" }
  | { status: "not_found" }
  | { status: "invalid_state"; current: ReleaseStatus };

export interface SaveOptions {
  /** Publish in the same transaction as the save. The caller has checked the permission. */
  publish?: boolean;
  /** Publication instant when publishing for the first time (defaults to now; the seed uses its dateline). */
  publishedAt?: Date;
}

function scalarData(input: ReleaseInput) {
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

async function replaceChildren(tx: Tx, releaseId: string, input: ReleaseInput): Promise<void> {
  await tx.agreement.deleteMany({ where: { releaseId } });
  await tx.quote.deleteMany({ where: { releaseId } });
  if (input.agreements.length > 0) {
    await tx.agreement.createMany({
      data: input.agreements.map((a, position) => ({
        releaseId,
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
        releaseId,
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
  const row = await tx.release.findUniqueOrThrow({ where: { id: releaseId }, include: fullInclude });
  const { updatedByName: _u, updatedAt: _t, createdAt: _c, id: _id, ...snapshot } = toDTO(row);
  await tx.revision.create({
    data: { releaseId, version: row.version, authorId, note, snapshot: JSON.parse(JSON.stringify(snapshot)) as Prisma.InputJsonValue },
  });
}

export async function createRelease(actor: SessionUser, input: ReleaseInput, options: SaveOptions = {}): Promise<WriteResult & { status: "ok" }> {
  return db().$transaction(async (tx) => {
    const publishing = options.publish === true;
    const release = await tx.release.create({
      data: {
        ...scalarData(input),
        slug: await freeSlug(tx, input.headline),
        status: publishing ? "PUBLISHED" : "DRAFT",
        publishedAt: publishing ? (options.publishedAt ?? new Date()) : null,
        createdById: actor.id,
        updatedById: actor.id,
      },
      select: { id: true, slug: true, version: true },
    });
    await replaceChildren(tx, release.id, input);
    await appendRevision(tx, release.id, actor.id);
    await recordAudit({ action: "release.create", actorId: actor.id, releaseId: release.id }, tx);
    if (publishing) await recordAudit({ action: "release.publish", actorId: actor.id, releaseId: release.id }, tx);
    return { status: "ok" as const, ...release };
  });
}

/**
 * Saves a release loaded at `expectedVersion`. The version is compared inside the UPDATE itself
 * (never read-then-compare), so of two concurrent saves from the same version exactly one wins.
 */
export async function updateRelease(
  actor: SessionUser,
  id: string,
  expectedVersion: number,
  input: ReleaseInput,
  options: SaveOptions = {},
): Promise<WriteResult> {
  return db().$transaction(async (tx) => {
    const publishing = options.publish === true;
    const { count } = await tx.release.updateMany({
      where: { id, version: expectedVersion },
      data: {
        ...scalarData(input),
        ...(publishing ? { status: "PUBLISHED" as const } : {}),
        updatedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (count === 0) return missingOrConflict(tx, id);
    const current = await tx.release.findUniqueOrThrow({ where: { id }, select: { slug: true, publishedAt: true } });
    let slug = current.slug;
    // The slug follows the headline until first publication, then never changes (links are out there).
    if (!current.publishedAt && slugify(input.headline) !== slug.replace(/-\d+$/, "")) {
      slug = await freeSlug(tx, input.headline, id);
    }
    await tx.release.update({
      where: { id },
      data: { slug, ...(publishing && !current.publishedAt ? { publishedAt: options.publishedAt ?? new Date() } : {}) },
    });
    await replaceChildren(tx, id, input);
    await appendRevision(tx, id, actor.id);
    await recordAudit({ action: "release.save", actorId: actor.id, releaseId: id }, tx);
    if (publishing) await recordAudit({ action: "release.publish", actorId: actor.id, releaseId: id }, tx);
    return { status: "ok" as const, id, slug, version: expectedVersion + 1 };
  });
}

/** Publish or unpublish without other changes, under the same version check. */
export async function setReleaseStatus(
  actor: SessionUser,
  id: string,
  expectedVersion: number,
  status: Extract<ReleaseStatus, "PUBLISHED" | "UNPUBLISHED">,
): Promise<WriteResult> {
  // Publish from draft or unpublished; unpublish only what is published.
  const from: ReleaseStatus[] = status === "PUBLISHED" ? ["DRAFT", "UNPUBLISHED"] : ["PUBLISHED"];
  return db().$transaction(async (tx) => {
    const { count } = await tx.release.updateMany({
      where: { id, version: expectedVersion, status: { in: from } },
      data: { status, updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) return missingOrConflict(tx, id, expectedVersion);
    if (status === "PUBLISHED") await tx.release.updateMany({ where: { id, publishedAt: null }, data: { publishedAt: new Date() } });
    const { slug } = await tx.release.findUniqueOrThrow({ where: { id }, select: { slug: true } });
    await appendRevision(tx, id, actor.id);
    const action: AuditAction = status === "PUBLISHED" ? "release.publish" : "release.unpublish";
    await recordAudit({ action, actorId: actor.id, releaseId: id }, tx);
    return { status: "ok" as const, id, slug, version: expectedVersion + 1 };
  });
}

/** Why a guarded UPDATE touched no row (read after the fact, only to word the answer). */
async function missingOrConflict(tx: Tx, id: string, expectedVersion?: number): Promise<WriteResult> {
  const row = await tx.release.findUnique({ where: { id }, select: { version: true, status: true } });
  if (!row) return { status: "not_found" };
  if (expectedVersion === undefined || row.version !== expectedVersion) return { status: "conflict" };
  return { status: "invalid_state", current: row.status };
}

export async function findReleaseIdBySlug(slug: string): Promise<string | null> {
  const row = await db().release.findUnique({ where: { slug }, select: { id: true } });
  return row?.id ?? null;
}
