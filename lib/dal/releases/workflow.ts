import "server-only";
import type { Prisma } from "@prisma/client";
import { now as clockNow } from "../../clock";
import { db, type Tx } from "../../db";
import { checkConsistency, consistencyGate, consistencyInputOfRelease } from "../../domain/consistency";
import { recordAudit } from "../audit";
import { storeBodyHtml } from "./body-html";
import { retireShareImagesSafely, storeShareImages } from "./share-image";
import { enqueueReleaseEvent } from "../distribution/enqueue";
import { invalidatePublicContent } from "../public/cache";
import type { SessionUser } from "../users";
import { editionInclude, releaseHeadSelect, toDTO } from "./shape";
import { allow, claim, latestEdition, missingOrConflict, rollback, transact, workflowSelect } from "./tx";
import type { WriteResult } from "./tx";
import { withdrawTranslationsWith } from "./translation-withdrawal";
import { checkTranslationSchedule, originalEditionForGoLive } from "./translations";
import { shareStructureOnGoLive } from "./translation-original";
import { appendRevision } from "./write";

// The editorial workflow, applied. Exactly one private function makes an edition live (goLive), and
// exactly three callers reach it: publishEdition (the "Publish" button, and the seed as the system),
// forcePublishEdition (an ADMIN's escape hatch, with a reason) and publishDueEditions (the scheduler).
// Each is one transaction: state machine, two-person rule, consistency gate, live-edition switch,
// revision and audit, and the body rendered for readers (body-html.ts); after it commits, the share card
// is drawn and stored (share-image.ts, outside the transaction: a render holds no lock), then the reader
// cache is dropped.

/** Makes `editionId` the live edition: the previous live one is superseded, in the same transaction. */
async function goLive(
  tx: Tx,
  releaseId: string,
  editionId: string,
  at: Date,
  extra: Prisma.EditionUncheckedUpdateInput = {},
): Promise<void> {
  const release = await tx.release.findUniqueOrThrow({
    where: { id: releaseId },
    select: { liveEditionId: true, publishedAt: true },
  });
  // Issue 14: a translation never goes live before its original; going live brings it up to date with it
  // (its shared structure too), unless its rows no longer match the original's (then it stays outdated).
  const originalEdition = await originalEditionForGoLive(tx, releaseId, at);
  const upToDate =
    originalEdition !== null && (await shareStructureOnGoLive(tx, releaseId, editionId, originalEdition));
  if (release.liveEditionId && release.liveEditionId !== editionId) {
    await tx.edition.update({ where: { id: release.liveEditionId }, data: { status: "SUPERSEDED" } });
  }
  await tx.edition.update({
    where: { id: editionId },
    data: { ...extra, status: "PUBLISHED", publishedAt: at, publishAt: null },
  });
  // Issue 17: its body rendered once for readers, from exactly what goes live (after the shared structure).
  await storeBodyHtml(tx, releaseId, editionId);
  await tx.release.update({
    where: { id: releaseId },
    data: {
      liveEditionId: editionId,
      publishedAt: release.publishedAt ?? at,
      withdrawnAt: null,
      withdrawnReason: null,
      ...(upToDate ? { translationSourceEdition: originalEdition } : {}),
    },
  });
  // Alerts and webhooks, in this transaction (outbox): a new live edition replacing one is an update.
  const type = release.liveEditionId && release.liveEditionId !== editionId ? "release.updated" : "release.published";
  await enqueueReleaseEvent(tx, { type, releaseId, editionId });
}

export interface PublishOptions {
  /** "Publish anyway": the reason for publishing despite open consistency problems (recorded). */
  consistencyOverride?: string;
  /** The seed publishes as the system, at its dateline, without a second person. */
  system?: "seed";
}

/**
 * The "Publish" button: the submitted (or scheduled) edition loaded at `expectedVersion` goes live
 * now, if the state machine allows it for this actor (never one of the edition's review authors) and
 * its content passes the consistency gate.
 */
export async function publishEdition(
  actor: SessionUser,
  id: string,
  expectedVersion: number,
  options: PublishOptions = {},
  now: Date = clockNow(),
): Promise<WriteResult> {
  return transact(async (tx) => {
    if (!(await claim(tx, actor, id, expectedVersion))) return missingOrConflict(tx, id);
    const current = await latestEdition(tx, id);
    let override: string | undefined;
    if (options.system !== "seed") {
      allow("publish", current, actor);
      override = await checkConsistencyInTx(tx, id, now, options.consistencyOverride);
    }
    await goLive(tx, id, current.id, now, { approvedById: options.system ? null : actor.id });
    const detail = { edition: current.number, ...(options.system ? { system: options.system } : {}) };
    await recordAudit({ action: "release.publish", actorId: actor.id, releaseId: id, detail }, tx);
    if (override) await recordOverride(tx, actor, id, "publish", override);
    await appendRevision(tx, id, actor.id, override ? `publish anyway: ${override}` : "publish");
    return okResult(tx, id, expectedVersion);
  })
    .then(afterGoLive)
    .then(afterPublicChange(true));
}

/**
 * ADMIN "Force publish": live now without a second person's review, with a written reason; the live
 * edition is flagged until someone else confirms the review (confirm_review).
 */
export async function forcePublishEdition(
  actor: SessionUser,
  id: string,
  expectedVersion: number,
  reason: string,
  now: Date = clockNow(),
): Promise<WriteResult> {
  return transact(async (tx) => {
    if (!(await claim(tx, actor, id, expectedVersion))) return missingOrConflict(tx, id);
    const current = await latestEdition(tx, id);
    allow("force_publish", current, actor);
    await goLive(tx, id, current.id, now, {
      forcePublishReason: reason,
      needsReview: true,
      forcePublishedById: actor.id,
      approvedById: null,
    });
    const detail = { edition: current.number, reason };
    await recordAudit({ action: "release.force_publish", actorId: actor.id, releaseId: id, detail }, tx);
    await appendRevision(tx, id, actor.id, `force publish: ${reason}`);
    return okResult(tx, id, expectedVersion);
  })
    .then(afterGoLive)
    .then(afterPublicChange(true));
}

async function okResult(tx: Tx, id: string, expectedVersion: number): Promise<WriteResult> {
  const { slug } = await tx.release.findUniqueOrThrow({ where: { id }, select: { slug: true } });
  return { status: "ok", id, slug, version: expectedVersion + 1 };
}

/**
 * Submit, schedule and publish refuse content whose structure disagrees with its body unless a
 * reason is given; checked on the stored edition inside the transaction, so what is checked is
 * exactly what goes out.
 */
async function checkConsistencyInTx(
  tx: Tx,
  id: string,
  at: Date,
  override: string | undefined,
  publishAt?: Date,
): Promise<string | undefined> {
  const release = await tx.release.findUniqueOrThrow({
    where: { id },
    select: { ...releaseHeadSelect, editions: { include: editionInclude, orderBy: { number: "desc" }, take: 1 } },
  });
  const input = consistencyInputOfRelease(toDTO(release, release.editions[0]!), publishAt);
  const gate = consistencyGate(checkConsistency(input, at), override);
  if (!gate.ok) rollback({ status: "inconsistent", message: gate.message });
  return gate.override;
}

async function recordOverride(tx: Tx, actor: SessionUser, id: string, step: string, reason: string): Promise<void> {
  await recordAudit(
    { action: "release.consistency_override", actorId: actor.id, releaseId: id, detail: { step, reason } },
    tx,
  );
}

/** Issue 17: after a committed go-live, the release's share card, before the reader cache is dropped. */
async function afterGoLive(result: WriteResult): Promise<WriteResult> {
  if (result.status === "ok") await storeShareImages([result.id]);
  return result;
}

/**
 * After a commit that readers can see, drop the reader cache (all instances). Outside a request
 * (seed, scripts, unit tests) there is no cache to drop, and Next throws: that is not a failure.
 */
function afterPublicChange(readersSeeIt: boolean) {
  return async (result: WriteResult): Promise<WriteResult> => {
    if (result.status === "ok" && readersSeeIt) {
      try {
        await invalidatePublicContent();
      } catch {
        // no request context: nothing cached to drop
      }
    }
    return result;
  };
}

export type TransitionInput =
  | { action: "submit"; consistencyOverride?: string }
  | { action: "approve" | "unpublish" | "confirm_review" }
  | { action: "reject"; remark: string }
  | { action: "schedule"; publishAt: Date; publishZone: string; consistencyOverride?: string }
  | { action: "withdraw"; reason: string };

/**
 * One workflow step that does not make an edition live, on a release loaded at `expectedVersion`.
 * The caller has checked the role permission; the state machine (lib/domain/workflow.ts) checks the
 * state and the two-person rule; submit and schedule pass the consistency gate here, inside the
 * transaction, on exactly the edition that was claimed.
 */
export async function transitionRelease(
  actor: SessionUser,
  id: string,
  expectedVersion: number,
  step: TransitionInput,
  now: Date = clockNow(),
): Promise<WriteResult> {
  // The steps that take a public release down: readers' caches drop, its share card goes.
  const takenDown = step.action === "unpublish" || step.action === "withdraw";
  return transact(async (tx) => {
    if (!(await claim(tx, actor, id, expectedVersion))) return missingOrConflict(tx, id);
    const release = await tx.release.findUniqueOrThrow({
      where: { id },
      select: { slug: true, translationOfId: true, liveEdition: { select: workflowSelect } },
    });
    const current = await latestEdition(tx, id);
    let detail: Prisma.InputJsonValue = { edition: current.number };
    let override: string | undefined;

    switch (step.action) {
      case "submit":
        allow("submit", current, actor);
        override = await checkConsistencyInTx(tx, id, now, step.consistencyOverride);
        await tx.edition.update({
          where: { id: current.id },
          data: {
            status: "SUBMITTED",
            submittedById: actor.id,
            submittedAt: now,
            // The review's authors start with the submitter; anyone saving a change later joins them.
            reviewAuthorIds: [actor.id],
            approvedById: null,
            reviewRemark: null,
          },
        });
        break;
      case "approve":
        allow("approve", current, actor);
        await tx.edition.update({ where: { id: current.id }, data: { approvedById: actor.id } });
        break;
      case "reject":
        allow("reject", current, actor);
        await tx.edition.update({
          where: { id: current.id },
          data: {
            status: "REJECTED",
            reviewRemark: step.remark,
            approvedById: null,
            publishAt: null,
            publishZone: null,
          },
        });
        detail = { edition: current.number, remark: step.remark };
        break;
      case "schedule":
        allow("schedule", current, actor);
        if (step.publishAt.getTime() <= now.getTime())
          rollback({ status: "refused", message: "The publication time must be in the future." });
        await checkTranslationSchedule(tx, id, step.publishAt);
        override = await checkConsistencyInTx(tx, id, step.publishAt, step.consistencyOverride, step.publishAt);
        await tx.edition.update({
          where: { id: current.id },
          data: {
            status: "SCHEDULED",
            publishAt: step.publishAt,
            publishZone: step.publishZone,
            approvedById: actor.id,
          },
        });
        detail = { edition: current.number, publishAt: step.publishAt.toISOString(), zone: step.publishZone };
        break;
      case "confirm_review": {
        const live = release.liveEdition;
        if (!live) rollback({ status: "refused", message: "This release is not published." });
        allow("confirm_review", live, actor);
        await tx.edition.update({ where: { id: live.id }, data: { needsReview: false, approvedById: actor.id } });
        detail = { edition: live.number };
        break;
      }
      case "unpublish": {
        const live = release.liveEdition;
        if (!live)
          rollback({ status: "refused", message: "This release is not published, so it cannot be unpublished." });
        allow("unpublish", live, actor);
        await tx.edition.update({ where: { id: live.id }, data: { status: "UNPUBLISHED" } });
        await tx.release.update({ where: { id }, data: { liveEditionId: null } });
        await enqueueReleaseEvent(tx, { type: "release.unpublished", releaseId: id, editionId: live.id });
        detail = { edition: live.number };
        break;
      }
      case "withdraw": {
        const live = release.liveEdition;
        if (!live)
          rollback({ status: "refused", message: "This release is not published, so it cannot be withdrawn." });
        allow("withdraw", live, actor);
        // The URL stays: the withdrawn edition remains "live" so its page can show the notice.
        await tx.edition.update({ where: { id: live.id }, data: { status: "WITHDRAWN" } });
        await tx.release.update({ where: { id }, data: { withdrawnAt: now, withdrawnReason: step.reason } });
        await enqueueReleaseEvent(tx, { type: "release.withdrawn", releaseId: id, editionId: live.id });
        detail = { edition: live.number, reason: step.reason };
        // Issue 14: an original's published translations are withdrawn with it.
        if (!release.translationOfId) {
          const translations = await withdrawTranslationsWith(tx, id, actor, now, step.reason);
          if (translations.length > 0) detail = { ...detail, translations };
        }
        break;
      }
    }
    await recordAudit({ action: `release.${step.action}`, actorId: actor.id, releaseId: id, detail }, tx);
    if (override) await recordOverride(tx, actor, id, step.action, override);
    const why =
      "reason" in step
        ? `: ${step.reason}`
        : "remark" in step
          ? `: ${step.remark}`
          : override
            ? ` anyway: ${override}`
            : "";
    await appendRevision(tx, id, actor.id, `${step.action.replace("_", " ")}${why}`);
    return { status: "ok" as const, id, slug: release.slug, version: expectedVersion + 1 };
  })
    .then(async (result) => {
      // Issue 17: the card of an edition no longer public leaves the media storage.
      if (result.status === "ok" && takenDown) await retireShareImagesSafely([result.id]);
      return result;
    })
    .then(afterPublicChange(takenDown));
}

/**
 * The scheduler's step: publishes every edition whose scheduled instant has come. Safe with several
 * app instances (rows are locked with SKIP LOCKED, so each edition is taken by one of them) and
 * idempotent (an edition no longer SCHEDULED is not selected again). Returns the published slugs.
 */
export async function publishDueEditions(now: Date = clockNow(), limit = 50): Promise<string[]> {
  const wentLive: string[] = [];
  return db()
    .$transaction(async (tx) => {
      // A translation waits for its original (issue 14): it is due once the original is live, and goes
      // live at its own instant or the original's publication, whichever is later.
      const due = await tx.$queryRaw<Array<{ id: string; releaseId: string; number: number; publishAt: Date }>>`
      SELECT e.id, e."releaseId", e.number, GREATEST(e."publishAt", le."publishedAt") AS "publishAt"
      FROM "Edition" e
      JOIN "Release" r ON r.id = e."releaseId"
      LEFT JOIN "Release" o ON o.id = r."translationOfId"
      LEFT JOIN "Edition" le ON le.id = o."liveEditionId"
      WHERE e.status = 'SCHEDULED' AND e."publishAt" <= ${now}
        AND (r."translationOfId" IS NULL OR (le.status = 'PUBLISHED' AND le."publishedAt" <= ${now}))
      ORDER BY e."publishAt" LIMIT ${limit}
      FOR UPDATE OF e SKIP LOCKED`;
      const slugs: string[] = [];
      for (const edition of due) {
        const release = await tx.release.update({
          where: { id: edition.releaseId },
          data: { version: { increment: 1 } },
          select: { slug: true },
        });
        // Published at its scheduled instant, even when the scheduler catches up after downtime.
        await goLive(tx, edition.releaseId, edition.id, edition.publishAt);
        await recordAudit(
          { action: "release.publish_due", releaseId: edition.releaseId, detail: { edition: edition.number } },
          tx,
        );
        await appendRevision(tx, edition.releaseId, null, "published on schedule");
        slugs.push(release.slug);
        wentLive.push(edition.releaseId);
      }
      return slugs;
    })
    .then(async (slugs) => {
      await storeShareImages(wentLive);
      if (slugs.length > 0) await afterPublicChange(true)({ status: "ok", id: "", slug: "", version: 0 });
      return slugs;
    });
}
