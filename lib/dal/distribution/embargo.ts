import "server-only";
import { now as clockNow } from "../../clock";
import { db, type Tx } from "../../db";
import { recordAudit } from "../audit";
import { findEditionMediaFile, type PublicMediaFile } from "../public/media";
import { editionInclude, releaseHeadSelect, toDTO, type ReleaseDTO } from "../releases/shape";
import type { SessionUser } from "../users";
import { wakeJobs } from "./wake";

// "Send under embargo" (issue 16): a scheduled release goes to chosen media lists before its
// publication, each journalist with a private link. One editor asks, another approves (the two-person
// rule of publishing); the deliveries are written in the approving transaction, one per address and
// edition at most (unique dedupeKey), and sent by the same mail pipeline as alerts.

export type EmbargoRefusal =
  "not_scheduled" | "no_lists" | "no_recipients" | "not_found" | "not_requested" | "same_person" | "edition_changed";

export const EMBARGO_REFUSAL_MESSAGES: Record<EmbargoRefusal, string> = {
  not_scheduled: "Only a scheduled release, before its publication time, can be sent under embargo.",
  no_lists: "Choose at least one list.",
  no_recipients: "The chosen lists have no contacts.",
  not_found: "This send no longer exists.",
  not_requested: "This send was already approved or cancelled.",
  same_person: "Someone other than the person who asked for the send must approve it (two-person rule).",
  edition_changed:
    "The release changed since the send was asked for (edited, rescheduled or no longer this scheduled edition): ask again.",
};

type Result<T = object> = ({ ok: true } & T) | { ok: false; refusal: EmbargoRefusal };

/** The release's newest edition when it is scheduled in the future: what an embargoed send carries. */
async function scheduledEdition(releaseId: string, tx: Tx = db()) {
  const edition = await tx.edition.findFirst({
    where: { releaseId },
    orderBy: { number: "desc" },
    select: { id: true, status: true, publishAt: true, updatedAt: true },
  });
  if (!edition || edition.status !== "SCHEDULED" || !edition.publishAt || edition.publishAt <= clockNow()) return null;
  return edition;
}

export async function requestEmbargoSend(
  actor: SessionUser,
  releaseId: string,
  listIds: readonly string[],
): Promise<Result<{ id: string }>> {
  const edition = await scheduledEdition(releaseId);
  if (!edition) return { ok: false, refusal: "not_scheduled" };
  const lists = await db().contactList.findMany({
    where: { id: { in: [...listIds] } },
    select: { id: true, name: true, _count: { select: { members: true } } },
  });
  if (lists.length === 0) return { ok: false, refusal: "no_lists" };
  if (lists.every((l) => l._count.members === 0)) return { ok: false, refusal: "no_recipients" };
  return db().$transaction(async (tx) => {
    const send = await tx.embargoSend.create({
      data: { releaseId, editionId: edition.id, listIds: lists.map((l) => l.id), requestedById: actor.id },
      select: { id: true },
    });
    await recordAudit(
      {
        action: "embargo.request",
        actorId: actor.id,
        releaseId,
        detail: { sendId: send.id, lists: lists.map((l) => l.name) },
      },
      tx,
    );
    return { ok: true, id: send.id };
  });
}

/**
 * Approves and fans out: one EMBARGO delivery per distinct address of the lists, in this transaction.
 * The approver approves what the asker chose: the same edition, not changed since it was asked for.
 */
export async function approveEmbargoSend(
  actor: SessionUser,
  sendId: string,
): Promise<Result<{ recipients: number; releaseId: string }>> {
  return db().$transaction(async (tx) => {
    const [send] = await tx.$queryRaw<
      Array<{
        id: string;
        releaseId: string;
        editionId: string;
        listIds: string[];
        status: string;
        requestedById: string | null;
        requestedAt: Date;
      }>
    >`SELECT id, "releaseId", "editionId", "listIds", status, "requestedById", "requestedAt"
      FROM "EmbargoSend" WHERE id = ${sendId} FOR UPDATE`;
    if (!send) return { ok: false, refusal: "not_found" };
    if (send.status !== "REQUESTED") return { ok: false, refusal: "not_requested" };
    if (send.requestedById === actor.id) return { ok: false, refusal: "same_person" };
    // Edited in place (or rescheduled) after the request, the edition keeps its id: its updatedAt tells.
    const edition = await scheduledEdition(send.releaseId, tx);
    if (!edition || edition.id !== send.editionId || edition.updatedAt > send.requestedAt)
      return { ok: false, refusal: "edition_changed" };
    // An address whose message of this edition was cancelled (an earlier send stopped) gets it now:
    // the row is queued again for this send. Any other row (sent, being sent, queued by another
    // approved send) is left alone, so nobody gets the same edition twice.
    const recipients = await tx.$executeRaw`
      INSERT INTO "Delivery" ("dedupeKey", channel, email, "releaseId", "editionId", "contactId", "embargoSendId")
      SELECT DISTINCT ON (c.email) 'embargo:' || ${send.editionId} || ':' || c.email, 'EMBARGO', c.email,
        ${send.releaseId}, ${send.editionId}, c.id, ${send.id}
      FROM "MediaContact" c JOIN "ContactListMember" m ON m."contactId" = c.id
      WHERE m."listId" = ANY (${send.listIds}::text[])
      ORDER BY c.email
      ON CONFLICT ("dedupeKey") DO UPDATE SET "embargoSendId" = EXCLUDED."embargoSendId",
        "contactId" = EXCLUDED."contactId", status = 'PENDING', attempts = 0, "nextAttemptAt" = now(),
        "lastError" = NULL, "claimedUntil" = NULL
      WHERE "Delivery".status = 'CANCELLED'`;
    await tx.embargoSend.update({
      where: { id: send.id },
      data: { status: "APPROVED", approvedById: actor.id, approvedAt: clockNow() },
    });
    await recordAudit(
      { action: "embargo.approve", actorId: actor.id, releaseId: send.releaseId, detail: { sendId, recipients } },
      tx,
    );
    await wakeJobs(tx, { mail: recipients > 0 });
    return { ok: true, recipients, releaseId: send.releaseId };
  });
}

/** Cancels a send not yet approved, or stops the unsent messages of an approved one. */
export async function cancelEmbargoSend(actor: SessionUser, sendId: string): Promise<Result<{ releaseId: string }>> {
  return db().$transaction(async (tx) => {
    const gone = await tx.embargoSend.updateMany({
      where: { id: sendId, status: { in: ["REQUESTED", "APPROVED"] } },
      data: { status: "CANCELLED" },
    });
    if (gone.count === 0) return { ok: false, refusal: "not_requested" };
    const send = await tx.embargoSend.findUniqueOrThrow({ where: { id: sendId }, select: { releaseId: true } });
    // Unsent messages would be cancelled by the sender anyway (it checks the send's status); saying so
    // here makes the Distribution tab show it at once.
    await tx.delivery.updateMany({
      where: { embargoSendId: sendId, status: "PENDING" },
      data: { status: "CANCELLED", lastError: "the embargoed send was cancelled" },
    });
    await recordAudit(
      { action: "embargo.cancel", actorId: actor.id, releaseId: send.releaseId, detail: { sendId } },
      tx,
    );
    return { ok: true, releaseId: send.releaseId };
  });
}

export type EmbargoLink =
  | { kind: "public"; slug: string }
  | { kind: "embargoed"; release: ReleaseDTO; publishAt: Date; publishZone: string | null; email: string };

/** The link's delivery: an EMBARGO message of one edition. */
async function embargoDelivery(deliveryId: string) {
  if (!/^\d{1,18}$/.test(deliveryId)) return null;
  const delivery = await db().delivery.findUnique({
    where: { id: BigInt(deliveryId) },
    select: { channel: true, email: true, releaseId: true, editionId: true, embargoSendId: true },
  });
  if (!delivery || delivery.channel !== "EMBARGO" || !delivery.releaseId || !delivery.editionId) return null;
  return { ...delivery, releaseId: delivery.releaseId, editionId: delivery.editionId };
}

async function sendStatus(embargoSendId: string | null): Promise<string | null> {
  if (!embargoSendId) return null;
  const send = await db().embargoSend.findUnique({ where: { id: embargoSendId }, select: { status: true } });
  return send?.status ?? null;
}

/**
 * The one rule of what a link shows under embargo: its send approved (not cancelled) and its edition
 * still scheduled for later. A correction of a live release, scheduled as a new edition, is embargoed
 * like a first publication.
 */
function isEmbargoed(
  send: string | null,
  edition: { status: string; publishAt: Date | null },
  now: Date,
): edition is { status: "SCHEDULED"; publishAt: Date } {
  return send === "APPROVED" && edition.status === "SCHEDULED" && !!edition.publishAt && edition.publishAt > now;
}

/**
 * What a journalist's private link (/embargo/<token>) shows: the embargoed edition until it is
 * published, then the public page; nothing once the send is cancelled or the release unscheduled
 * (and not public).
 */
export async function resolveEmbargoLink(deliveryId: string): Promise<EmbargoLink | null> {
  const delivery = await embargoDelivery(deliveryId);
  if (!delivery) return null;
  const [release, send] = await Promise.all([
    db().release.findUnique({
      where: { id: delivery.releaseId },
      select: {
        ...releaseHeadSelect,
        liveEdition: { select: { ...releaseHeadSelect.liveEdition.select, publishedAt: true } },
        editions: { where: { id: delivery.editionId }, include: editionInclude },
      },
    }),
    sendStatus(delivery.embargoSendId),
  ]);
  const edition = release?.editions[0];
  if (!release || !edition) return null;
  const now = clockNow();
  if (isEmbargoed(send, edition, now)) {
    return {
      kind: "embargoed",
      release: toDTO(release, edition),
      publishAt: edition.publishAt,
      publishZone: edition.publishZone,
      email: delivery.email,
    };
  }
  // Public by the rule of lib/dal/public (publicWhere): a live PUBLISHED edition whose time has come.
  const live = release.liveEdition;
  const isPublic =
    !!release.publishedAt &&
    release.publishedAt <= now &&
    live?.status === "PUBLISHED" &&
    !!live.publishedAt &&
    live.publishedAt <= now;
  return isPublic ? { kind: "public", slug: release.slug } : null;
}

/**
 * A file of the edition the link shows under embargo (its /embargo/<token>/media/<key> route): only
 * while the link is embargoed, and only that edition's image variants and attachments.
 */
export async function embargoMediaFile(deliveryId: string, key: string): Promise<PublicMediaFile | null> {
  const delivery = await embargoDelivery(deliveryId);
  if (!delivery) return null;
  const [edition, send] = await Promise.all([
    db().edition.findUnique({ where: { id: delivery.editionId }, select: { status: true, publishAt: true } }),
    sendStatus(delivery.embargoSendId),
  ]);
  if (!edition || !isEmbargoed(send, edition, clockNow())) return null;
  return findEditionMediaFile(key, delivery.editionId);
}

export interface EmbargoSendDTO {
  id: string;
  status: "REQUESTED" | "APPROVED" | "CANCELLED";
  editionNumber: number | null;
  lists: string[];
  requestedById: string | null;
  requestedByName: string | null;
  requestedAt: Date;
  approvedByName: string | null;
  approvedAt: Date | null;
}

export interface RecipientDTO {
  email: string;
  channel: "ALERT" | "DIGEST" | "EMBARGO" | "NOTICE";
  status: string;
  attempts: number;
  sentAt: Date | null;
  lastError: string | null;
  createdAt: Date;
}

export interface ReleaseDistributionDTO {
  sends: EmbargoSendDTO[];
  /** Newest first, at most `RECIPIENTS_SHOWN`; `counts` covers them all. */
  recipients: RecipientDTO[];
  counts: Array<{ channel: string; status: string; count: number }>;
  total: number;
}

export const RECIPIENTS_SHOWN = 500;

/** The release's "Distribution" tab: its embargoed sends and every message sent about it, per recipient. */
export async function getReleaseDistribution(releaseId: string): Promise<ReleaseDistributionDTO> {
  const [sends, recipients, counts] = await Promise.all([
    db().embargoSend.findMany({ where: { releaseId }, orderBy: { requestedAt: "desc" } }),
    db().delivery.findMany({
      where: { releaseId },
      orderBy: { id: "desc" },
      take: RECIPIENTS_SHOWN,
      select: {
        email: true,
        channel: true,
        status: true,
        attempts: true,
        sentAt: true,
        lastError: true,
        createdAt: true,
      },
    }),
    db().delivery.groupBy({ by: ["channel", "status"], where: { releaseId }, _count: { _all: true } }),
  ]);
  const userIds = [...new Set(sends.flatMap((s) => [s.requestedById, s.approvedById]).filter((v): v is string => !!v))];
  const listIds = [...new Set(sends.flatMap((s) => s.listIds))];
  const editionIds = [...new Set(sends.map((s) => s.editionId))];
  const [users, lists, editions] = await Promise.all([
    db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    db().contactList.findMany({ where: { id: { in: listIds } }, select: { id: true, name: true } }),
    db().edition.findMany({ where: { id: { in: editionIds } }, select: { id: true, number: true } }),
  ]);
  const name = new Map([...users, ...lists].map((x) => [x.id, x.name]));
  const number = new Map(editions.map((e) => [e.id, e.number]));
  return {
    sends: sends.map((s) => ({
      id: s.id,
      status: s.status,
      editionNumber: number.get(s.editionId) ?? null,
      lists: s.listIds.map((id) => name.get(id) ?? "(deleted list)"),
      requestedById: s.requestedById,
      requestedByName: s.requestedById ? (name.get(s.requestedById) ?? null) : null,
      requestedAt: s.requestedAt,
      approvedByName: s.approvedById ? (name.get(s.approvedById) ?? null) : null,
      approvedAt: s.approvedAt,
    })),
    recipients,
    counts: counts.map((c) => ({ channel: c.channel, status: c.status, count: c._count._all })),
    total: counts.reduce((sum, c) => sum + c._count._all, 0),
  };
}
