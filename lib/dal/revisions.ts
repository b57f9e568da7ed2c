import "server-only";
import { z } from "zod";
import { db } from "../db";
import { releaseInputSchema, type ReleaseInput } from "../validation/release";
import { releaseToFormValues } from "../validation/release-form";
import { updateRelease, type WriteResult } from "./releases";
import type { SessionUser } from "./users";

// ---------- DTOs ----------

export interface RevisionDTO {
  id: string;
  /** 1-based position in the release's history, oldest first. */
  number: number;
  createdAt: Date;
  /** Null for system changes (the scheduler) or a deleted user. */
  authorName: string | null;
  note: string | null;
  snapshot: RevisionSnapshot;
}

// ---------- snapshot parsing ----------
// The column is JSON written by code that keeps evolving; every field falls back to an empty value
// rather than failing, so one odd old snapshot can never take the whole history page down.

const str = z.string().catch("");
const nullableStr = z.string().nullable().catch(null);
const strings = z.array(z.string()).catch([]);
const int = z.number().int().catch(0);
const nullableInt = z.number().int().nullable().catch(null);
const instant = z
  .string()
  .transform((value) => new Date(value))
  .refine((date) => !Number.isNaN(date.getTime()))
  .catch(new Date(0));
const nullableInstant = z
  .string()
  .nullable()
  .transform((value) => (value === null ? null : new Date(value)))
  .refine((date) => date === null || !Number.isNaN(date.getTime()))
  .catch(null);

const snapshotSchema = z.object({
  slug: str,
  editionNumber: int,
  status: z.string().catch("DRAFT"),
  version: int,
  headline: str,
  summary: str,
  body: str,
  datelinePlace: nullableStr,
  datelineAt: instant,
  // Null: a date-only dateline (issue 15); a snapshot without the field falls back to UTC.
  datelineOffsetMinutes: z.number().int().nullable().catch(0),
  issuer: str,
  sourceCredit: nullableStr,
  mediaContactName: nullableStr,
  mediaContactEmail: nullableStr,
  mediaContactPhone: nullableStr,
  countries: strings,
  topics: strings,
  publishedAt: nullableInstant,
  editionPublishedAt: nullableInstant,
  liveEditionNumber: nullableInt,
  changeNote: nullableStr,
  agreements: z
    .array(z.object({ type: str, title: str, parties: strings, signedOn: nullableStr, note: nullableStr }))
    .catch([]),
  quotes: z
    .array(
      z.object({
        text: str,
        context: nullableStr,
        speaker: z.object({ slug: str, name: str }).catch({ slug: "", name: "" }),
        speakerRole: nullableStr,
        speakerOrganisation: nullableStr,
      }),
    )
    .catch([]),
  // Issue 13. Absent from revisions written before it: undefined then, so restoring one keeps the
  // release's current media rather than removing them.
  media: z
    .array(
      z.object({
        assetId: str,
        kind: z.enum(["IMAGE", "ATTACHMENT"]).catch("IMAGE"),
        role: z.enum(["LEAD", "GALLERY", "ATTACHMENT"]).catch("GALLERY"),
        filename: str,
        altText: str,
        caption: nullableStr,
        credit: nullableStr,
        title: nullableStr,
      }),
    )
    .optional()
    .catch(undefined),
});

/**
 * A release as one save left it (written by appendRevision in ./releases.ts from the ReleaseDTO),
 * with its dates revived from the ISO strings JSON stores them as.
 */
export type RevisionSnapshot = z.output<typeof snapshotSchema>;

function parseSnapshot(json: unknown): RevisionSnapshot {
  return snapshotSchema.parse(json ?? {});
}

// ---------- reads ----------

/**
 * Ids come from the URL: anything but a plausible id (cuid/uuid characters, at most 64) is treated
 * as "no such row" before it reaches the database (a NUL byte there would be a 500, not a 404).
 */
export function isPlausibleId(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value);
}

// Every write bumps the release's version, so the version orders revisions; the rest breaks ties.
const historyOrder = [{ version: "asc" }, { createdAt: "asc" }, { id: "asc" }] as const;

const revisionSelect = {
  id: true,
  createdAt: true,
  note: true,
  snapshot: true,
  author: { select: { name: true } },
} as const;

type RevisionRow = {
  id: string;
  createdAt: Date;
  note: string | null;
  snapshot: unknown;
  author: { name: string } | null;
};

function toDTO(row: RevisionRow, number: number): RevisionDTO {
  return {
    id: row.id,
    number,
    createdAt: row.createdAt,
    authorName: row.author?.name ?? null,
    note: row.note,
    snapshot: parseSnapshot(row.snapshot),
  };
}

/** Every revision of a release, newest first, numbered from 1 (the oldest). Empty for an unknown id. */
export async function listRevisions(releaseId: string): Promise<RevisionDTO[]> {
  if (!isPlausibleId(releaseId)) return [];
  const rows = await db().revision.findMany({
    where: { releaseId },
    select: revisionSelect,
    orderBy: [...historyOrder],
  });
  return rows.map((row, index) => toDTO(row, index + 1)).reverse();
}

/** One revision of that release (never another release's), with its number; null when there is none. */
async function getRevision(releaseId: string, revisionId: string): Promise<RevisionDTO | null> {
  if (!isPlausibleId(releaseId) || !isPlausibleId(revisionId)) return null;
  const order = await db().revision.findMany({
    where: { releaseId },
    select: { id: true },
    orderBy: [...historyOrder],
  });
  const index = order.findIndex((row) => row.id === revisionId);
  if (index === -1) return null;
  const row = await db().revision.findFirst({ where: { id: revisionId, releaseId }, select: revisionSelect });
  return row ? toDTO(row, index + 1) : null;
}

// ---------- restore ----------

/** A snapshot as the input a save takes: through the form values and the same schema as the editor. */
function snapshotToReleaseInput(
  snapshot: RevisionSnapshot,
): { ok: true; input: ReleaseInput } | { ok: false; message: string } {
  const parsed = releaseInputSchema.safeParse(releaseToFormValues(snapshot));
  if (parsed.success) return { ok: true, input: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `${issue?.path.join(".") || "content"}: ${issue?.message ?? "invalid"}` };
}

export type RestoreResult =
  WriteResult | { status: "revision_not_found" } | { status: "unrestorable"; message: string };

/**
 * Saves an old revision's content as the release's new draft content, under the version the user
 * loaded the history at. It goes through updateRelease, so nothing is overwritten: a new revision is
 * appended, and a published release gets a new draft edition while its live page stays as it is.
 */
export async function restoreRevision(
  actor: SessionUser,
  releaseId: string,
  revisionId: string,
  expectedVersion: number,
): Promise<RestoreResult> {
  const revision = await getRevision(releaseId, revisionId);
  if (!revision) return { status: "revision_not_found" };
  const converted = snapshotToReleaseInput(revision.snapshot);
  if (!converted.ok) return { status: "unrestorable", message: converted.message };
  return updateRelease(actor, releaseId, expectedVersion, converted.input, {
    revisionNote: `Restored revision ${revision.number}`,
  });
}
