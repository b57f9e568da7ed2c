// Issue 13: media belong to an edition like its agreements and quotes. Runs against the throwaway test database.
import { createHash, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { createRelease, updateRelease } from "../releases";
import { getPublishedRelease, loadRelease, makeUser, publishReviewed, uniqueHeadline } from "@/test/dal";
import { releaseInput } from "@/test/factories";
import type { EditionMediaInput } from "../../validation/media";

async function makeAsset(kind: "IMAGE" | "ATTACHMENT") {
  const sha256 = createHash("sha256").update(randomUUID()).digest("hex");
  return db().mediaAsset.create({
    data: {
      kind,
      sha256,
      mime: kind === "IMAGE" ? "image/jpeg" : "application/pdf",
      bytes: 1234,
      filename: kind === "IMAGE" ? "signing.jpg" : "memorandum.pdf",
      width: kind === "IMAGE" ? 2000 : null,
      height: kind === "IMAGE" ? 1000 : null,
      originalKey: kind === "IMAGE" ? `originals/${sha256}.jpg` : `files/${sha256}.pdf`,
      variantStatus: kind === "IMAGE" ? "PENDING" : "READY",
    },
    select: { id: true, sha256: true },
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

describe("issue 13: an edition's images and attachments", () => {
  it("are saved in order with their words, kept by a save that sends no media list, and removed by an empty one", async () => {
    const actor = await makeUser("EDITOR");
    const [photo, pdf] = [await makeAsset("IMAGE"), await makeAsset("ATTACHMENT")];
    const created = await createRelease(actor, {
      ...releaseInput({ headline: uniqueHeadline("Media release") }),
      media: [
        row(photo.id, { role: "LEAD", altText: "Ministers signing", caption: "The signing", credit: "Press office" }),
        // An attachment sent as an image role still becomes an attachment: the role follows the file.
        row(pdf.id, { role: "GALLERY", title: "Signed memorandum", altText: "ignored" }),
      ],
    });
    const first = await loadRelease(created.id);
    expect(first.media).toMatchObject([
      {
        assetId: photo.id,
        kind: "IMAGE",
        role: "LEAD",
        altText: "Ministers signing",
        caption: "The signing",
        credit: "Press office",
        width: 2000,
        status: "PENDING",
        url: null,
        variants: [],
      },
      {
        assetId: pdf.id,
        kind: "ATTACHMENT",
        role: "ATTACHMENT",
        altText: "",
        title: "Signed memorandum",
        url: `/media/files/${pdf.sha256}.pdf`,
      },
    ]);

    // Today's release form sends no media list: its saves leave the media alone.
    const saved = await updateRelease(actor, created.id, created.version, releaseInput({ headline: first.headline }));
    expect(saved.status).toBe("ok");
    expect((await loadRelease(created.id)).media.map((m) => m.assetId)).toEqual([photo.id, pdf.id]);

    const emptied = await updateRelease(actor, created.id, created.version + 1, {
      ...releaseInput({ headline: first.headline }),
      media: [],
    });
    expect(emptied.status).toBe("ok");
    expect((await loadRelease(created.id)).media).toEqual([]);
  });

  it("carry over to the new edition when a published release is edited, and the live edition keeps its own", async () => {
    const actor = await makeUser("EDITOR");
    const photo = await makeAsset("IMAGE");
    const other = await makeAsset("IMAGE");
    const headline = uniqueHeadline("Published media release");
    const created = await createRelease(actor, {
      ...releaseInput({ headline }),
      media: [row(photo.id, { role: "LEAD", altText: "First photo" })],
    });
    const version = await publishReviewed(created.id, created.version);

    // A correction without a media list: the new draft edition starts with the live edition's media.
    const edited = await updateRelease(actor, created.id, version, releaseInput({ headline, summary: "Edited" }));
    expect(edited.status).toBe("ok");
    const draft = await loadRelease(created.id);
    expect(draft.editionNumber).toBe(2);
    expect(draft.media).toMatchObject([{ assetId: photo.id, altText: "First photo", role: "LEAD" }]);

    // Changing the draft's media does not touch what readers see.
    await updateRelease(actor, created.id, version + 1, {
      ...releaseInput({ headline, summary: "Edited" }),
      media: [row(other.id, { role: "LEAD", altText: "New photo" })],
    });
    expect((await loadRelease(created.id)).media.map((m) => m.assetId)).toEqual([other.id]);
    const live = await getPublishedRelease(draft.slug);
    expect(live?.media.map((m) => [m.assetId, m.altText])).toEqual([[photo.id, "First photo"]]);
  });

  it("leave out a file that no longer exists instead of failing the save", async () => {
    const actor = await makeUser("WRITER");
    const photo = await makeAsset("IMAGE");
    const created = await createRelease(actor, {
      ...releaseInput({ headline: uniqueHeadline("Missing file") }),
      media: [row("no-such-asset"), row(photo.id)],
    });
    expect((await loadRelease(created.id)).media.map((m) => [m.assetId, m.role])).toEqual([[photo.id, "GALLERY"]]);
  });
});
