import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { now as clockNow } from "../clock";
import { db } from "../db";
import { isPreviewTokenFormat, type PreviewCreateInput, type PreviewRevokeInput } from "../validation/preview";
import { recordAudit } from "./audit";
import type { SessionUser } from "./users";

// Shareable links to a release's newest edition. The token is the only credential (no sign-in), so
// it carries 256 random bits, and the database keeps only its SHA-256: a leaked table or backup
// holds no working link. A fast hash is enough for a random 256-bit secret (nothing to brute-force).

export interface PreviewLinkDTO {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  createdByName: string | null;
}

/** A link that works now: which release it shows, and until when. */
export interface ResolvedPreviewLink {
  id: string;
  releaseId: string;
  expiresAt: Date;
}

export type CreatePreviewLinkResult = { status: "ok"; token: string; link: PreviewLinkDTO } | { status: "not_found" };

export type RevokePreviewLinkResult = { status: "ok" } | { status: "not_found" };

export function hashPreviewToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

function newToken(): string {
  return randomBytes(32).toString("base64url"); // 43 characters, no padding
}

/** Issues a link for the release; the token is returned this once and never stored. */
export async function createPreviewLink(
  actor: SessionUser,
  input: PreviewCreateInput,
  now: Date = clockNow(),
): Promise<CreatePreviewLinkResult> {
  const token = newToken();
  return db().$transaction(async (tx) => {
    // The id came from a form: an unknown one is an answer, not a foreign-key error (a 500).
    const release = await tx.release.findUnique({ where: { id: input.releaseId }, select: { id: true } });
    if (!release) return { status: "not_found" as const };
    const row = await tx.previewLink.create({
      data: {
        releaseId: release.id,
        tokenHash: hashPreviewToken(token),
        expiresAt: new Date(now.getTime() + input.ttlMs),
        createdById: actor.id,
        createdAt: now,
      },
      select: { id: true, createdAt: true, expiresAt: true },
    });
    // Never the token or its hash in the log: the entry names the link by id.
    await recordAudit(
      {
        action: "release.preview_create",
        actorId: actor.id,
        releaseId: release.id,
        detail: { previewLinkId: row.id, expiresAt: row.expiresAt.toISOString() },
      },
      tx,
    );
    return { status: "ok" as const, token, link: { ...row, createdByName: actor.name } };
  });
}

/**
 * The link a token opens, or null when the token is malformed, unknown, revoked or expired
 * (`expiresAt <= now`). Callers answer every null the same way (404), so nothing tells them apart.
 */
export async function resolvePreviewLink(token: string, now: Date = clockNow()): Promise<ResolvedPreviewLink | null> {
  if (!isPreviewTokenFormat(token)) return null;
  // Looked up by hash, so the comparison never runs on the secret itself (no timing oracle on it).
  const row = await db().previewLink.findUnique({
    where: { tokenHash: hashPreviewToken(token) },
    select: { id: true, releaseId: true, expiresAt: true, revokedAt: true },
  });
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now.getTime()) return null;
  return { id: row.id, releaseId: row.releaseId, expiresAt: row.expiresAt };
}

/** Links of the release that still work, newest first (the editor's list). */
export async function listActivePreviewLinks(releaseId: string, now: Date = clockNow()): Promise<PreviewLinkDTO[]> {
  const rows = await db().previewLink.findMany({
    where: { releaseId, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, createdAt: true, expiresAt: true, createdBy: { select: { name: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(({ createdBy, ...row }) => ({ ...row, createdByName: createdBy?.name ?? null }));
}

/**
 * Revokes one link of one release. Both ids come from the client, so they only narrow the WHERE: a
 * link of another release (or one already revoked) matches nothing and is reported as not found.
 */
export async function revokePreviewLink(
  actor: SessionUser,
  input: PreviewRevokeInput,
  now: Date = clockNow(),
): Promise<RevokePreviewLinkResult> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.previewLink.updateMany({
      where: { id: input.linkId, releaseId: input.releaseId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) return { status: "not_found" as const };
    await recordAudit(
      {
        action: "release.preview_revoke",
        actorId: actor.id,
        releaseId: input.releaseId,
        detail: { previewLinkId: input.linkId },
      },
      tx,
    );
    return { status: "ok" as const };
  });
}
