// Issue 13: the media library (search, where a file is used, delete only when unused, replace
// everywhere). Runs against the throwaway test database.
import { createHash, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { createRelease } from "../releases";
import { getPublishedRelease, loadRelease, makeUser, publishReviewed, uniqueHeadline } from "@/test/dal";
import { releaseInput } from "@/test/factories";
import type { EditionMediaInput } from "../../validation/media";
import {
  deleteUnusedMediaAsset,
  getMediaUsages,
  replaceMediaAsset,
  retryMediaVariants,
  searchMediaAssets,
} from "./library";

async function makeAsset(kind: "IMAGE" | "ATTACHMENT", filename = kind === "IMAGE" ? "photo.jpg" : "memo.pdf") {
  const sha256 = createHash("sha256").update(randomUUID()).digest("hex");
  const user = await makeUser("WRITER");
  return db().mediaAsset.create({
    data: {
      kind,
      sha256,
      mime: kind === "IMAGE" ? "image/jpeg" : "application/pdf",
      bytes: 4321,
      filename,
      width: kind === "IMAGE" ? 1200 : null,
      height: kind === "IMAGE" ? 800 : null,
      originalKey: kind === "IMAGE" ? `originals/${sha256}.jpg` : `files/${sha256}.pdf`,
      variantStatus: kind === "IMAGE" ? "READY" : "READY",
      createdById: user.id,
      variants:
        kind === "IMAGE"
          ? {
              create: [
                { format: "WEBP", width: 480, height: 320, key: `img/${sha256}-480w-v1.webp`, bytes: 100 },
                { format: "AVIF", width: 480, height: 320, key: `img/${sha256}-480w-v1.avif`, bytes: 90 },
                { format: "WEBP", width: 960, height: 640, key: `img/${sha256}-960w-v1.webp`, bytes: 300 },
              ],
            }
          : undefined,
    },
    select: { id: true, sha256: true, originalKey: true },
  });
}

const row = (assetId: string, overrides: Partial<EditionMediaInput> = {}): EditionMediaInput => ({
  assetId,
  role: "GALLERY",
  altText: "",
  caption: null,
  credit: null,
  title: null,
  ...overrides,
});

describe("issue 13: the media library", () => {
  it("searches captions, credits, alt texts, attachment titles and file names, newest first, with thumbnail and usage", async () => {
    const word = `harbour${randomUUID().slice(0, 6)}`;
    const editor = await makeUser("EDITOR");
    const photo = await makeAsset("IMAGE");
    const pdf = await makeAsset("ATTACHMENT");
    const named = await makeAsset("IMAGE", `${word}-logo.png`);
    await createRelease(editor, {
      ...releaseInput({ headline: uniqueHeadline("Library search") }),
      media: [
        row(photo.id, { role: "LEAD", altText: `Ministers at the ${word}`, caption: "The signing" }),
        row(pdf.id, { title: `Memorandum ${word.toUpperCase()}` }),
      ],
    });

    const all = await searchMediaAssets({ q: word, take: 10 });
    expect(all.items.map((a) => a.id)).toEqual([named.id, pdf.id, photo.id]);
    const found = all.items.find((a) => a.id === photo.id)!;
    expect(found).toMatchObject({
      kind: "IMAGE",
      filename: "photo.jpg",
      width: 1200,
      height: 800,
      bytes: 4321,
      status: "READY",
      usageCount: 1,
      thumbnail: { key: `img/${photo.sha256}-480w-v1.webp`, url: `/api/media/${photo.id}/thumbnail` },
    });
    expect(found.uploadedBy?.name).toMatch(/DAL tester/);
    expect(all.items.find((a) => a.id === named.id)).toMatchObject({ usageCount: 0 });
    expect(all.items.find((a) => a.id === pdf.id)).toMatchObject({ thumbnail: null, usageCount: 1 });

    expect((await searchMediaAssets({ q: word, kind: "ATTACHMENT", take: 10 })).items.map((a) => a.id)).toEqual([
      pdf.id,
    ]);
    expect((await searchMediaAssets({ q: "The signing", take: 50 })).items.map((a) => a.id)).toContain(photo.id);
    // A wildcard typed by someone is a character, not a pattern.
    expect((await searchMediaAssets({ q: `${word.slice(0, 4)}%${word.slice(5)}`, take: 10 })).items).toEqual([]);

    // Paging: the cursor continues where the page ended, no repeats.
    const first = await searchMediaAssets({ q: word, take: 2 });
    expect(first.items.map((a) => a.id)).toEqual([named.id, pdf.id]);
    expect(first.nextCursor).not.toBeNull();
    const second = await searchMediaAssets({ q: word, take: 2, cursor: first.nextCursor! });
    expect(second.items.map((a) => a.id)).toEqual([photo.id]);
    expect(second.nextCursor).toBeNull();
  });

  it("tells where a file is used: each release with its editions, live or not", async () => {
    const editor = await makeUser("EDITOR");
    const photo = await makeAsset("IMAGE");
    const headline = uniqueHeadline("Library usage");
    const created = await createRelease(editor, {
      ...releaseInput({ headline }),
      media: [row(photo.id, { altText: "A photo" })],
    });
    await publishReviewed(created.id, created.version);
    const usages = await getMediaUsages([photo.id]);
    expect(usages.get(photo.id)).toEqual([
      expect.objectContaining({
        releaseId: created.id,
        headline,
        editions: [expect.objectContaining({ number: 1, status: "PUBLISHED", live: true })],
      }),
    ]);
    expect((await getMediaUsages([(await makeAsset("IMAGE")).id])).get("x") ?? []).toEqual([]);
  });

  it("deletes a file only when no edition uses it, and hands back its stored keys", async () => {
    const editor = await makeUser("EDITOR");
    const used = await makeAsset("IMAGE");
    await createRelease(editor, {
      ...releaseInput({ headline: uniqueHeadline("Library delete") }),
      media: [row(used.id)],
    });
    expect(await deleteUnusedMediaAsset(editor, used.id)).toEqual({ status: "in_use", releases: 1 });
    expect(await db().mediaAsset.count({ where: { id: used.id } })).toBe(1);

    const unused = await makeAsset("IMAGE");
    const deleted = await deleteUnusedMediaAsset(editor, unused.id);
    expect(deleted.status).toBe("deleted");
    if (deleted.status !== "deleted") return;
    expect(deleted.filename).toBe("photo.jpg");
    expect(deleted.keys.sort()).toEqual(
      [
        unused.originalKey,
        `img/${unused.sha256}-480w-v1.avif`,
        `img/${unused.sha256}-480w-v1.webp`,
        `img/${unused.sha256}-960w-v1.webp`,
      ].sort(),
    );
    expect(await db().mediaAsset.count({ where: { id: unused.id } })).toBe(0);
    expect(await db().mediaVariant.count({ where: { assetId: unused.id } })).toBe(0);
    expect(await db().auditEntry.count({ where: { action: "media.delete", actorId: editor.id } })).toBe(1);
    expect(await deleteUnusedMediaAsset(editor, unused.id)).toEqual({ status: "not_found" });
  });

  it("replaces a file everywhere: the live edition and the draft use the new one, the old one is left unused", async () => {
    const editor = await makeUser("EDITOR");
    const old = await makeAsset("IMAGE");
    const replacement = await makeAsset("IMAGE");
    const headline = uniqueHeadline("Library replace");
    const created = await createRelease(editor, {
      ...releaseInput({ headline }),
      media: [row(old.id, { role: "LEAD", altText: "Signing", caption: "Kept caption" })],
    });
    const version = await publishReviewed(created.id, created.version);

    const refused = await replaceMediaAsset(editor, old.id, (await makeAsset("ATTACHMENT")).id);
    expect(refused.status).toBe("kind_mismatch");
    expect(await replaceMediaAsset(editor, old.id, old.id)).toEqual({ status: "same_file" });

    const replaced = await replaceMediaAsset(editor, old.id, replacement.id);
    expect(replaced).toEqual({ status: "replaced", releaseIds: [created.id], liveChanged: true });
    const live = await getPublishedRelease((await loadRelease(created.id)).slug);
    expect(live?.media).toMatchObject([{ assetId: replacement.id, altText: "Signing", caption: "Kept caption" }]);
    // An editor's open form holds the old file: its next save is a conflict, not a silent undo.
    expect((await loadRelease(created.id)).version).toBe(version + 1);
    expect((await getMediaUsages([old.id])).get(old.id) ?? []).toEqual([]);
    expect(
      await db().auditEntry.count({ where: { action: "media.replace", releaseId: created.id, actorId: editor.id } }),
    ).toBe(1);
  });

  it("issue 13: refuses to put a not yet converted image on a live release (it would vanish from the page); a draft may take it", async () => {
    const editor = await makeUser("EDITOR");
    const old = await makeAsset("IMAGE");
    const pending = await makeAsset("IMAGE");
    await db().mediaAsset.update({ where: { id: pending.id }, data: { variantStatus: "PENDING" } });
    const created = await createRelease(editor, {
      ...releaseInput({ headline: uniqueHeadline("Library replace pending") }),
      media: [row(old.id, { role: "LEAD", altText: "Signing" })],
    });
    const version = await publishReviewed(created.id, created.version);
    expect(await replaceMediaAsset(editor, old.id, pending.id)).toEqual({ status: "not_ready" });
    expect((await getMediaUsages([old.id])).get(old.id)).toHaveLength(1);
    expect((await loadRelease(created.id)).version).toBe(version);
    await db().mediaAsset.update({ where: { id: pending.id }, data: { variantStatus: "FAILED" } });
    expect(await replaceMediaAsset(editor, old.id, pending.id)).toEqual({ status: "not_ready" });

    const draftOnly = await makeAsset("IMAGE");
    await createRelease(editor, {
      ...releaseInput({ headline: uniqueHeadline("Library replace pending draft") }),
      media: [row(draftOnly.id, { role: "LEAD", altText: "Draft" })],
    });
    expect(await replaceMediaAsset(editor, draftOnly.id, pending.id)).toMatchObject({
      status: "replaced",
      liveChanged: false,
    });
  });

  it("queues a failed image's conversion again", async () => {
    const photo = await makeAsset("IMAGE");
    await db().mediaAsset.update({
      where: { id: photo.id },
      data: { variantStatus: "FAILED", variantAttempts: 5, variantError: "boom" },
    });
    expect(await retryMediaVariants(photo.id)).toBe(true);
    expect(
      await db().mediaAsset.findUniqueOrThrow({
        where: { id: photo.id },
        select: { variantStatus: true, variantAttempts: true, variantError: true },
      }),
    ).toEqual({ variantStatus: "PENDING", variantAttempts: 0, variantError: null });
    expect(await retryMediaVariants((await makeAsset("ATTACHMENT")).id)).toBe(false);
  });
});
