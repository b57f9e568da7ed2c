import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "../../db";
import { containsPattern } from "../public/search";

// The media library (issue 13, /admin/media and GET /api/media): every uploaded file, searchable by
// the words its uses carry (alt text, caption, credit, attachment title) and by its file name, with
// where it is used. The changes (delete, replace, retry) are in ./library-changes.ts.

export {
  deleteUnusedMediaAsset,
  replaceMediaAsset,
  retryMediaVariants,
  type DeleteMediaResult,
  type ReplaceMediaResult,
} from "./library-changes";

export const LIBRARY_PAGE_SIZE = 24;

export interface LibraryThumbnail {
  /** Storage key of the variant (also its path under /media/). */
  key: string;
  /**
   * For the editorial team: /api/media/<id>/thumbnail (signed-in only). The variant's public path,
   * /media/<key>, answers only while a live edition uses the file, so drafts' images would not show.
   */
  url: string;
  width: number;
  height: number;
}

export interface LibraryAssetDTO {
  id: string;
  kind: "IMAGE" | "ATTACHMENT";
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
  filename: string;
  status: "PENDING" | "READY" | "FAILED";
  /** Why the last conversion failed (shown with the retry button). */
  variantError: string | null;
  placeholder: string | null;
  createdAt: Date;
  uploadedBy: { id: string; name: string } | null;
  /** The smallest WebP variant (or JPEG), for the library's grid; null for attachments and unconverted images. */
  thumbnail: LibraryThumbnail | null;
  /** How many releases use the file in any edition (live, draft or history). */
  usageCount: number;
}

export interface LibrarySearch {
  /** Words to look for; empty for everything. */
  q?: string;
  kind?: "IMAGE" | "ATTACHMENT" | null;
  take?: number;
  /** nextCursor of the previous page. */
  cursor?: string | null;
}

export interface LibraryPage {
  items: LibraryAssetDTO[];
  nextCursor: string | null;
}

/** Cursor: the last item's upload instant (ms) and id, the keyset of the newest-first order. */
const CURSOR = /^(\d{1,15})\.([a-z0-9]{1,40})$/;

export function isLibraryCursor(value: string): boolean {
  return CURSOR.test(value);
}

export function thumbnailUrl(assetId: string): string {
  return `/api/media/${encodeURIComponent(assetId)}/thumbnail`;
}

/** The key of the image's smallest WebP variant (JPEG when there is none), for the editors' thumbnail route. */
export async function getThumbnailKey(assetId: string): Promise<string | null> {
  const variants = await db().mediaVariant.findMany({
    where: { assetId, format: { in: ["WEBP", "JPEG"] } },
    select: { key: true, format: true },
    orderBy: { width: "asc" },
  });
  return (variants.find((v) => v.format === "WEBP") ?? variants[0])?.key ?? null;
}

function encodeCursor(asset: { createdAt: Date; id: string }): string {
  return `${asset.createdAt.getTime()}.${asset.id}`;
}

export async function searchMediaAssets(search: LibrarySearch): Promise<LibraryPage> {
  const take = Math.min(Math.max(Math.floor(search.take ?? LIBRARY_PAGE_SIZE), 1), 100);
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (search.kind) where.push(Prisma.sql`a.kind = ${search.kind}::"MediaKind"`);
  const q = search.q?.trim();
  if (q) {
    const p = containsPattern(q);
    where.push(Prisma.sql`(a.filename ILIKE ${p} OR EXISTS (
      SELECT 1 FROM "EditionMedia" em WHERE em."assetId" = a.id
        AND (em."altText" ILIKE ${p} OR em.caption ILIKE ${p} OR em.credit ILIKE ${p} OR em.title ILIKE ${p})))`);
  }
  const cursor = search.cursor ? CURSOR.exec(search.cursor) : null;
  if (cursor)
    where.push(Prisma.sql`(a."createdAt", a.id) < (${new Date(Number(cursor[1]))}::timestamptz, ${cursor[2]})`);
  const rows = await db().$queryRaw<Array<{ id: string }>>`
    SELECT a.id FROM "MediaAsset" a WHERE ${Prisma.join(where, " AND ")}
    ORDER BY a."createdAt" DESC, a.id DESC LIMIT ${take + 1}`;
  const ids = rows.slice(0, take).map((r) => r.id);
  const items = await loadLibraryAssets(ids);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > take && last ? encodeCursor(last) : null };
}

/** One file of the library, or null. */
export async function getLibraryAsset(id: string): Promise<LibraryAssetDTO | null> {
  const [asset] = await loadLibraryAssets([id]);
  return asset ?? null;
}

async function loadLibraryAssets(ids: string[]): Promise<LibraryAssetDTO[]> {
  if (ids.length === 0) return [];
  const [assets, counts] = await Promise.all([
    db().mediaAsset.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        kind: true,
        mime: true,
        bytes: true,
        width: true,
        height: true,
        filename: true,
        variantStatus: true,
        variantError: true,
        placeholder: true,
        createdAt: true,
        createdBy: { select: { id: true, name: true } },
        variants: {
          where: { format: { in: ["WEBP", "JPEG"] } },
          select: { key: true, format: true, width: true, height: true },
          orderBy: { width: "asc" },
        },
      },
    }),
    db().$queryRaw<Array<{ assetId: string; releases: number }>>`
      SELECT em."assetId", COUNT(DISTINCT e."releaseId")::int AS releases
      FROM "EditionMedia" em JOIN "Edition" e ON e.id = em."editionId"
      WHERE em."assetId" IN (${Prisma.join(ids)}) GROUP BY em."assetId"`,
  ]);
  const usage = new Map(counts.map((c) => [c.assetId, c.releases]));
  const byId = new Map(
    assets.map(({ variantStatus, variants, createdBy, ...a }) => {
      const thumb = variants.find((v) => v.format === "WEBP") ?? variants[0];
      const dto: LibraryAssetDTO = {
        ...a,
        status: variantStatus,
        uploadedBy: createdBy,
        thumbnail: thumb ? { key: thumb.key, url: thumbnailUrl(a.id), width: thumb.width, height: thumb.height } : null,
        usageCount: usage.get(a.id) ?? 0,
      };
      return [a.id, dto];
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface MediaUsageDTO {
  releaseId: string;
  slug: string;
  /** The headline of the newest edition using the file. */
  headline: string;
  editions: Array<{ id: string; number: number; status: string; live: boolean }>;
}

/** Where each file is used: the releases, newest edition first, and which of their editions. */
export async function getMediaUsages(assetIds: string[]): Promise<Map<string, MediaUsageDTO[]>> {
  const result = new Map<string, MediaUsageDTO[]>();
  if (assetIds.length === 0) return result;
  const rows = await db().editionMedia.findMany({
    where: { assetId: { in: assetIds } },
    select: {
      assetId: true,
      edition: {
        select: {
          id: true,
          number: true,
          status: true,
          headline: true,
          release: { select: { id: true, slug: true, liveEditionId: true } },
        },
      },
    },
    orderBy: [{ edition: { number: "desc" } }],
  });
  for (const { assetId, edition } of rows) {
    const list = result.get(assetId) ?? [];
    let usage = list.find((u) => u.releaseId === edition.release.id);
    if (!usage) {
      usage = { releaseId: edition.release.id, slug: edition.release.slug, headline: edition.headline, editions: [] };
      list.push(usage);
    }
    // An edition may use one file twice (two gallery rows): listed once.
    if (!usage.editions.some((e) => e.id === edition.id))
      usage.editions.push({
        id: edition.id,
        number: edition.number,
        status: edition.status,
        live: edition.release.liveEditionId === edition.id,
      });
    result.set(assetId, list);
  }
  return result;
}
