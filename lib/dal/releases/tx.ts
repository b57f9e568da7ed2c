import "server-only";
import { Prisma, type EditionStatus } from "@prisma/client";
import { db, type Tx } from "../../db";
import { decide, type WorkflowAction } from "../../domain/workflow";
import type { SessionUser } from "../users";

// Transaction plumbing every release write shares: the version claim, retry on a unique-slug race,
// rollback that still answers, and the state machine's verdict applied inside the transaction.

export type WriteResult =
  | { status: "ok"; id: string; slug: string; version: number }
  | { status: "conflict" }
  | { status: "not_found" }
  /** The workflow refused the transition (lib/domain/workflow.ts says why). */
  | { status: "refused"; message: string }
  /** The consistency gate refused: structure and body disagree and no reason was given. */
  | { status: "inconsistent"; message: string };

/**
 * Two writers saving at the same moment can both pick the same free slug (release or new speaker);
 * the unique index refuses the second and aborts its transaction, which is then simply run again
 * (its version claim was rolled back with it, so a real conflict is still reported as one).
 */
export async function retryOnUniqueViolation<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
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
export async function claim(tx: Tx, actor: SessionUser, id: string, expectedVersion: number): Promise<boolean> {
  const { count } = await tx.release.updateMany({
    where: { id, version: expectedVersion },
    data: { version: { increment: 1 }, updatedById: actor.id },
  });
  return count === 1;
}

export const workflowSelect = {
  id: true,
  number: true,
  status: true,
  submittedById: true,
  reviewAuthorIds: true,
  needsReview: true,
  forcePublishedById: true,
} as const;

export async function latestEdition(tx: Tx, releaseId: string) {
  return tx.edition.findFirstOrThrow({ where: { releaseId }, orderBy: { number: "desc" }, select: workflowSelect });
}

/** Applies the state machine's answer, or undoes the whole transaction (the version claim too). */
type WorkflowRow = {
  status: EditionStatus;
  submittedById: string | null;
  reviewAuthorIds?: string[];
  needsReview?: boolean;
  forcePublishedById?: string | null;
};

export function allow(action: WorkflowAction, edition: WorkflowRow, actor: SessionUser): EditionStatus {
  const decision = decide(action, { ...edition, authorIds: edition.reviewAuthorIds ?? [], actorId: actor.id });
  if (!decision.ok) rollback({ status: "refused", message: decision.message });
  return decision.to;
}

/** Thrown inside a transaction to undo everything (the version claim too) while still answering. */
class Rollback extends Error {
  constructor(readonly result: WriteResult) {
    super("rollback");
  }
}
export function rollback(result: WriteResult): never {
  throw new Rollback(result);
}
export async function transact(work: (tx: Tx) => Promise<WriteResult>): Promise<WriteResult> {
  try {
    return await retryOnUniqueViolation(() => db().$transaction(work));
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}

/** Why a guarded UPDATE touched no row (read after the fact, only to word the answer). */
export async function missingOrConflict(tx: Tx, id: string): Promise<WriteResult> {
  const exists = await tx.release.count({ where: { id } });
  return exists ? { status: "conflict" } : { status: "not_found" };
}
