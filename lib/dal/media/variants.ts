import "server-only";
import { db } from "../../db";
import { isUsedByLiveEdition } from "../public/media";

// The variant job's reads and writes (lib/jobs/media-variants.ts).

export interface AssetForVariants {
  id: string;
  kind: "IMAGE" | "ATTACHMENT";
  sha256: string;
  mime: string;
  originalKey: string;
  width: number | null;
  height: number | null;
  status: "PENDING" | "READY" | "FAILED";
}

export async function getAssetForVariants(id: string): Promise<AssetForVariants | null> {
  const asset = await db().mediaAsset.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      sha256: true,
      mime: true,
      originalKey: true,
      width: true,
      height: true,
      variantStatus: true,
    },
  });
  if (!asset) return null;
  const { variantStatus, ...rest } = asset;
  return { ...rest, status: variantStatus };
}

export async function countVariantAttempt(id: string): Promise<void> {
  await db().mediaAsset.update({ where: { id }, data: { variantAttempts: { increment: 1 } } });
}

export interface MadeVariant {
  format: "AVIF" | "WEBP" | "JPEG";
  width: number;
  height: number;
  key: string;
  bytes: number;
}

/**
 * The variants exist (their files are stored): the image is READY, with its placeholder. Answers
 * whether a live edition uses it: readers' cached pages left the image out until now.
 */
export async function saveVariants(
  id: string,
  variants: MadeVariant[],
  placeholder: string,
): Promise<{ liveChanged: boolean }> {
  return db().$transaction(async (tx) => {
    await tx.mediaVariant.deleteMany({ where: { assetId: id } });
    await tx.mediaVariant.createMany({ data: variants.map((v) => ({ ...v, assetId: id })) });
    await tx.mediaAsset.update({
      where: { id },
      data: { variantStatus: "READY", variantError: null, placeholder },
    });
    return { liveChanged: await isUsedByLiveEdition(id, tx) };
  });
}

/**
 * Keeps why the last attempt failed; after the last one the image is FAILED (the editor shows it), and
 * the answer says whether a live edition uses it (readers' pages drop it: a failed image is not shown).
 */
export async function recordVariantFailure(
  id: string,
  message: string,
  final: boolean,
): Promise<{ liveChanged: boolean }> {
  await db().mediaAsset.update({
    where: { id },
    data: { variantError: message.slice(0, 1_000), ...(final ? { variantStatus: "FAILED" } : {}) },
  });
  return { liveChanged: final && (await isUsedByLiveEdition(id)) };
}
