import "server-only";
import type { SessionUser } from "../auth/session";
import { createAsset, findAssetByHash, reserveUpload, type MediaAssetDTO } from "../dal/media/assets";
import { originalKey } from "../domain/media/keys";
import { megapixels, uploadRefusals, type UploadRefusal } from "../domain/media/messages";
import { env } from "../env";
import { logger } from "../log";
import { mediaStorage } from "../storage";
import { readImageHeader } from "../jobs/image-process";
import { discardUpload, receiveUpload } from "./receive";
import { sniffFile } from "./sniff-file";

// POST /api/media, after the session check: the upload is streamed to a temporary file, its type is
// decided from its bytes, its size and (for images) its pixel count are checked against the limits in
// lib/env.ts before anything decodes it, the same bytes uploaded before are the same asset, and a new
// file is stored under a content-addressed private key with its row (and its variant job).

const MB = 1024 * 1024;
/** Multipart framing and the "kind" field around the file. */
const ENVELOPE_BYTES = 64 * 1024;

export type UploadAnswer = { status: 200; asset: MediaAssetDTO } | UploadRefusal;

type Kind = "image" | "attachment";

export async function handleUpload(user: SessionUser, request: Request): Promise<UploadAnswer> {
  const e = env();
  const limitMb: Record<Kind, number> = { image: e.MEDIA_MAX_IMAGE_MB, attachment: e.MEDIA_MAX_ATTACHMENT_MB };
  const largestMb = Math.max(limitMb.image, limitMb.attachment);
  // A declared length over every limit is refused before a byte of the body is read.
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > largestMb * MB + ENVELOPE_BYTES)
    return uploadRefusals.tooLarge(null, largestMb);

  const gate = await reserveUpload(user.id, e.MEDIA_UPLOADS_PER_HOUR);
  if (!gate.allowed) return uploadRefusals.rateLimited(gate.count, gate.retryInMinutes);

  // The "kind" field may come after the file in the form, so the stream stops at the larger limit
  // and the kind's own limit is checked once both are known.
  const received = await receiveUpload(request, largestMb * MB);
  if (received.status === "bad_request") return uploadRefusals.notMultipart();
  const kind = kindOf(received.fields.kind);
  if (received.status === "truncated") return uploadRefusals.tooLarge(kind, kind ? limitMb[kind] : largestMb);
  const file = received.file;
  try {
    if (!kind) return uploadRefusals.badKind();
    if (!file) return uploadRefusals.noFile();
    if (file.size > limitMb[kind] * MB) return uploadRefusals.tooLarge(kind, limitMb[kind]);

    const type = await sniffFile(file.path, file.size);
    if (!type.ok)
      return kind === "image" ? uploadRefusals.notImage(type.looksLike) : uploadRefusals.notAttachment(type.looksLike);
    if (kind === "image" && type.kind !== "IMAGE") return uploadRefusals.documentAsImage(type);
    if (kind === "attachment" && type.kind === "IMAGE") return uploadRefusals.imageAsAttachment(type);

    let size: { width: number; height: number } | null = null;
    if (type.kind === "IMAGE") {
      size = await imageSize(file.path);
      if (!size) return uploadRefusals.unreadableImage();
      if (size.width * size.height > e.MEDIA_MAX_MEGAPIXELS * 1_000_000)
        return uploadRefusals.tooManyPixels(megapixels(size.width, size.height), e.MEDIA_MAX_MEGAPIXELS);
    }

    const existing = await findAssetByHash(type.kind, file.sha256);
    const key = originalKey(type.kind, file.sha256, type.extension);
    try {
      // Same bytes, same asset. Its stored original is put back if it went missing (a storage restored
      // from an older backup): the upload in hand is exactly that file.
      if (existing) {
        if (!(await mediaStorage().head(key))) await mediaStorage().put(key, { path: file.path }, type.mime);
        return { status: 200, asset: existing };
      }
      await mediaStorage().put(key, { path: file.path }, type.mime);
    } catch (error) {
      logger.error("media: storing an upload failed", { key, storage: mediaStorage().name, error });
      return uploadRefusals.unavailable();
    }
    const asset = await createAsset({
      kind: type.kind,
      sha256: file.sha256,
      mime: type.mime,
      bytes: file.size,
      filename: file.filename,
      width: size?.width ?? null,
      height: size?.height ?? null,
      originalKey: key,
      createdById: user.id,
    });
    return { status: 200, asset };
  } finally {
    await discardUpload(file);
  }
}

function kindOf(value: string | null | undefined): Kind | null {
  return value === "image" || value === "attachment" ? value : null;
}

/**
 * The image's size as displayed (EXIF orientations 5–8 turn it a quarter), read from its header
 * alone, in the image worker's process (readImageHeader): sharp's metadata() does not decode pixels,
 * so a decompression bomb costs nothing here and is refused before the variant job would decode it.
 * Null when the header cannot be read.
 */
async function imageSize(path: string): Promise<{ width: number; height: number } | null> {
  try {
    const meta = await readImageHeader(path);
    if (!meta.width || !meta.height) return null;
    const turned = meta.orientation >= 5;
    return turned ? { width: meta.height, height: meta.width } : { width: meta.width, height: meta.height };
  } catch {
    return null;
  }
}
