import "server-only";
import type { Prisma } from "@prisma/client";
import { db, type Tx } from "../db";

export type AuditAction =
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "release.create"
  | "release.save"
  | "release.publish"
  | "release.unpublish";

export interface AuditInput {
  action: AuditAction;
  actorId?: string | null;
  releaseId?: string | null;
  detail?: Prisma.InputJsonValue;
}

/** Appends to the audit log; inside a transaction when given one, so the entry lands with the change. */
export async function recordAudit(entry: AuditInput, tx?: Tx): Promise<void> {
  await (tx ?? db()).auditEntry.create({
    data: { action: entry.action, actorId: entry.actorId ?? null, releaseId: entry.releaseId ?? null, detail: entry.detail },
  });
}
