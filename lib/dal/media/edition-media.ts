import "server-only";
import type { Tx } from "../../db";
import type { EditionMediaInput } from "../../validation/media";

// An edition's images and attachments, written inside the release save's transaction like its
// agreements and quotes (lib/dal/releases/write.ts).

/**
 * Replaces the edition's media rows with `rows`, in their order. A row whose file no longer exists
 * is left out (files in use cannot be deleted, so only a file deleted from the library between its
 * upload and this save can be missing). The role follows the file: an attachment is always an
 * ATTACHMENT, an image never is.
 */
export async function replaceEditionMedia(tx: Tx, editionId: string, rows: EditionMediaInput[]): Promise<void> {
  await tx.editionMedia.deleteMany({ where: { editionId } });
  if (rows.length === 0) return;
  const assets = await tx.mediaAsset.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.assetId))] } },
    select: { id: true, kind: true },
  });
  const kindOf = new Map(assets.map((a) => [a.id, a.kind]));
  const kept = rows.filter((r) => kindOf.has(r.assetId));
  if (kept.length === 0) return;
  await tx.editionMedia.createMany({
    data: kept.map((r, position) => {
      const kind = kindOf.get(r.assetId)!;
      const role = kind === "ATTACHMENT" ? "ATTACHMENT" : r.role === "LEAD" ? "LEAD" : "GALLERY";
      return {
        editionId,
        assetId: r.assetId,
        position,
        role,
        altText: kind === "IMAGE" ? r.altText : "",
        caption: r.caption,
        credit: r.credit,
        title: r.title,
      } as const;
    }),
  });
}

/** A new edition starts with its predecessor's media when the save did not say otherwise. */
export async function copyEditionMedia(tx: Tx, fromEditionId: string, toEditionId: string): Promise<void> {
  const rows = await tx.editionMedia.findMany({
    where: { editionId: fromEditionId },
    select: { assetId: true, position: true, role: true, altText: true, caption: true, credit: true, title: true },
  });
  if (rows.length > 0) await tx.editionMedia.createMany({ data: rows.map((r) => ({ ...r, editionId: toEditionId })) });
}
