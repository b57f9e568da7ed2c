// Issue 13: the media check lists files without rows and rows without files.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { localStorage } from "../storage/local";
import { checkMedia } from "./check";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("issue 13: npm run media:check", () => {
  it("reports stored files no row names and rows whose file is gone, and nothing when both match", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pressroom-media-check-"));
    dirs.push(dir);
    const storage = localStorage(dir);
    await storage.put("originals/a.jpg", Buffer.from("a"), "image/jpeg");
    await storage.put("img/a-480w-v1.avif", Buffer.from("b"), "image/avif");
    await storage.put("files/stray.pdf", Buffer.from("c"), "application/pdf");

    const result = await checkMedia(storage, new Set(["originals/a.jpg", "img/a-480w-v1.avif", "img/a-960w-v1.avif"]));
    expect(result).toEqual({
      filesWithoutRows: ["files/stray.pdf"],
      rowsWithoutFiles: ["img/a-960w-v1.avif"],
      storedCount: 3,
      knownCount: 3,
    });
    await storage.delete("files/stray.pdf");
    expect(await checkMedia(storage, new Set(["originals/a.jpg", "img/a-480w-v1.avif"]))).toMatchObject({
      filesWithoutRows: [],
      rowsWithoutFiles: [],
    });
  });
});
