import "server-only";
import { Prisma } from "@prisma/client";
import { now as clockNow } from "../../clock";
import { db, type Tx } from "../../db";
import { originalPublicSql, visibleSql } from "./search";

// Which media files readers may fetch (issue 13): a variant or an attachment used by the LIVE edition
// of a release that is public by the one rule of lib/dal/public (visibleSql, the twin of publicWhere),
// and since issue 17 the share card of such an edition (findPublicShareImage).
// Anything else, a draft's new photo, a withdrawn or unpublished release's files, an image's original,
// is not found. One indexed query per key: the key's unique index, then EditionMedia by asset and the
// release by its live edition. The private links that show an edition before it is public (preview,
// embargo) ask the same question of one edition instead (findEditionMediaFile).

export interface PublicMediaFile {
  mime: string;
  /** Attachments: the uploader's file name, for the download. Null for image variants. */
  filename: string | null;
}

const VARIANT_MIME: Record<string, string> = { AVIF: "image/avif", WEBP: "image/webp", JPEG: "image/jpeg" };

function usedByLiveEdition(assetColumn: Prisma.Sql, now: Date): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "EditionMedia" em
    JOIN "Release" r ON r."liveEditionId" = em."editionId"
    JOIN "Edition" e ON e.id = r."liveEditionId"
    WHERE em."assetId" = ${assetColumn} AND ${visibleSql(now, { translations: true })})`;
}

export async function findPublicMediaFile(key: string, now = clockNow()): Promise<PublicMediaFile | null> {
  if (key.startsWith("share/")) return findPublicShareImage(key, now);
  return findMediaFile(key, (asset) => usedByLiveEdition(asset, now));
}

/**
 * Issue 17: a share card (lib/dal/releases/share-image.ts) is public while it is the card of the live
 * PUBLISHED edition of a release readers can open: an original by the lists' rule, a translation
 * while its original is public too (the rule of its page). A draft's, a superseded edition's, an
 * unpublished or withdrawn release's card is not found, like any other media file of theirs.
 */
async function findPublicShareImage(key: string, now: Date): Promise<PublicMediaFile | null> {
  const [row] = await db().$queryRaw<Array<{ found: number }>>`
    SELECT 1 AS found FROM "Edition" e
    JOIN "Release" r ON r."liveEditionId" = e.id
    WHERE e."shareImageKey" = ${key} AND ${visibleSql(now, { translations: true })} AND ${originalPublicSql(now)}
    LIMIT 1`;
  return row ? { mime: "image/png", filename: null } : null;
}

/**
 * A file of one edition, whatever its state: for the private links that show an edition before it is
 * public (a draft's preview link, a journalist's embargo link). An image's original is never one.
 */
export async function findEditionMediaFile(key: string, editionId: string): Promise<PublicMediaFile | null> {
  return findMediaFile(
    key,
    (asset) => Prisma.sql`EXISTS (
      SELECT 1 FROM "EditionMedia" em WHERE em."assetId" = ${asset} AND em."editionId" = ${editionId})`,
  );
}

/** The key as an image variant or an attachment, when `usedBy` (a condition on its asset id) holds. */
async function findMediaFile(key: string, usedBy: (asset: Prisma.Sql) => Prisma.Sql): Promise<PublicMediaFile | null> {
  if (key.startsWith("img/")) {
    const [row] = await db().$queryRaw<Array<{ format: string }>>`
      SELECT v.format::text AS format FROM "MediaVariant" v
      WHERE v.key = ${key} AND ${usedBy(Prisma.sql`v."assetId"`)}`;
    return row ? { mime: VARIANT_MIME[row.format] ?? "application/octet-stream", filename: null } : null;
  }
  if (key.startsWith("files/")) {
    const [row] = await db().$queryRaw<Array<{ mime: string; filename: string }>>`
      SELECT a.mime, a.filename FROM "MediaAsset" a
      WHERE a."originalKey" = ${key} AND a.kind = 'ATTACHMENT' AND ${usedBy(Prisma.sql`a.id`)}`;
    return row ?? null;
  }
  return null;
}

/** Whether readers see the asset now (a live edition of a public release uses it): its changes must drop the reader cache. */
export async function isUsedByLiveEdition(assetId: string, tx: Tx = db(), now = clockNow()): Promise<boolean> {
  const [row] = await tx.$queryRaw<Array<{ used: boolean }>>`
    SELECT ${usedByLiveEdition(Prisma.sql`${assetId}`, now)} AS used`;
  return row?.used === true;
}
