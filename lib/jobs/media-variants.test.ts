// Issue 13: the variant job, run directly (as graphile-worker would) against the test database and a
// local media directory made for this file.
import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { handleUpload } from "../media/upload";
import { mediaStorage } from "../storage";
import { makeUser, uniqueHeadline } from "@/test/dal";
import { hasGpsTag, jpegWithGps, randomColour } from "@/test/support/media-samples";
import { createRelease } from "../dal/releases";
import { makeVariants } from "./media-variants";
import { dropReaderCache } from "./reader-cache";
import { publishReviewed } from "@/test/dal";
import { releaseInput } from "@/test/factories";

// The worker runs outside any request: the reader cache is dropped by asking the app (mocked here).
vi.mock("./reader-cache", () => ({ dropReaderCache: vi.fn(async () => undefined) }));

// Read by env() on its first use, inside the first test.
const mediaDir = mkdtempSync(path.join(tmpdir(), "pressroom-variants-test-"));
vi.stubEnv("MEDIA_DIR", mediaDir);
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(mediaDir, { recursive: true, force: true });
});

async function upload(bytes: Buffer, name: string): Promise<string> {
  const form = new FormData();
  form.set("kind", "image");
  form.set("file", new Blob([new Uint8Array(bytes)]), name);
  const answer = await handleUpload(
    await makeUser("EDITOR"),
    new Request("http://localhost/api/media", { method: "POST", body: form }),
  );
  if (answer.status !== 200) throw new Error(answer.message);
  return answer.asset.id;
}

async function stored(key: string): Promise<Buffer> {
  const object = await mediaStorage().get(key);
  const chunks: Buffer[] = [];
  for await (const chunk of object!.stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Narrowest first, then by format name. */
const variantsOf = async (assetId: string) =>
  (await db().mediaVariant.findMany({ where: { assetId } })).sort(
    (a, b) => a.width - b.width || a.format.localeCompare(b.format),
  );

describe("issue 13: image variants", () => {
  it("makes AVIF and WebP at 480, 960 and 1600 and a JPEG at 960, without EXIF or GPS, and a placeholder", async () => {
    const id = await upload(await jpegWithGps(2000, 1200), "signing.jpg");
    await makeVariants(id, { number: 1, max: 5 });
    const asset = await db().mediaAsset.findUniqueOrThrow({ where: { id } });
    expect(asset).toMatchObject({ variantStatus: "READY", variantAttempts: 1, variantError: null });
    expect(asset.placeholder).toMatch(/^data:image\/webp;base64,[A-Za-z0-9+/=]{20,}$/);
    const variants = await variantsOf(id);
    expect(variants.map((v) => `${v.format} ${v.width}x${v.height}`)).toEqual([
      "AVIF 480x288",
      "WEBP 480x288",
      "AVIF 960x576",
      "JPEG 960x576",
      "WEBP 960x576",
      "AVIF 1600x960",
      "WEBP 1600x960",
    ]);
    for (const variant of variants) {
      expect(variant.key).toContain(asset.sha256);
      const bytes = await stored(variant.key);
      expect(bytes.length).toBe(variant.bytes);
      const meta = await sharp(bytes).metadata();
      expect(meta.width).toBe(variant.width);
      expect(meta.exif, `${variant.key} has no EXIF`).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(hasGpsTag(meta.exif)).toBe(false);
    }
  });

  it("never upscales: a 300-pixel image gets 300-pixel variants only", async () => {
    const small = await sharp({ create: { width: 300, height: 200, channels: 4, background: randomColour() } })
      .png()
      .toBuffer();
    const id = await upload(small, "logo.png");
    await makeVariants(id, { number: 1, max: 5 });
    expect((await variantsOf(id)).map((v) => `${v.format} ${v.width}`)).toEqual(["AVIF 300", "JPEG 300", "WEBP 300"]);
  });

  it("rasterises an SVG (never serving it as SVG) and takes a GIF's first frame", async () => {
    const svg = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="${randomColour()}"/><script>alert(1)</script></svg>`,
    );
    const svgId = await upload(svg, "logo.svg");
    await makeVariants(svgId, { number: 1, max: 5 });
    const svgVariants = await variantsOf(svgId);
    expect(svgVariants.map((v) => `${v.format} ${v.width}x${v.height}`)).toContain("WEBP 1600x800");
    expect(svgVariants.every((v) => !v.key.endsWith(".svg"))).toBe(true);

    const frames = await sharp({ create: { width: 40, height: 60, channels: 3, background: randomColour() } })
      .gif()
      .toBuffer();
    const gifId = await upload(frames, "anim.gif");
    await makeVariants(gifId, { number: 1, max: 5 });
    expect((await variantsOf(gifId)).map((v) => `${v.format} ${v.width}x${v.height}`)).toEqual([
      "AVIF 40x60",
      "JPEG 40x60",
      "WEBP 40x60",
    ]);
  });

  it("keeps the error and lets the queue retry, then marks the image FAILED after the last attempt", async () => {
    const id = await upload(await jpegWithGps(50, 40), "gone.jpg");
    const asset = await db().mediaAsset.findUniqueOrThrow({ where: { id } });
    await mediaStorage().delete(asset.originalKey);
    await expect(makeVariants(id, { number: 1, max: 3 })).rejects.toThrow(/missing from storage/);
    expect(await db().mediaAsset.findUniqueOrThrow({ where: { id } })).toMatchObject({
      variantStatus: "PENDING",
      variantAttempts: 1,
      variantError: expect.stringMatching(/missing from storage/),
    });
    await makeVariants(id, { number: 3, max: 3 });
    expect(await db().mediaAsset.findUniqueOrThrow({ where: { id } })).toMatchObject({
      variantStatus: "FAILED",
      variantAttempts: 2,
    });
  });

  it("issue 13: drops the reader cache when an image a live edition uses becomes ready or fails, not for a draft's", async () => {
    const editor = await makeUser("EDITOR");
    const live = await upload(await jpegWithGps(60, 40), "live.jpg");
    const created = await createRelease(editor, {
      ...releaseInput({ headline: uniqueHeadline("Variants live") }),
      media: [{ assetId: live, role: "LEAD", altText: "Live", caption: null, credit: null, title: null }],
    });
    await publishReviewed(created.id, created.version);
    vi.mocked(dropReaderCache).mockClear();
    await makeVariants(live, { number: 1, max: 5 });
    expect(await db().mediaAsset.findUniqueOrThrow({ where: { id: live } })).toMatchObject({ variantStatus: "READY" });
    expect(dropReaderCache).toHaveBeenCalledTimes(1);

    const draft = await upload(await jpegWithGps(60, 40), "draft.jpg");
    await createRelease(editor, {
      ...releaseInput({ headline: uniqueHeadline("Variants draft") }),
      media: [{ assetId: draft, role: "LEAD", altText: "Draft", caption: null, credit: null, title: null }],
    });
    vi.mocked(dropReaderCache).mockClear();
    await makeVariants(draft, { number: 1, max: 5 });
    expect(dropReaderCache).not.toHaveBeenCalled();

    // A live image whose conversion fails for good leaves the page too.
    const broken = await upload(await jpegWithGps(60, 40), "broken.jpg");
    const other = await createRelease(editor, {
      ...releaseInput({ headline: uniqueHeadline("Variants failed") }),
      media: [{ assetId: broken, role: "LEAD", altText: "Broken", caption: null, credit: null, title: null }],
    });
    await publishReviewed(other.id, other.version);
    await mediaStorage().delete((await db().mediaAsset.findUniqueOrThrow({ where: { id: broken } })).originalKey);
    vi.mocked(dropReaderCache).mockClear();
    await makeVariants(broken, { number: 3, max: 3 });
    expect(dropReaderCache).toHaveBeenCalledTimes(1);
  });
});
