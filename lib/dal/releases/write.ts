import "server-only";
import type { Prisma } from "@prisma/client";
import { now as clockNow } from "../../clock";
import { db, type Tx } from "../../db";
import { slugify, uniqueSlug } from "../../domain/slug";
import type { ReleaseInput } from "../../validation/release";
import { recordAudit } from "../audit";
import { copyEditionMedia, replaceEditionMedia } from "../media/edition-media";
import { resolveSpeakers } from "../people";
import { env } from "../../env";
import { setReleaseLanguage } from "./translations";
import { sharedStructureForSave } from "./translation-original";
import { alignInputToOriginal } from "../../domain/translation-original";
import type { SessionUser } from "../users";
import { editionInclude, releaseHeadSelect, toDTO } from "./shape";
import { allow, claim, latestEdition, missingOrConflict, retryOnUniqueViolation, transact, workflowSelect } from "./tx";
import type { WriteResult } from "./tx";

// Content writes: create a release, save an edition. Neither makes anything public: going live is
// lib/dal/releases/workflow.ts's job alone.

export interface SaveOptions {
  /** Shown in the history next to the revision this save makes (e.g. "Restored revision 3"). */
  revisionNote?: string;
  /** Autosave: consecutive autosaves by one person within a few minutes share one revision. */
  autosave?: boolean;
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
    mediaContactName: input.mediaContactName,
    mediaContactEmail: input.mediaContactEmail,
    mediaContactPhone: input.mediaContactPhone,
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

/**
 * Writes the edition's agreements, quotes and media from the input. Media (issue 13) are replaced
 * only when the input carries a list; without one the edition keeps its rows, and a new edition
 * (`previousEditionId`, editing a published release) starts with its predecessor's.
 */
async function replaceChildren(
  tx: Tx,
  editionId: string,
  input: ReleaseInput,
  previousEditionId?: string,
): Promise<void> {
  if (input.media) await replaceEditionMedia(tx, editionId, input.media);
  else if (previousEditionId && previousEditionId !== editionId)
    await copyEditionMedia(tx, previousEditionId, editionId);
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
        speakerName: q.speakerName ?? null,
      })),
    });
  }
}

/** Stores the full structured state as a revision (history, diff and restore build on it). */
export async function appendRevision(
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

/** Creates a release with its first edition, a draft. */
export async function createRelease(
  actor: SessionUser,
  input: ReleaseInput,
  options: SaveOptions = {},
): Promise<WriteResult & { status: "ok" }> {
  return retryOnUniqueViolation(() => db().$transaction((tx) => insertRelease(tx, actor, input, options, null)));
}

async function insertRelease(
  tx: Tx,
  actor: SessionUser,
  input: ReleaseInput,
  options: SaveOptions,
  creationKey: string | null,
) {
  const release = await tx.release.create({
    data: {
      slug: await freeSlug(tx, input.headline),
      language: input.language ?? env().DEFAULT_LANGUAGE,
      creationKey,
      createdById: actor.id,
      updatedById: actor.id,
    },
    select: { id: true, slug: true, version: true },
  });
  const edition = await tx.edition.create({
    data: { ...contentData(input), releaseId: release.id, number: 1, createdById: actor.id, updatedById: actor.id },
    select: { id: true },
  });
  await replaceChildren(tx, edition.id, input);
  await tx.releaseAuthor.create({ data: { releaseId: release.id, userId: actor.id } });
  const detail = options.autosave ? { autosave: true } : undefined;
  await recordAudit({ action: "release.create", actorId: actor.id, releaseId: release.id, detail }, tx);
  // Created by an autosave: the autosaves that follow share its revision, as they do on a saved release.
  await appendRevision(tx, release.id, actor.id, options.autosave ? AUTOSAVE_NOTE : options.revisionNote);
  return { status: "ok" as const, ...release };
}

// pg_advisory_xact_lock(int, int): this module's key space (lib/dal/sign-in-attempts.ts uses 0x5349_000x).
const LOCK_SPACE_CREATION_KEY = 0x5245_4c01;
/** A release's version right after its creation. */
const CREATED_VERSION = 1;

/**
 * Creates a release once per editor form (issue 12.1). The form's key is stored with the release,
 * so the same form's create sent again (its first autosave and its Save draft racing, a retry after
 * an answer that was lost) saves into the release it made instead of making a second one. That save
 * is version-checked against the release as it was created: if anyone saved it since, it is a
 * conflict like any other, never an overwrite.
 */
export async function createReleaseOnce(
  actor: SessionUser,
  creationKey: string,
  input: ReleaseInput,
  options: SaveOptions = {},
): Promise<WriteResult> {
  const outcome = await retryOnUniqueViolation(() =>
    db().$transaction(async (tx) => {
      // Two creates with one key queue here; the second then finds the first one's release.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_SPACE_CREATION_KEY}::int, hashtext(${creationKey}))`;
      const existing = await tx.release.findUnique({
        where: { creationKey },
        select: { id: true, createdById: true },
      });
      if (existing) return { existing };
      return { created: await insertRelease(tx, actor, input, options, creationKey) };
    }),
  );
  if (outcome.created) return outcome.created;
  // Keys are random and known only to the form that made them: another person's is never theirs to write.
  if (outcome.existing?.createdById !== actor.id)
    return { status: "refused", message: "This form belongs to another release: reload the page." };
  return updateRelease(actor, outcome.existing.id, CREATED_VERSION, input, options);
}

/**
 * Saves a release loaded at `expectedVersion`. Of two concurrent saves from the same version exactly
 * one wins. Editing a live (published) edition starts a new draft edition; readers keep the live one.
 */
export async function updateRelease(
  actor: SessionUser,
  id: string,
  expectedVersion: number,
  posted: ReleaseInput,
  options: SaveOptions = {},
): Promise<WriteResult> {
  return transact(async (tx) => {
    if (!(await claim(tx, actor, id, expectedVersion))) return missingOrConflict(tx, id);
    // Issue 14: a translation's dateline instant, countries, agreement types and dates and speakers
    // are its original's (the form shows them read-only); only its words are its own.
    const shared = await sharedStructureForSave(tx, id);
    const input = shared ? alignInputToOriginal(posted, shared) : posted;
    const current = await latestEdition(tx, id);
    const to = allow("save", current, actor);
    if (input.language) await setReleaseLanguage(tx, id, input.language);
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
      // Whoever changes a submitted edition becomes one of its review authors (so cannot approve or
      // publish it) and any approval given to the earlier text no longer holds.
      const underReview = current.status === "SUBMITTED";
      await tx.edition.update({
        where: { id: current.id },
        data: {
          ...contentData(input),
          status: to,
          updatedById: actor.id,
          ...(current.status === "SCHEDULED" ? { publishAt: null, publishZone: null } : {}),
          ...(underReview
            ? { approvedById: null, reviewAuthorIds: [...new Set([...current.reviewAuthorIds, actor.id])] }
            : {}),
        },
      });
      edition = { ...current, status: to };
    }
    await replaceChildren(tx, edition.id, input, current.id);

    const release = await tx.release.findUniqueOrThrow({
      where: { id },
      select: { slug: true, publishedAt: true, translationOfId: true },
    });
    let slug = release.slug;
    // The slug follows the headline until first publication, then never changes (links are out there).
    // A translation's slug is internal and fixed: its address is its original's (issue 14).
    if (!release.publishedAt && !release.translationOfId) {
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
      ...(current.status === "SUBMITTED" && current.submittedById !== actor.id ? { editedUnderReview: true } : {}),
      ...(input.changeNote ? { correction: input.changeNote } : {}),
    };
    await recordAudit({ action: "release.save", actorId: actor.id, releaseId: id, detail: saveDetail }, tx);
    const note = options.autosave ? AUTOSAVE_NOTE : options.revisionNote;
    await appendRevision(tx, id, actor.id, note, options.autosave === true);
    return { status: "ok" as const, id, slug, version: expectedVersion + 1 };
  });
}
