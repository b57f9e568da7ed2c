import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "../../db";
import { recordAudit } from "../audit";
import type { SessionUser } from "../users";
import { enqueueVariants } from "./assets";

// What the media library changes (issue 13): delete an unused file, replace a file everywhere it is
// used, queue a failed conversion again. The actions (lib/actions/media/) authorize, then call these;
// stored files are removed by the action through lib/storage after the rows are gone.

export type DeleteMediaResult =
  | { status: "deleted"; filename: string; keys: string[] }
  | { status: "in_use"; releases: number }
  | { status: "not_found" };

/**
 * Deletes the file's rows when no edition (live, draft or history) uses it, and answers the storage
 * keys to remove. "Unused" includes history: restoring an old edition must not find its photo gone.
 * The foreign key (EditionMedia → MediaAsset, ON DELETE RESTRICT) holds the rule even against a save
 * that attaches the file at the same moment: that delete fails and is answered as "in use".
 */
export async function deleteUnusedMediaAsset(actor: SessionUser, id: string): Promise<DeleteMediaResult> {
  try {
    return await db().$transaction(async (tx) => {
      const asset = await tx.mediaAsset.findUnique({
        where: { id },
        select: {
          id: true,
          kind: true,
          filename: true,
          sha256: true,
          originalKey: true,
          variants: { select: { key: true } },
        },
      });
      if (!asset) return { status: "not_found" } as const;
      const releases = await countReleasesUsing(tx, id);
      if (releases > 0) return { status: "in_use", releases } as const;
      await tx.mediaAsset.delete({ where: { id } });
      await recordAudit(
        {
          action: "media.delete",
          actorId: actor.id,
          detail: { assetId: id, kind: asset.kind, filename: asset.filename, sha256: asset.sha256 },
        },
        tx,
      );
      return {
        status: "deleted",
        filename: asset.filename,
        keys: [asset.originalKey, ...asset.variants.map((v) => v.key)],
      } as const;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2003" || error.code === "P2014"))
      return { status: "in_use", releases: 1 };
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") return { status: "not_found" };
    throw error;
  }
}

async function countReleasesUsing(tx: Prisma.TransactionClient, assetId: string): Promise<number> {
  const [row] = await tx.$queryRaw<Array<{ releases: number }>>`
    SELECT COUNT(DISTINCT e."releaseId")::int AS releases
    FROM "EditionMedia" em JOIN "Edition" e ON e.id = em."editionId" WHERE em."assetId" = ${assetId}`;
  return row?.releases ?? 0;
}

export type ReplaceMediaResult =
  | { status: "replaced"; releaseIds: string[]; liveChanged: boolean }
  | { status: "not_found" }
  | { status: "kind_mismatch" }
  | { status: "same_file" }
  | { status: "not_ready" };

/**
 * "Replace file": every edition that used `oldId` uses `newId` from now on, with its alt text,
 * caption, credit, title, role and position unchanged.
 *
 * Published editions included, in place, without a new edition or a new review. Why: a replacement is
 * how a press office fixes a file (the wrong logo, an unsigned PDF, a photo to be withdrawn for rights
 * or privacy); leaving the live release on the old file would keep serving exactly what they asked to
 * have gone, and opening a correction with a review round on every release that used it would make
 * "everywhere" a chore per release. So it is an editors' action (media.replace), recorded in the audit
 * log once per release it touched (old and new file), and history editions are repointed too, so a
 * restore does not bring the replaced file back. The old file stays in the library, unused, so it can
 * be put back by replacing again, or deleted. Every touched release's version goes up: a form open on
 * it holds the old file and would otherwise undo the replacement with its next save; now that save is a
 * conflict. The caller drops the reader cache when a live edition changed (lib/dal/public/cache.ts);
 * the old file's public URL stops answering within a minute (lib/media/serve.ts: shared caches keep a
 * file 45 s, this process remembers a visible key 10 s more).
 *
 * A live edition is never given an image whose variants are not READY ("not_ready"): readers' pages
 * leave such an image out, so the published photo would vanish until the conversion ends (or for good
 * if it failed). Drafts and history may take it.
 */
export async function replaceMediaAsset(actor: SessionUser, oldId: string, newId: string): Promise<ReplaceMediaResult> {
  if (oldId === newId) return { status: "same_file" };
  return db().$transaction(async (tx) => {
    const assets = await tx.mediaAsset.findMany({
      where: { id: { in: [oldId, newId] } },
      select: { id: true, kind: true, filename: true, variantStatus: true },
    });
    const from = assets.find((a) => a.id === oldId);
    const to = assets.find((a) => a.id === newId);
    if (!from || !to) return { status: "not_found" } as const;
    if (from.kind !== to.kind) return { status: "kind_mismatch" } as const;
    const uses = await tx.editionMedia.findMany({
      where: { assetId: oldId },
      select: {
        id: true,
        edition: { select: { id: true, releaseId: true, release: { select: { liveEditionId: true } } } },
      },
    });
    const liveChanged = uses.some((u) => u.edition.release.liveEditionId === u.edition.id);
    if (liveChanged && to.kind === "IMAGE" && to.variantStatus !== "READY") return { status: "not_ready" } as const;
    await tx.editionMedia.updateMany({ where: { assetId: oldId }, data: { assetId: newId } });
    const releaseIds = [...new Set(uses.map((u) => u.edition.releaseId))].sort();
    if (releaseIds.length > 0)
      await tx.release.updateMany({ where: { id: { in: releaseIds } }, data: { version: { increment: 1 } } });
    const detail = {
      from: { assetId: from.id, filename: from.filename },
      to: { assetId: to.id, filename: to.filename },
    };
    for (const releaseId of releaseIds.length > 0 ? releaseIds : [null])
      await recordAudit({ action: "media.replace", actorId: actor.id, releaseId, detail }, tx);
    return { status: "replaced", releaseIds, liveChanged } as const;
  });
}

/**
 * Queues a failed image's conversion again with fresh attempts (the job key is replaced: the failed
 * job kept it, and the upload's dedupe mode would answer that dead job). False when there is nothing
 * to retry (not an image, or not failed).
 */
export async function retryMediaVariants(id: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.mediaAsset.updateMany({
      where: { id, kind: "IMAGE", variantStatus: "FAILED" },
      data: { variantStatus: "PENDING", variantAttempts: 0, variantError: null },
    });
    if (count === 0) return false;
    await enqueueVariants(tx, id, "replace");
    return true;
  });
}
