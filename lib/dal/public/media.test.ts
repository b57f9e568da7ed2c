// Issue 13: a media file is public exactly while a live edition of a public release uses it.
import { createHash, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { createRelease, transitionRelease, updateRelease } from "../releases";
import { loadRelease, makeUser, publishReviewed, uniqueHeadline } from "@/test/dal";
import { releaseInput } from "@/test/factories";
import { findPublicMediaFile } from "./media";
import { loadSummaries } from "./summaries";

async function imageWithVariant() {
  const sha256 = createHash("sha256").update(randomUUID()).digest("hex");
  const asset = await db().mediaAsset.create({
    data: {
      kind: "IMAGE",
      sha256,
      mime: "image/jpeg",
      bytes: 100,
      filename: "photo.jpg",
      width: 1000,
      height: 500,
      originalKey: `originals/${sha256}.jpg`,
      variantStatus: "READY",
      variants: { create: { format: "AVIF", width: 960, height: 480, key: `img/${sha256}-960w-v1.avif`, bytes: 50 } },
    },
  });
  return { id: asset.id, variantKey: `img/${sha256}-960w-v1.avif`, originalKey: asset.originalKey };
}

async function pdf() {
  const sha256 = createHash("sha256").update(randomUUID()).digest("hex");
  const asset = await db().mediaAsset.create({
    data: {
      kind: "ATTACHMENT",
      sha256,
      mime: "application/pdf",
      bytes: 100,
      filename: "memo.pdf",
      originalKey: `files/${sha256}.pdf`,
      variantStatus: "READY",
    },
  });
  return { id: asset.id, key: asset.originalKey };
}

const media = (image: string, attachment: string) => [
  { assetId: image, role: "LEAD" as const, altText: "Photo", caption: null, credit: null, title: null },
  { assetId: attachment, role: "ATTACHMENT" as const, altText: "", caption: null, credit: null, title: "Memo" },
];

describe("issue 13: which media files readers may fetch", () => {
  it("none of a draft, those of the live edition once published (not a newer draft's), none after unpublishing", async () => {
    const actor = await makeUser("EDITOR");
    const [image, attachment, later] = [await imageWithVariant(), await pdf(), await imageWithVariant()];
    const headline = uniqueHeadline("Media visibility");
    const created = await createRelease(actor, {
      ...releaseInput({ headline }),
      media: media(image.id, attachment.id),
    });
    expect(await findPublicMediaFile(image.variantKey)).toBeNull();
    expect(await findPublicMediaFile(attachment.key)).toBeNull();

    const version = await publishReviewed(created.id, created.version);
    expect(await findPublicMediaFile(image.variantKey)).toEqual({ mime: "image/avif", filename: null });
    expect(await findPublicMediaFile(attachment.key)).toEqual({ mime: "application/pdf", filename: "memo.pdf" });
    expect(await findPublicMediaFile(image.originalKey), "an image's original is never public").toBeNull();

    // A correction in progress adds a photo: not public until that edition goes live.
    await updateRelease(actor, created.id, version, {
      ...releaseInput({ headline }),
      media: media(later.id, attachment.id),
    });
    expect(await findPublicMediaFile(later.variantKey)).toBeNull();
    expect(await findPublicMediaFile(image.variantKey)).not.toBeNull();

    const editor = await makeUser("EDITOR");
    const current = await loadRelease(created.id);
    expect(await transitionRelease(editor, created.id, current.version, { action: "unpublish" })).toMatchObject({
      status: "ok",
    });
    expect(await findPublicMediaFile(image.variantKey)).toBeNull();
    expect(await findPublicMediaFile(attachment.key)).toBeNull();
  });
});

describe("issue 13: a list's image", () => {
  it("is the live edition's lead image with its variants, small (no placeholder); a draft's photo never shows", async () => {
    const actor = await makeUser("EDITOR");
    const [image, attachment, later] = [await imageWithVariant(), await pdf(), await imageWithVariant()];
    const headline = uniqueHeadline("List image");
    const created = await createRelease(actor, {
      ...releaseInput({ headline }),
      media: media(image.id, attachment.id),
    });
    expect(await loadSummaries([created.id], null, new Date())).toEqual([]);
    const version = await publishReviewed(created.id, created.version);
    await updateRelease(actor, created.id, version, {
      ...releaseInput({ headline }),
      media: media(later.id, attachment.id),
    });

    const [summary] = await loadSummaries([created.id], null, new Date());
    expect(summary?.headline).toBe(headline);
    expect(summary?.image).toMatchObject({
      assetId: image.id,
      role: "LEAD",
      altText: "Photo",
      width: 1000,
      height: 500,
      placeholder: null,
      variants: [{ format: "avif", width: 960, height: 480, url: `/media/${image.variantKey}`, bytes: 50 }],
    });
  });
});
