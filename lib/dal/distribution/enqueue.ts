import "server-only";
import type { Tx } from "../../db";
import { wakeJobs } from "./wake";

import type { ReleaseEventType } from "../../domain/distribution/events";

export interface ReleaseEventInput {
  type: ReleaseEventType;
  releaseId: string;
  /** The edition the event is about (the new live edition, or the one withdrawn/unpublished). */
  editionId: string;
}

/**
 * The outbox (issue 16): called by the one place that makes an edition live, unpublishes or
 * withdraws it, inside that same transaction. It writes the event, one Delivery row per matching
 * subscriber (unique dedupeKey: a recipient gets an edition's alert at most once, however often this
 * runs) and one WebhookDelivery per subscribed endpoint, then adds the jobs that send them. If the
 * publish rolls back, none of it exists; once it commits, nothing is lost even if the process dies
 * the next instant (the minute sweep in lib/jobs finds pending rows without a job).
 *
 * The subscriber fan-out is one INSERT … SELECT, so 50 000 subscribers cost one statement.
 */
export async function enqueueReleaseEvent(tx: Tx, event: ReleaseEventInput): Promise<{ eventId: string }> {
  const row = await tx.releaseEvent.create({
    data: { type: event.type, releaseId: event.releaseId, editionId: event.editionId },
    select: { id: true },
  });
  let alerts = 0;
  if (event.type === "release.published" || event.type === "release.updated") {
    // A new live edition alerts subscribers when it is a first publication, or a correction that
    // says what changed (an edition without a change note is a silent fix readers need not hear of).
    alerts = await tx.$executeRaw`
      INSERT INTO "Delivery" ("dedupeKey", channel, email, "releaseId", "editionId", "subscriberId")
      SELECT 'alert:' || e.id || ':' || s.email, 'ALERT', s.email, e."releaseId", e.id, s.id
      FROM "Edition" e
      JOIN "Subscriber" s ON s.status = 'CONFIRMED' AND s.frequency = 'IMMEDIATE'
        AND (s.everything OR s.countries && e.countries OR e.issuer = ANY (s.issuers) OR s.topics && e.topics)
      WHERE e.id = ${event.editionId}
        AND (${event.type} = 'release.published' OR coalesce(e."changeNote", '') <> '')
      ON CONFLICT ("dedupeKey") DO NOTHING`;
  }
  const hooks = await tx.$queryRaw<Array<{ id: string }>>`
    INSERT INTO "WebhookDelivery" (id, "endpointId", "eventId", "eventType", "nextAttemptAt")
    SELECT gen_random_uuid()::text, w.id, ${row.id}, ${event.type}, now()
    FROM "WebhookEndpoint" w
    WHERE w.active AND ${event.type} = ANY (w.events)
    ON CONFLICT ("endpointId", "eventId") DO NOTHING
    RETURNING id`;
  await wakeJobs(tx, { mail: alerts > 0, webhooks: hooks.map((h) => h.id) });
  return { eventId: row.id };
}
