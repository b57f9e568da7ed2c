import "server-only";
import { db } from "../../db";
import { newWebhookSecret } from "../../domain/distribution/webhook-signature";
import { noticeMail } from "../../domain/distribution/messages";
import { recordAudit } from "../audit";
import { getPublicRelease } from "../public/releases";
import type { SessionUser } from "../users";
import { wakeJobs } from "./wake";

/** Failed attempts in a row (across deliveries) after which an endpoint is switched off. */
const DISABLE_AFTER_FAILURES = 15;
const TRUNCATE = 2_000;

export interface WebhookEndpointDTO {
  id: string;
  url: string;
  description: string;
  events: string[];
  active: boolean;
  consecutiveFailures: number;
  disabledReason: string | null;
  createdAt: Date;
}

export async function listWebhookEndpoints(): Promise<WebhookEndpointDTO[]> {
  return db().webhookEndpoint.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      url: true,
      description: true,
      events: true,
      active: true,
      consecutiveFailures: true,
      disabledReason: true,
      createdAt: true,
    },
  });
}

/** Returns the secret: the only time it is shown. */
export async function createWebhookEndpoint(
  actor: SessionUser,
  input: { url: string; description: string; events: string[] },
): Promise<{ id: string; secret: string }> {
  const secret = newWebhookSecret();
  return db().$transaction(async (tx) => {
    const row = await tx.webhookEndpoint.create({
      data: { ...input, secret, createdById: actor.id },
      select: { id: true },
    });
    await recordAudit({ action: "webhook.create", actorId: actor.id, detail: { id: row.id, url: input.url } }, tx);
    return { id: row.id, secret };
  });
}

export async function setWebhookActive(actor: SessionUser, id: string, active: boolean): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id },
      data: active
        ? { active: true, consecutiveFailures: 0, disabledAt: null, disabledReason: null }
        : { active: false, disabledAt: new Date(), disabledReason: "switched off by an administrator" },
    });
    if (count) {
      await recordAudit(
        { action: active ? "webhook.enable" : "webhook.disable", actorId: actor.id, detail: { id } },
        tx,
      );
    }
    return count === 1;
  });
}

export interface WebhookLogEntry {
  id: string;
  endpointUrl: string;
  eventType: string;
  status: string;
  attempts: number;
  createdAt: Date;
  log: Array<{
    attempt: number;
    status: number | null;
    error: string | null;
    request: string;
    response: string | null;
    at: Date;
  }>;
}

export async function listWebhookDeliveries(limit = 30): Promise<WebhookLogEntry[]> {
  const rows = await db().webhookDelivery.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    include: { endpoint: { select: { url: true } }, log: { orderBy: { attempt: "asc" } } },
  });
  return rows.map((r) => ({
    id: r.id,
    endpointUrl: r.endpoint.url,
    eventType: r.eventType,
    status: r.status,
    attempts: r.attempts,
    createdAt: r.createdAt,
    log: r.log.map((l) => ({
      attempt: l.attempt,
      status: l.status,
      error: l.error,
      request: l.request,
      response: l.response,
      at: l.createdAt,
    })),
  }));
}

/** What the delivery job needs: the endpoint (with its secret), the event, and the body if fixed. */
export async function loadWebhookDelivery(id: string) {
  return db().webhookDelivery.findUnique({
    where: { id },
    include: { endpoint: { select: { id: true, url: true, secret: true, active: true } } },
  });
}

export async function eventForWebhook(eventId: string) {
  return db().releaseEvent.findUnique({
    where: { id: eventId },
    select: { id: true, type: true, releaseId: true, editionId: true, createdAt: true },
  });
}

export async function fixWebhookBody(id: string, body: string): Promise<void> {
  await db().webhookDelivery.updateMany({ where: { id, body: null }, data: { body } });
}

/** One HTTP attempt: logged, and the endpoint's failure streak updated (it may be switched off). */
export async function recordWebhookAttempt(input: {
  deliveryId: string;
  endpointId: string;
  attempt: number;
  ok: boolean;
  final: boolean;
  status: number | null;
  error: string | null;
  request: string;
  response: string | null;
  durationMs: number;
}): Promise<{ disabled: boolean }> {
  return db().$transaction(async (tx) => {
    await tx.webhookAttempt.create({
      data: {
        deliveryId: input.deliveryId,
        attempt: input.attempt,
        status: input.status,
        error: input.error?.slice(0, 500) ?? null,
        request: input.request.slice(0, TRUNCATE),
        response: input.response?.slice(0, TRUNCATE) ?? null,
        durationMs: input.durationMs,
      },
    });
    await tx.webhookDelivery.update({
      where: { id: input.deliveryId },
      data: {
        attempts: input.attempt,
        lastStatus: input.status,
        lastError: input.error?.slice(0, 500) ?? null,
        status: input.ok ? "SUCCEEDED" : input.final ? "FAILED" : "PENDING",
        ...(input.ok ? { deliveredAt: new Date() } : {}),
      },
    });
    if (input.ok) {
      await tx.webhookEndpoint.update({ where: { id: input.endpointId }, data: { consecutiveFailures: 0 } });
      return { disabled: false };
    }
    const endpoint = await tx.webhookEndpoint.update({
      where: { id: input.endpointId },
      data: { consecutiveFailures: { increment: 1 } },
      select: { consecutiveFailures: true, active: true, url: true },
    });
    if (!endpoint.active || endpoint.consecutiveFailures < DISABLE_AFTER_FAILURES) return { disabled: false };
    const reason = `${endpoint.consecutiveFailures} failed deliveries in a row`;
    await tx.webhookEndpoint.update({
      where: { id: input.endpointId },
      data: { active: false, disabledAt: new Date(), disabledReason: reason },
    });
    const admins = await tx.user.findMany({ where: { role: "ADMIN", active: true }, select: { email: true } });
    const mail = noticeMail("A webhook endpoint was switched off", [
      `The endpoint ${endpoint.url} failed ${reason} and receives nothing more until an administrator switches it on again.`,
      "See the delivery log on the Webhooks page.",
    ]);
    for (const admin of admins) {
      await tx.delivery.create({
        data: {
          dedupeKey: `webhook-disabled:${input.endpointId}:${input.deliveryId}:${admin.email}`,
          channel: "NOTICE",
          email: admin.email,
          payload: { ...mail },
        },
      });
    }
    await wakeJobs(tx, { mail: admins.length > 0 });
    return { disabled: true };
  });
}

/**
 * The release as readers see it now (the open API's shape is built from this), by id. A translation
 * (issue 14) is read at its own address: its original's slug and its language.
 */
export async function publicReleaseForWebhook(releaseId: string) {
  const release = await db().release.findUnique({
    where: { id: releaseId },
    select: { slug: true, language: true, translationOf: { select: { slug: true } } },
  });
  if (!release) return { slug: null, page: null };
  const page = release.translationOf
    ? await getPublicRelease(release.translationOf.slug, undefined, release.language)
    : await getPublicRelease(release.slug);
  return { slug: release.slug, page };
}
