// Runs against the real (throwaway, migrated and seeded) test database of test/global-setup.ts.
import { describe, it, expect } from "vitest";
import { db } from "../../db";
import { createRelease, publishEdition, transitionRelease, updateRelease } from ".";
import { TEST_OVERRIDE, releaseInput } from "@/test/factories";
import {
  getPublishedRelease,
  listPublishedReleases,
  loadRelease,
  makeUser,
  publishReviewed,
  revisionCount,
  uniqueHeadline,
} from "@/test/dal";

// ---------- publishing and unpublishing ----------

describe("publishing workflow", () => {
  it("publishes a submitted release: visible to the public, with a publication time", async () => {
    const writer = await makeUser("WRITER");
    const editor = await makeUser("EDITOR");
    const created = await createRelease(writer, releaseInput({ headline: uniqueHeadline("To be published") }));
    const before = Date.now();
    expect(
      await transitionRelease(writer, created.id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE }),
    ).toEqual({
      status: "ok",
      id: created.id,
      slug: created.slug,
      version: 2,
    });
    expect(await getPublishedRelease(created.slug)).toBeNull();
    const result = await publishEdition(editor, created.id, 2, { consistencyOverride: TEST_OVERRIDE });
    expect(result).toEqual({ status: "ok", id: created.id, slug: created.slug, version: 3 });
    const release = await getPublishedRelease(created.slug);
    expect(release?.status).toBe("PUBLISHED");
    expect(release?.publishedAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(release?.publishedAt?.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect((await listPublishedReleases(500)).some((r) => r.id === created.id)).toBe(true);
    expect(await revisionCount(created.id)).toBe(3);
    expect(
      await db().auditEntry.count({ where: { releaseId: created.id, action: "release.publish", actorId: editor.id } }),
    ).toBe(1);
  });

  it("refuses to publish a draft that was never submitted, and changes nothing", async () => {
    const actor = await makeUser("EDITOR");
    const created = await createRelease(actor, releaseInput({ headline: uniqueHeadline("Straight to print") }));
    const result = await publishEdition(actor, created.id, 1, { consistencyOverride: TEST_OVERRIDE });
    expect(result.status).toBe("refused");
    expect(result.status === "refused" && result.message).toMatch(/Submit it for review first/);
    const release = await loadRelease(created.id);
    expect(release.status).toBe("DRAFT");
    expect(release.version).toBe(1);
    expect(await getPublishedRelease(created.slug)).toBeNull();
    expect(await revisionCount(created.id)).toBe(1);
  });

  it("does not let the submitter publish their own release (two-person rule)", async () => {
    const editor = await makeUser("EDITOR");
    const created = await createRelease(editor, releaseInput({ headline: uniqueHeadline("Own work") }));
    await transitionRelease(editor, created.id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE });
    const result = await publishEdition(editor, created.id, 2, { consistencyOverride: TEST_OVERRIDE });
    expect(result.status).toBe("refused");
    expect(await getPublishedRelease(created.slug)).toBeNull();
    expect((await loadRelease(created.id)).version).toBe(2);
  });

  it("unpublishes: gone from the public pages, still there for editors, first publication time kept", async () => {
    const actor = await makeUser();
    const created = await createRelease(actor, releaseInput({ headline: uniqueHeadline("Here and gone") }));
    let version = await publishReviewed(created.id, 1);
    const firstPublishedAt = (await loadRelease(created.id)).publishedAt;
    expect(firstPublishedAt).not.toBeNull();

    expect(await transitionRelease(actor, created.id, version, { action: "unpublish" })).toMatchObject({
      status: "ok",
      version: version + 1,
    });
    version += 1;
    expect(await getPublishedRelease(created.slug)).toBeNull();
    expect((await listPublishedReleases(500)).some((r) => r.id === created.id)).toBe(false);
    const editorView = await loadRelease(created.id);
    expect(editorView.status).toBe("UNPUBLISHED");
    expect(editorView.headline).toMatch(/^Here and gone /);

    await publishReviewed(created.id, version);
    const republished = await getPublishedRelease(created.slug);
    expect(republished?.publishedAt?.getTime()).toBe(firstPublishedAt!.getTime());
  });

  it("refuses to unpublish a draft and changes nothing", async () => {
    const actor = await makeUser();
    const created = await createRelease(actor, releaseInput({ headline: uniqueHeadline("Never published") }));
    const result = await transitionRelease(actor, created.id, 1, { action: "unpublish" });
    expect(result).toEqual({ status: "refused", message: expect.stringMatching(/not published/) });
    const release = await loadRelease(created.id);
    expect(release.status).toBe("DRAFT");
    expect(release.version).toBe(1);
    expect(await revisionCount(created.id)).toBe(1);
  });

  it("refuses to publish what is already published", async () => {
    const actor = await makeUser();
    const created = await createRelease(actor, releaseInput({ headline: uniqueHeadline("Published twice") }));
    const version = await publishReviewed(created.id, 1);
    expect((await publishEdition(actor, created.id, version, { consistencyOverride: TEST_OVERRIDE })).status).toBe(
      "refused",
    );
    expect((await loadRelease(created.id)).version).toBe(version);
  });

  it("refuses a workflow step from a stale version (conflict)", async () => {
    const actor = await makeUser();
    const created = await createRelease(actor, releaseInput({ headline: uniqueHeadline("Stale submit") }));
    await updateRelease(actor, created.id, 1, releaseInput({ headline: uniqueHeadline("Edited meanwhile") }));
    expect(
      await transitionRelease(actor, created.id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE }),
    ).toEqual({ status: "conflict" });
    const release = await loadRelease(created.id);
    expect(release.status).toBe("DRAFT");
    expect(release.version).toBe(2);
  });
});
