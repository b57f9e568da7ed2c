import "server-only";
import type { Tx } from "../../db";
import { recordAudit } from "../audit";
import { enqueueReleaseEvent } from "../distribution/enqueue";
import type { SessionUser } from "../users";
import { appendRevision } from "./write";

// Issue 14: withdrawing an original withdraws its published translations with it, in the same
// transaction. A translation says what its original says in another language: if the original is
// withdrawn (issued in error, a legal takedown), its readers in Azerbaijani or Arabic must not go on
// reading it as if nothing had happened. Each one gets what a withdrawal of its own would give: its
// live edition WITHDRAWN, the original's reason and instant (its page shows the notice in its
// language), the release.withdrawn event for alerts and webhooks, an audit entry and a revision, and a
// new version, so an editor who has it open is told it changed. Draft, submitted or scheduled
// translations are left as they are: they were never public, and cannot go live while the original
// is not (goLive refuses, the scheduler holds them).

/** Withdraws the live translations of `originalId`; returns their ids. */
export async function withdrawTranslationsWith(
  tx: Tx,
  originalId: string,
  actor: SessionUser,
  at: Date,
  reason: string,
): Promise<string[]> {
  const live = await tx.release.findMany({
    where: { translationOfId: originalId, liveEdition: { is: { status: "PUBLISHED" } } },
    select: { id: true, language: true, liveEdition: { select: { id: true, number: true } } },
    orderBy: { language: "asc" },
  });
  for (const translation of live) {
    const edition = translation.liveEdition!;
    await tx.edition.update({ where: { id: edition.id }, data: { status: "WITHDRAWN" } });
    await tx.release.update({
      where: { id: translation.id },
      data: { withdrawnAt: at, withdrawnReason: reason, version: { increment: 1 }, updatedById: actor.id },
    });
    await enqueueReleaseEvent(tx, { type: "release.withdrawn", releaseId: translation.id, editionId: edition.id });
    await recordAudit(
      {
        action: "release.withdraw",
        actorId: actor.id,
        releaseId: translation.id,
        detail: { edition: edition.number, reason, withOriginal: originalId },
      },
      tx,
    );
    await appendRevision(tx, translation.id, actor.id, `withdraw with its original: ${reason}`);
  }
  return live.map((t) => t.id);
}
