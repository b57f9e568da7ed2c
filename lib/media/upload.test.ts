// Issue 13: uploads through the code behind POST /api/media (after its session check), against the
// throwaway test database and a local media directory made for this file.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it, vi } from "vitest";

import { db } from "../db";
import { reserveUpload } from "../dal/media/assets";
import { mediaStorage } from "../storage";
import { makeUser } from "@/test/dal";
import { elfProgram, hasGpsTag, jpegWithGps, pngClaiming, tinyPdf } from "@/test/support/media-samples";
import { handleUpload } from "./upload";

// Read by env() on its first use, inside the first test (after these lines have run).
const mediaDir = mkdtempSync(path.join(tmpdir(), "pressroom-upload-test-"));
vi.stubEnv("MEDIA_DIR", mediaDir);
vi.stubEnv("MEDIA_MAX_IMAGE_MB", "1");

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(mediaDir, { recursive: true, force: true });
});

function uploadRequest(bytes: Buffer | null, name: string, kind: string | null): Request {
  const form = new FormData();
  if (kind !== null) form.set("kind", kind);
  if (bytes) form.set("file", new Blob([new Uint8Array(bytes)]), name);
  return new Request("http://localhost/api/media", { method: "POST", body: form });
}

async function readStored(key: string): Promise<Buffer> {
  const object = await mediaStorage().get(key);
  const chunks: Buffer[] = [];
  for await (const chunk of object!.stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe("issue 13: uploading images and attachments", () => {
  it("stores a JPEG as uploaded (GPS and all, for editors only) and answers its facts; the same bytes again are the same asset", async () => {
    const user = await makeUser("WRITER");
    const photo = await jpegWithGps();
    const answer = await handleUpload(user, uploadRequest(photo, "signing.jpg", "image"));
    expect(answer).toMatchObject({
      status: 200,
      asset: {
        kind: "IMAGE",
        mime: "image/jpeg",
        bytes: photo.length,
        width: 2000,
        height: 1200,
        filename: "signing.jpg",
        status: "PENDING",
      },
    });
    if (answer.status !== 200) return;
    const row = await db().mediaAsset.findUniqueOrThrow({ where: { id: answer.asset.id } });
    expect(row.originalKey).toBe(`originals/${row.sha256}.jpg`);
    expect(row.createdById).toBe(user.id);
    const original = await readStored(row.originalKey);
    expect(original.equals(photo)).toBe(true);
    expect(hasGpsTag((await sharp(original).metadata()).exif)).toBe(true);

    const again = await handleUpload(user, uploadRequest(photo, "copy-of-signing.jpg", "image"));
    expect(again).toMatchObject({ status: 200, asset: { id: answer.asset.id } });
  });

  it("refuses a program named .png, saying what it looks like", async () => {
    const user = await makeUser("EDITOR");
    const before = await db().mediaAsset.count();
    expect(await handleUpload(user, uploadRequest(elfProgram(), "photo.png", "image"))).toEqual({
      status: 415,
      error: "unsupported_type",
      message:
        "This file is not an image we accept: it looks like a Linux program. Images can be JPEG, PNG, WebP, AVIF, GIF or SVG.",
    });
    expect(await db().mediaAsset.count()).toBe(before);
  });

  it("refuses a 100-megapixel image from its header, before decoding it", async () => {
    const user = await makeUser("EDITOR");
    const answer = await handleUpload(user, uploadRequest(await pngClaiming(10_000, 10_000), "huge.png", "image"));
    expect(answer).toMatchObject({ status: 422, error: "too_many_pixels" });
    expect("message" in answer && answer.message).toMatch(/^The image is 100 megapixels; the limit is 40\./);
  });

  it("refuses an image over the size limit, a document added as an image and a photo added as an attachment", async () => {
    const user = await makeUser("EDITOR");
    const big = await sharp({ create: { width: 1400, height: 1400, channels: 3, background: "#123" } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(big.length).toBeGreaterThan(1024 * 1024);
    expect(await handleUpload(user, uploadRequest(big, "scan.png", "image"))).toMatchObject({
      status: 413,
      message: "The file is larger than 1 MB, the limit for images. Make it smaller and upload it again.",
    });
    expect(await handleUpload(user, uploadRequest(tinyPdf(), "memo.jpg", "image"))).toMatchObject({
      status: 415,
      message: 'This file is not an image: it is a PDF document. Add it with "Add attachment" instead.',
    });
    expect(await handleUpload(user, uploadRequest(await jpegWithGps(40, 30), "p.jpg", "attachment"))).toMatchObject({
      status: 415,
      message: 'This file is a JPEG image: add it with "Add image" instead.',
    });
  });

  it("stores a PDF attachment ready to serve, under a public content-addressed name", async () => {
    const user = await makeUser("EDITOR");
    const answer = await handleUpload(
      user,
      uploadRequest(tinyPdf(randomUUID()), "Memorandum – signed (Bakı).pdf", "attachment"),
    );
    expect(answer).toMatchObject({
      status: 200,
      asset: {
        kind: "ATTACHMENT",
        mime: "application/pdf",
        status: "READY",
        width: null,
        filename: "Memorandum – signed (Bakı).pdf",
      },
    });
    if (answer.status !== 200) return;
    const row = await db().mediaAsset.findUniqueOrThrow({ where: { id: answer.asset.id } });
    expect(row.originalKey).toBe(`files/${row.sha256}.pdf`);
  });

  it("answers a form without a file, without a kind, or not multipart at all with a 400 that says what to send", async () => {
    const user = await makeUser("EDITOR");
    expect(await handleUpload(user, uploadRequest(null, "", "image"))).toMatchObject({ status: 400, error: "no_file" });
    expect(await handleUpload(user, uploadRequest(tinyPdf(), "a.pdf", null))).toMatchObject({
      status: 400,
      error: "bad_kind",
    });
    const json = new Request("http://localhost/api/media", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(await handleUpload(user, json)).toMatchObject({ status: 400, error: "bad_request" });
  });

  it("limits uploads per person per hour and says when to try again", async () => {
    const user = await makeUser("EDITOR");
    for (let i = 0; i < 3; i++) expect(await reserveUpload(user.id, 3)).toEqual({ allowed: true });
    expect(await reserveUpload(user.id, 3)).toEqual({ allowed: false, count: 3, retryInMinutes: 60 });
    expect(await reserveUpload((await makeUser("EDITOR")).id, 3)).toEqual({ allowed: true });
  });
});
