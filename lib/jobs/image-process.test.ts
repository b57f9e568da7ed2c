// The variant job's pixel work in a child process (lib/jobs/image-worker.mjs).
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { processImage, readImageHeader } from "./image-process";

const open = { limitInputPixels: 40_000_000, pages: 1, failOn: "error" as const };
const dirs: string[] = [];
async function workDir() {
  const dir = await mkdtemp(path.join(tmpdir(), "pressroom-image-process-"));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("issue 17: image work in a process of its own", () => {
  it("writes each variant where asked, in its format and width, and answers their sizes and a placeholder", async () => {
    const dir = await workDir();
    const source = path.join(dir, "original");
    await writeFile(
      source,
      await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#3a6" } })
        .jpeg()
        .toBuffer(),
    );
    const tasks = [
      { format: "webp" as const, width: 480, out: path.join(dir, "a") },
      { format: "jpeg" as const, width: 960, out: path.join(dir, "b") },
    ];
    const result = await processImage(source, open, tasks);
    expect(result.made.map((m) => [m.width, m.height])).toEqual([
      [480, 320],
      [960, 640],
    ]);
    const webp = await readFile(tasks[0]!.out);
    expect(result.made[0]!.bytes).toBe(webp.length);
    expect((await sharp(webp).metadata()).format).toBe("webp");
    expect((await sharp(await readFile(tasks[1]!.out)).metadata()).format).toBe("jpeg");
    expect((await sharp(Buffer.from(result.placeholder, "base64")).metadata()).width).toBe(16);
  });

  it("a file that is not an image fails with the image library's own message", async () => {
    const dir = await workDir();
    const source = path.join(dir, "original");
    await writeFile(source, "not an image at all");
    await expect(
      processImage(source, open, [{ format: "webp", width: 480, out: path.join(dir, "a") }]),
    ).rejects.toThrow(/unsupported image format/i);
  });

  it("reads an upload's header there too: its size and EXIF orientation, without decoding it", async () => {
    const dir = await workDir();
    const source = path.join(dir, "upright");
    await writeFile(
      source,
      await sharp({ create: { width: 640, height: 480, channels: 3, background: "#36a" } })
        .jpeg()
        .withMetadata({ orientation: 6 })
        .toBuffer(),
    );
    expect(await readImageHeader(source)).toEqual({ width: 640, height: 480, orientation: 6 });
    const broken = path.join(dir, "broken");
    await writeFile(broken, "not an image at all");
    await expect(readImageHeader(broken)).rejects.toThrow(/unsupported image format/i);
  });
});
