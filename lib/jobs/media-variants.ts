import "server-only";
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import {
  countVariantAttempt,
  getAssetForVariants,
  recordVariantFailure,
  saveVariants,
  type AssetForVariants,
  type MadeVariant,
} from "../dal/media/variants";
import { fallbackWidth, variantKey, variantWidths, VARIANT_WIDTHS, type VariantFormat } from "../domain/media/keys";
import { env } from "../env";
import { logger } from "../log";
import { mediaStorage } from "../storage";
import { processImage, type OpenOptions } from "./image-process";
import { dropReaderCache } from "./reader-cache";

// The served copies of an uploaded image (issue 13), made once in the background: AVIF and WebP at
// 480, 960 and 1600 pixels wide (never wider than the original), a JPEG at 960 for the rest, and a
// tiny blurred placeholder. sharp writes no metadata unless asked, so EXIF, XMP and GPS positions
// stay in the original (editors only); orientation is applied to the pixels first. A GIF gives its
// first frame; an SVG is rasterised (never served as SVG, which could carry script). The pixel work
// runs in a process of its own (lib/jobs/image-worker.mjs says why); this job plans and stores.

const FORMATS: Array<{ format: VariantFormat; column: MadeVariant["format"]; mime: string }> = [
  { format: "avif", column: "AVIF", mime: "image/avif" },
  { format: "webp", column: "WEBP", mime: "image/webp" },
];
/** SVGs are drawn at this density at most (8× their nominal size), whatever they ask. */
const MAX_SVG_SCALE = 8;

export interface Attempt {
  /** This attempt's number, from 1 (graphile-worker counts the running attempt). */
  number: number;
  max: number;
}

/** The job's body. Throws to have graphile-worker retry; after the last attempt the image is FAILED. */
export async function makeVariants(assetId: string, attempt: Attempt): Promise<void> {
  const asset = await getAssetForVariants(assetId);
  if (!asset || asset.kind !== "IMAGE" || asset.status === "READY") return;
  await countVariantAttempt(assetId);
  let liveChanged: boolean;
  try {
    liveChanged = (await render(asset)).liveChanged;
  } catch (error) {
    const final = attempt.number >= attempt.max;
    const message = error instanceof Error ? error.message : String(error);
    liveChanged = (await recordVariantFailure(assetId, message, final)).liveChanged;
    if (!final) throw error;
    logger.error("media: image variants failed for good", { assetId, attempts: attempt.number, error: message });
  }
  // A published image not yet converted is left out of readers' pages, which are cached up to the
  // backstop lifetime (300 s): now that it is ready (or failed for good), they are made again.
  if (liveChanged) await dropReaderCache();
}

async function render(asset: AssetForVariants): Promise<{ liveChanged: boolean }> {
  const work = path.join(tmpdir(), `pressroom-variants-${randomUUID()}`);
  const source = path.join(work, "original");
  try {
    await mkdir(work, { recursive: true });
    const original = await mediaStorage().get(asset.originalKey);
    if (!original) throw new Error(`The original file ${asset.originalKey} is missing from storage`);
    await pipeline(original.stream, createWriteStream(source));

    const svg = asset.mime === "image/svg+xml";
    const nominalWidth = asset.width ?? VARIANT_WIDTHS[0];
    // A small SVG (a 200-pixel logo) is drawn larger, up to the widest variant: it has no pixels to lose.
    const scale = svg ? Math.min(MAX_SVG_SCALE, Math.max(1, Math.max(...VARIANT_WIDTHS) / nominalWidth)) : 1;
    const maxPixels = env().MEDIA_MAX_MEGAPIXELS * 1_000_000;
    // limitInputPixels: the upload already refused larger headers; this holds even if a file lies.
    const open: OpenOptions = {
      limitInputPixels: Math.ceil(maxPixels * scale * scale),
      pages: 1,
      failOn: "error",
      ...(svg ? { density: 72 * scale } : {}),
    };
    const width = Math.round(nominalWidth * scale);
    const planned = [
      ...variantWidths(width).flatMap((target) => FORMATS.map((f) => ({ ...f, target }))),
      { format: "jpeg" as const, column: "JPEG" as const, mime: "image/jpeg", target: fallbackWidth(width) },
    ].map((p, i) => ({ ...p, out: path.join(work, `variant-${i}`) }));
    const result = await processImage(
      source,
      open,
      planned.map((p) => ({ format: p.format, width: p.target, out: p.out })),
    );

    const made: MadeVariant[] = [];
    for (const [i, p] of planned.entries()) {
      const info = result.made[i]!;
      const key = variantKey(asset.sha256, p.target, p.format);
      await mediaStorage().put(key, await readFile(p.out), p.mime);
      made.push({ format: p.column, width: info.width, height: info.height, key, bytes: info.bytes });
    }
    return await saveVariants(asset.id, made, `data:image/webp;base64,${result.placeholder}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
