import "server-only";
import { Prisma } from "@prisma/client";
import { db, type Tx } from "../../db";
import { now as clockNow } from "../../clock";
import { jobsSchemaExists } from "../distribution/wake";

// Media files as the upload route, the variant job and the media check see them (issue 13).

export const MEDIA_VARIANTS_JOB = "media-variants";
/** graphile-worker retries with delay e^attempt s: 5 attempts span about 4 minutes, then the image is FAILED. */
export const MEDIA_VARIANTS_MAX_ATTEMPTS = 5;

export interface MediaAssetDTO {
  id: string;
  kind: "IMAGE" | "ATTACHMENT";
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
  filename: string;
  status: "PENDING" | "READY" | "FAILED";
}

const assetSelect = {
  id: true,
  kind: true,
  mime: true,
  bytes: true,
  width: true,
  height: true,
  filename: true,
  variantStatus: true,
} satisfies Prisma.MediaAssetSelect;

function toAssetDTO({ variantStatus, ...asset }: Prisma.MediaAssetGetPayload<{ select: typeof assetSelect }>) {
  return { ...asset, status: variantStatus } satisfies MediaAssetDTO;
}

/** The asset with these bytes, if they were uploaded before (the same bytes are one asset). */
export async function findAssetByHash(kind: "IMAGE" | "ATTACHMENT", sha256: string): Promise<MediaAssetDTO | null> {
  const asset = await db().mediaAsset.findUnique({ where: { kind_sha256: { kind, sha256 } }, select: assetSelect });
  return asset && toAssetDTO(asset);
}

export interface NewAsset {
  kind: "IMAGE" | "ATTACHMENT";
  sha256: string;
  mime: string;
  bytes: number;
  filename: string;
  width: number | null;
  height: number | null;
  originalKey: string;
  createdById: string;
}

/**
 * Records an uploaded file whose original is already stored. An image gets its variant job in the same
 * transaction (it exists exactly when the row does; before graphile-worker's schema is installed, the
 * worker's sweep adds it). Two uploads of the same bytes at once: the second finds the first's row.
 */
export async function createAsset(data: NewAsset): Promise<MediaAssetDTO> {
  try {
    return await db().$transaction(async (tx) => {
      const asset = await tx.mediaAsset.create({
        data: { ...data, variantStatus: data.kind === "IMAGE" ? "PENDING" : "READY" },
        select: assetSelect,
      });
      if (data.kind === "IMAGE") await enqueueVariants(tx, asset.id);
      return toAssetDTO(asset);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await findAssetByHash(data.kind, data.sha256);
      if (existing) return existing;
    }
    throw error;
  }
}

/**
 * One variant job per image: adding it again while one waits or runs changes nothing ("unsafe_dedupe").
 * The library's retry of a FAILED image passes "replace": the permanently failed job still holds the
 * key, and replacing it resets its attempts (lib/dal/media/library-changes.ts).
 */
export async function enqueueVariants(
  tx: Tx,
  assetId: string,
  mode: "unsafe_dedupe" | "replace" = "unsafe_dedupe",
): Promise<void> {
  if (!(await jobsSchemaExists(tx))) return;
  await tx.$executeRaw`SELECT graphile_worker.add_job(${MEDIA_VARIANTS_JOB}, json_build_object('assetId', ${assetId}::text),
    max_attempts => ${MEDIA_VARIANTS_MAX_ATTEMPTS}, job_key => ${`${MEDIA_VARIANTS_JOB}:${assetId}`}, job_key_mode => ${mode})`;
}

/** The worker's sweep: images still PENDING whose job was never added (uploaded before the queue existed). */
export async function enqueuePendingVariants(): Promise<number> {
  const pending = await db().mediaAsset.findMany({
    where: { kind: "IMAGE", variantStatus: "PENDING" },
    select: { id: true },
    take: 500,
  });
  if (pending.length === 0) return 0;
  await db().$transaction(async (tx) => {
    for (const { id } of pending) await enqueueVariants(tx, id);
  });
  return pending.length;
}

// ---------- the per-user upload rate limit ----------

const HOUR_MS = 60 * 60_000;
// pg_advisory_xact_lock(int, int): this module's key space (see lib/dal/releases/write.ts for others).
const LOCK_SPACE_UPLOADS = 0x4d45_4401;

export type UploadGate = { allowed: true } | { allowed: false; count: number; retryInMinutes: number };

/** Counts this upload against the user's hourly allowance (a sliding hour), or says when to try again. */
export async function reserveUpload(userId: string, perHour: number): Promise<UploadGate> {
  const now = clockNow();
  const since = new Date(now.getTime() - HOUR_MS);
  return db().$transaction(async (tx) => {
    // Concurrent uploads of one user queue here, so the count cannot be overtaken.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_SPACE_UPLOADS}::int, hashtext(${userId}))`;
    const recent = await tx.mediaUploadAttempt.findMany({
      where: { userId, createdAt: { gt: since } },
      select: { createdAt: true },
      orderBy: { createdAt: "asc" },
    });
    if (recent.length >= perHour) {
      const freedAt = recent[recent.length - perHour]!.createdAt.getTime() + HOUR_MS;
      return {
        allowed: false,
        count: recent.length,
        retryInMinutes: Math.max(1, Math.ceil((freedAt - now.getTime()) / 60_000)),
      };
    }
    await tx.mediaUploadAttempt.create({ data: { userId, createdAt: now } });
    await tx.mediaUploadAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * HOUR_MS) } } });
    return { allowed: true } as const;
  });
}

// ---------- editors: the original ----------

export async function getOriginal(
  id: string,
): Promise<{ key: string; mime: string; filename: string; bytes: number } | null> {
  const asset = await db().mediaAsset.findUnique({
    where: { id },
    select: { originalKey: true, mime: true, filename: true, bytes: true },
  });
  return asset && { key: asset.originalKey, mime: asset.mime, filename: asset.filename, bytes: asset.bytes };
}

// ---------- the media check ----------

/** Every storage key the database knows: originals, variants and editions' share cards (issue 17). */
export async function listKnownKeys(): Promise<Set<string>> {
  const [assets, variants, cards] = await Promise.all([
    db().mediaAsset.findMany({ select: { originalKey: true } }),
    db().mediaVariant.findMany({ select: { key: true } }),
    db().$queryRaw<Array<{ key: string }>>`
      SELECT DISTINCT "shareImageKey" AS key FROM "Edition" WHERE "shareImageKey" IS NOT NULL`,
  ]);
  return new Set([...assets.map((a) => a.originalKey), ...variants.map((v) => v.key), ...cards.map((c) => c.key)]);
}
