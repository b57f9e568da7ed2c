// Issue 13: a revision holds the edition's media, so restoring it brings back that set; a revision
// written before media existed (no media in its snapshot) leaves the current rows alone.
import { createHash, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { createRelease, updateRelease } from "../releases";
import { listRevisions, restoreRevision } from "../revisions";
import { loadRelease, makeUser, uniqueHeadline } from "@/test/dal";
import { releaseInput } from "@/test/factories";

async function makeImage(filename: string) {
  const sha256 = createHash("sha256").update(randomUUID()).digest("hex");
  const asset = await db().mediaAsset.create({
    data: {
      kind: "IMAGE",
      sha256,
      mime: "image/jpeg",
      bytes: 1234,
      filename,
      width: 800,
      height: 600,
      originalKey: `originals/${sha256}.jpg`,
      variantStatus: "PENDING",
    },
    select: { id: true },
  });
  return asset.id;
}

const image = (assetId: string, altText: string, role: "LEAD" | "GALLERY" = "GALLERY") => ({
  assetId,
  role,
  altText,
  caption: null,
  credit: null,
  title: null,
});

describe("issue 13: media in revisions", () => {
  it("restoring a revision brings back its media set; a revision without media keeps the current one", async () => {
    const actor = await makeUser("EDITOR");
    const [a, b] = [await makeImage("podium.jpg"), await makeImage("signing.jpg")];
    const base = releaseInput({ headline: uniqueHeadline("Media history") });
    const created = await createRelease(actor, { ...base, media: [image(a, "The podium", "LEAD")] });
    const second = await updateRelease(actor, created.id, created.version, {
      ...base,
      media: [image(b, "Ministers signing")],
    });
    expect(second.status).toBe("ok");
    const revisions = await listRevisions(created.id); // newest first
    expect(revisions[0]!.snapshot.media?.map((m) => [m.filename, m.altText])).toEqual([
      ["signing.jpg", "Ministers signing"],
    ]);
    const first = revisions.at(-1)!;
    expect(first.snapshot.media?.map((m) => [m.assetId, m.role, m.altText])).toEqual([[a, "LEAD", "The podium"]]);

    const current = await loadRelease(created.id);
    const restored = await restoreRevision(actor, created.id, first.id, current.version);
    expect(restored.status).toBe("ok");
    const after = await loadRelease(created.id);
    expect(after.media.map((m) => [m.assetId, m.role, m.altText])).toEqual([[a, "LEAD", "The podium"]]);

    // An old revision (written before issue 13: no media key) restores text, keeps the media.
    const { media: _m, ...old } = first.snapshot as unknown as Record<string, unknown>;
    await db().revision.update({
      where: { id: first.id },
      data: { snapshot: JSON.parse(JSON.stringify({ ...old, headline: "Old headline" })) },
    });
    await updateRelease(actor, created.id, after.version, { ...base, media: [image(b, "Kept")] });
    const kept = await loadRelease(created.id);
    expect((await restoreRevision(actor, created.id, first.id, kept.version)).status).toBe("ok");
    const final = await loadRelease(created.id);
    expect(final.headline).toBe("Old headline");
    expect(final.media.map((m) => [m.assetId, m.altText])).toEqual([[b, "Kept"]]);
  });
});
