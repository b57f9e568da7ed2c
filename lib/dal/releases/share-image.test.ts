// Issue 17: the share card drawn once when an edition goes live, stored under its content hash.
// Against the real test database and the local media storage (DATA_DIR/media).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { isPublicKey, shareImageKey } from "../../domain/media/keys";
import { releaseUrls } from "../../domain/structured-data";
import { SHARE_IMAGE_SCHEME, fittingShareImage, shareImageFit } from "../../share-image/fit";
import { mediaStorage } from "../../storage";
import { findPublicMediaFile } from "../public/media";
import { createRelease, transitionRelease, updateRelease } from ".";
import { ensureShareImage, renderStaleShareImages, retireStaleShareImages } from "./share-image";
import { createTranslation } from "./translations";
import { releaseInput } from "@/test/factories";
import { liveRelease, makeUser, publishReviewed, uniqueHeadline } from "@/test/dal";

async function published(headline = uniqueHeadline("Share card")) {
  const writer = await makeUser("WRITER");
  const created = await createRelease(writer, releaseInput({ headline }));
  const version = await publishReviewed(created.id, 1);
  return { ...created, version, writer };
}

const editionNumber = async (releaseId: string, number: number) =>
  (await db().edition.findFirstOrThrow({ where: { releaseId, number }, select: { id: true } })).id;

const cardOf = (editionId: string) =>
  db().edition.findUniqueOrThrow({ where: { id: editionId }, select: { shareImageKey: true, shareImageFit: true } });

async function storedPng(key: string): Promise<Buffer> {
  const object = await mediaStorage().get(key);
  if (!object) throw new Error(`${key} is not stored`);
  const chunks: Buffer[] = [];
  for await (const chunk of object.stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe("share card keys and fit (issue 17)", () => {
  it("a card's key is the SHA-256 of its PNG under share/, and /media/ serves only that shape", () => {
    const hash = "a".repeat(64);
    expect(shareImageKey(hash)).toBe(`share/${hash}.png`);
    expect(() => shareImageKey("not-a-hash")).toThrow();
    expect(isPublicKey(`share/${hash}.png`)).toBe(true);
    for (const key of [
      `share/${hash}.jpg`,
      `share/${hash.slice(1)}.png`,
      `share/../${hash}.png`,
      `share/${hash}.png/x`,
    ])
      expect(isPublicKey(key), key).toBe(false);
  });

  it("a card fits only the renderer version, site name and language it was drawn with", () => {
    const key = `share/${"b".repeat(64)}.png`;
    const fit = shareImageFit("az", "Pressroom");
    expect(fit).toBe(`${SHARE_IMAGE_SCHEME}|Pressroom|az`);
    expect(fittingShareImage({ shareImageKey: key, shareImageFit: fit }, "az", "Pressroom")).toBe(key);
    expect(fittingShareImage({ shareImageKey: key, shareImageFit: fit }, "ru", "Pressroom")).toBeNull();
    expect(fittingShareImage({ shareImageKey: key, shareImageFit: fit }, "az", "Another site")).toBeNull();
    expect(
      fittingShareImage({ shareImageKey: key, shareImageFit: "card-v0|Pressroom|az" }, "az", "Pressroom"),
    ).toBeNull();
    expect(fittingShareImage({ shareImageKey: null, shareImageFit: null }, "az", "Pressroom")).toBeNull();
  });

  it("the page links the stored card when there is one, else the old address", () => {
    const key = `share/${"c".repeat(64)}.png`;
    expect(releaseUrls("https://p.example", "a-b", 3, undefined, key).image).toBe(`https://p.example/media/${key}`);
    expect(releaseUrls("https://p.example", "a-b", 3).image).toBe("https://p.example/releases/a-b/share-image?v=3");
  });
});

describe("share cards stored when an edition goes live (issue 17)", () => {
  it("publishing stores a 1200×630 PNG under its hash; the public read links it and /media/ serves it", async () => {
    const made = await published();
    const release = await liveRelease(made.slug);
    const card = await cardOf(release.editionId);
    expect(card.shareImageFit).toBe(shareImageFit(release.language));
    expect(release.shareImageKey).toBe(card.shareImageKey);
    const png = await storedPng(card.shareImageKey!);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(card.shareImageKey).toBe(shareImageKey(createHash("sha256").update(png).digest("hex")));
    expect(await findPublicMediaFile(card.shareImageKey!)).toEqual({ mime: "image/png", filename: null });
  });

  it("a draft gets no card and its words never reach one; its correction going live gets a new card", async () => {
    const made = await published();
    const first = (await liveRelease(made.slug)).shareImageKey!;
    const headline = uniqueHeadline("Secret draft headline");
    const saved = await updateRelease(
      made.writer,
      made.id,
      made.version,
      releaseInput({ headline, changeNote: "A correction in the making" }),
    );
    expect(saved.status).toBe("ok");
    const draft = await db().edition.findFirstOrThrow({ where: { releaseId: made.id }, orderBy: { number: "desc" } });
    expect(await cardOf(draft.id)).toEqual({ shareImageKey: null, shareImageFit: null });
    // Asked for a card now (as the old address does), the live edition's is the answer, not the draft's.
    expect(await ensureShareImage(made.id)).toBe(first);
    expect(await cardOf(draft.id)).toEqual({ shareImageKey: null, shareImageFit: null });

    await publishReviewed(made.id, made.version + 1);
    const corrected = await liveRelease(made.slug);
    expect(corrected.editionNumber).toBe(2);
    expect(corrected.shareImageKey).not.toBe(first);
    // The superseded edition's card is no longer public, nor kept: its file is gone; the new one is served.
    expect(await findPublicMediaFile(first)).toBeNull();
    expect(await mediaStorage().get(first)).toBeNull();
    expect(await cardOf(await editionNumber(made.id, 1))).toEqual({
      shareImageKey: null,
      shareImageFit: null,
    });
    expect(await findPublicMediaFile(corrected.shareImageKey!)).not.toBeNull();
  });

  it("a correction that leaves the card's words alone keeps the one file both editions drew", async () => {
    const made = await published();
    const key = (await liveRelease(made.slug)).shareImageKey!;
    const saved = await updateRelease(
      made.writer,
      made.id,
      made.version,
      releaseInput({ headline: (await liveRelease(made.slug)).headline, changeNote: "A typo in the body" }),
    );
    expect(saved.status).toBe("ok");
    await publishReviewed(made.id, made.version + 1);
    const corrected = await liveRelease(made.slug);
    expect(corrected.editionNumber).toBe(2);
    expect(corrected.shareImageKey).toBe(key);
    expect(await mediaStorage().get(key)).not.toBeNull();
    expect(await findPublicMediaFile(key)).not.toBeNull();
  });

  it("the sweep at start-up deletes a card an earlier version left on an edition no longer live", async () => {
    const made = await published();
    const key = (await liveRelease(made.slug)).shareImageKey!;
    const editor = await makeUser("EDITOR");
    expect((await transitionRelease(editor, made.id, made.version, { action: "unpublish" })).status).toBe("ok");
    // As an earlier version left it: the key still on the unpublished edition, the file still stored.
    const edition = await editionNumber(made.id, 1);
    await mediaStorage().put(key, Buffer.from("left over"), "image/png");
    await db().$executeRaw`UPDATE "Edition" SET "shareImageKey" = ${key} WHERE id = ${edition}`;
    for (let round = 0; round < 50 && (await cardOf(edition)).shareImageKey !== null; round++)
      await retireStaleShareImages(100);
    expect(await cardOf(edition)).toEqual({ shareImageKey: null, shareImageFit: null });
    expect(await mediaStorage().get(key)).toBeNull();
  });

  it("unpublishing or withdrawing takes the card off /media/ and out of the media storage", async () => {
    for (const action of ["unpublish", "withdraw"] as const) {
      const made = await published();
      const key = (await liveRelease(made.slug)).shareImageKey!;
      expect(await findPublicMediaFile(key)).not.toBeNull();
      const editor = await makeUser("EDITOR");
      const step = action === "withdraw" ? { action, reason: "Issued in error." } : { action };
      expect((await transitionRelease(editor, made.id, made.version, step)).status).toBe("ok");
      expect(await findPublicMediaFile(key), action).toBeNull();
      expect(await mediaStorage().get(key), action).toBeNull();
      expect(await ensureShareImage(made.id), action).toBeNull();
    }
  });

  it("a translation gets its own card, public only while its original is", async () => {
    const made = await published();
    const translator = await makeUser("WRITER");
    const result = await createTranslation(translator, made.id, "ru");
    if (!result.ok) throw new Error(result.refusal);
    await publishReviewed(result.id, 1);
    const original = (await liveRelease(made.slug)).shareImageKey!;
    const translation = await liveRelease(made.slug, "ru");
    expect(translation.shareImageKey).toBeTruthy();
    expect(translation.shareImageKey).not.toBe(original);
    expect((await cardOf(translation.editionId)).shareImageFit).toBe(shareImageFit("ru"));
    const editor = await makeUser("EDITOR");
    expect((await transitionRelease(editor, made.id, made.version, { action: "unpublish" })).status).toBe("ok");
    expect(await findPublicMediaFile(translation.shareImageKey!)).toBeNull();
  });

  it("the backfill and the old address draw editions without a fitting card, once, and leave updatedAt alone", async () => {
    const made = await published();
    const release = await liveRelease(made.slug);
    const key = release.shareImageKey!;
    const before = await db().edition.findUniqueOrThrow({ where: { id: release.editionId } });
    await db().$executeRaw`
      UPDATE "Edition" SET "shareImageKey" = NULL, "shareImageFit" = NULL WHERE id = ${release.editionId}`;
    expect((await liveRelease(made.slug)).shareImageKey).toBeNull();
    expect(await findPublicMediaFile(key)).toBeNull();
    // Concurrent requests to the old address share one render, and get the same content-hashed key.
    const answers = await Promise.all([
      ensureShareImage(made.id),
      ensureShareImage(made.id),
      ensureShareImage(made.id),
    ]);
    expect(answers).toEqual([key, key, key]);

    await db().$executeRaw`UPDATE "Edition" SET "shareImageFit" = 'card-v0|old' WHERE id = ${release.editionId}`;
    expect((await liveRelease(made.slug)).shareImageKey).toBeNull();
    // Newest first, a batch at a time (other tests' releases may be waiting too).
    for (let round = 0; round < 50 && (await cardOf(release.editionId)).shareImageFit === "card-v0|old"; round++)
      await renderStaleShareImages(10);
    expect(await cardOf(release.editionId)).toEqual({ shareImageKey: key, shareImageFit: shareImageFit("en") });
    const after = await db().edition.findUniqueOrThrow({ where: { id: release.editionId } });
    expect(after.updatedAt).toEqual(before.updatedAt);
  });
});
