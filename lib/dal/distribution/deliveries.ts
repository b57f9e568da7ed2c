import "server-only";
import type { DeliveryChannel, Prisma } from "@prisma/client";
import { db } from "../../db";

// The state of each outgoing email (see DeliveryStatus in prisma/schema.prisma):
//   PENDING → CLAIMED (leased to one sender) → SENDING (committed just before the final "." of the
//   SMTP DATA phase) → SENT.
// A CLAIMED row whose sender died goes back to PENDING: the server never got the final dot, so it
// discarded the message. A SENDING row whose sender died becomes UNCONFIRMED and is never retried:
// the dot was (about to be) on the wire, so the recipient most likely has it — at most once.

export interface ClaimedDelivery {
  id: string;
  channel: DeliveryChannel;
  email: string;
  releaseId: string | null;
  editionId: string | null;
  subscriberId: string | null;
  contactId: string | null;
  embargoSendId: string | null;
  attempts: number;
  payload: Prisma.JsonValue;
}

/** How long a claim lasts; a sender takes only what it can send well within it. */
const CLAIM_LEASE_MS = 30_000;

export async function claimDeliveries(limit: number): Promise<ClaimedDelivery[]> {
  const rows = await db().$queryRaw<Array<Omit<ClaimedDelivery, "id"> & { id: bigint }>>`
    UPDATE "Delivery" d SET status = 'CLAIMED', attempts = d.attempts + 1,
      "claimedUntil" = now() + make_interval(secs => ${CLAIM_LEASE_MS / 1000})
    WHERE d.id IN (
      SELECT id FROM "Delivery" WHERE status = 'PENDING' AND "nextAttemptAt" <= now()
      ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING d.id, d.channel, d.email, d."releaseId", d."editionId", d."subscriberId", d."contactId",
      d."embargoSendId", d.attempts, d.payload`;
  return rows.map((r) => ({ ...r, id: r.id.toString() }));
}

/** The point of no return, committed before the final dot: false when the claim was lost. */
export async function markSending(id: string): Promise<boolean> {
  const count = await db().$executeRaw`
    UPDATE "Delivery" SET status = 'SENDING', "claimedUntil" = now() + make_interval(secs => ${CLAIM_LEASE_MS / 1000})
    WHERE id = ${BigInt(id)} AND status = 'CLAIMED'`;
  return count === 1;
}

export async function markSent(id: string, messageId: string): Promise<void> {
  await db().$executeRaw`
    UPDATE "Delivery" SET status = 'SENT', "sentAt" = now(), "messageId" = ${messageId}, "lastError" = NULL,
      "claimedUntil" = NULL
    WHERE id = ${BigInt(id)} AND status IN ('CLAIMED', 'SENDING', 'UNCONFIRMED')`;
}

/** After a temporary failure (the server did not take the message): try again later. */
export async function markRetry(id: string, error: string, delayMs: number, maxAttempts = 8): Promise<void> {
  await db().$executeRaw`
    UPDATE "Delivery" SET "lastError" = ${error.slice(0, 500)}, "claimedUntil" = NULL,
      status = CASE WHEN attempts >= ${maxAttempts} THEN 'FAILED'::"DeliveryStatus" ELSE 'PENDING'::"DeliveryStatus" END,
      "nextAttemptAt" = now() + make_interval(secs => ${delayMs / 1000})
    WHERE id = ${BigInt(id)} AND status IN ('CLAIMED', 'SENDING')`;
}

export async function markFailed(id: string, error: string): Promise<void> {
  await db().$executeRaw`
    UPDATE "Delivery" SET status = 'FAILED', "lastError" = ${error.slice(0, 500)}, "claimedUntil" = NULL
    WHERE id = ${BigInt(id)}`;
}

/** The connection broke after the dot: the server may have the message. Never sent again. */
export async function markUnconfirmed(id: string, error: string): Promise<void> {
  await db().$executeRaw`
    UPDATE "Delivery" SET status = 'UNCONFIRMED', "lastError" = ${error.slice(0, 500)}, "claimedUntil" = NULL
    WHERE id = ${BigInt(id)} AND status = 'SENDING'`;
}

/** Leases of dead senders: CLAIMED → PENDING (resend is safe), SENDING → UNCONFIRMED (it is not). */
export async function recoverStaleDeliveries(): Promise<{ reclaimed: number; unconfirmed: number }> {
  const reclaimed = await db().$executeRaw`
    UPDATE "Delivery" SET status = 'PENDING', "claimedUntil" = NULL
    WHERE status = 'CLAIMED' AND "claimedUntil" < now()`;
  const unconfirmed = await db().$executeRaw`
    UPDATE "Delivery" SET status = 'UNCONFIRMED', "claimedUntil" = NULL,
      "lastError" = 'the sender stopped after handing the message over; not sent again'
    WHERE status = 'SENDING' AND "claimedUntil" < now()`;
  return { reclaimed, unconfirmed };
}

export async function hasDueDeliveries(): Promise<boolean> {
  const [row] = await db().$queryRaw<Array<{ due: boolean }>>`
    SELECT EXISTS (SELECT 1 FROM "Delivery" WHERE status = 'PENDING') AS due`;
  return row?.due === true;
}

/** It no longer applies (the subscriber left, the release was unpublished): never sent. */
export async function markCancelled(id: string, reason: string): Promise<void> {
  await db().$executeRaw`
    UPDATE "Delivery" SET status = 'CANCELLED', "lastError" = ${reason.slice(0, 500)}, "claimedUntil" = NULL
    WHERE id = ${BigInt(id)} AND status = 'CLAIMED'`;
}

/** A sender stopping (SIGTERM) hands back what it claimed but did not start. */
export async function releaseClaims(ids: string[]): Promise<void> {
  if (!ids.length) return;
  await db().$executeRaw`
    UPDATE "Delivery" SET status = 'PENDING', "claimedUntil" = NULL, attempts = attempts - 1
    WHERE id = ANY (${ids.map((id) => BigInt(id))}::bigint[]) AND status = 'CLAIMED'`;
}
