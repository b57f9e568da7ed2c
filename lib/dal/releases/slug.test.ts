// Runs against the real (throwaway, migrated and seeded) test database of test/global-setup.ts.
import { describe, it, expect } from "vitest";
import { slugify } from "../../domain/slug";
import { createRelease, publishEdition, transitionRelease, updateRelease } from ".";
import { TEST_OVERRIDE, releaseInput } from "@/test/factories";
import {
  findReleaseIdBySlug,
  getPublishedRelease,
  loadRelease,
  makeUser,
  publishReviewed,
  uniqueHeadline,
} from "@/test/dal";

// ---------- slugs ----------

describe("slug lifecycle", () => {
  it("follows the headline while a draft", async () => {
    const actor = await makeUser();
    const created = await createRelease(actor, releaseInput({ headline: uniqueHeadline("Working title") }));
    const renamed = uniqueHeadline("Final title");
    const result = await updateRelease(actor, created.id, 1, releaseInput({ headline: renamed }));
    expect(result).toMatchObject({ status: "ok", slug: slugify(renamed) });
    expect((await loadRelease(created.id)).slug).toBe(slugify(renamed));
    expect(await findReleaseIdBySlug(created.slug)).toBeNull();
  });

  it("keeps its -2 suffix when a duplicate-headline draft is saved unchanged", async () => {
    const actor = await makeUser();
    const title = uniqueHeadline("Twin headline");
    await createRelease(actor, releaseInput({ headline: title }));
    const twin = await createRelease(actor, releaseInput({ headline: title }));
    expect(twin.slug).toBe(`${slugify(title)}-2`);
    const saved = await updateRelease(actor, twin.id, 1, releaseInput({ headline: title, summary: "edited" }));
    expect(saved).toMatchObject({ status: "ok", slug: `${slugify(title)}-2` });
  });

  it("does not take another release's slug when renamed to its headline", async () => {
    const actor = await makeUser();
    const taken = uniqueHeadline("Taken headline");
    const holder = await createRelease(actor, releaseInput({ headline: taken }));
    const mover = await createRelease(actor, releaseInput({ headline: uniqueHeadline("Mover") }));
    const result = await updateRelease(actor, mover.id, 1, releaseInput({ headline: taken }));
    expect(result).toMatchObject({ status: "ok", slug: `${holder.slug}-2` });
  });

  it("stays stable once published (a reviewer's fix, published by a second reviewer), even when the headline changes", async () => {
    const writer = await makeUser("WRITER");
    const editor = await makeUser("EDITOR");
    const second = await makeUser("EDITOR");
    const first = uniqueHeadline("Headline at publication");
    const created = await createRelease(writer, releaseInput({ headline: uniqueHeadline("Draft headline") }));
    expect(
      await transitionRelease(writer, created.id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE }),
    ).toMatchObject({
      status: "ok",
      version: 2,
    });
    // The reviewer fixes the headline (and so becomes an author); another editor publishes it.
    expect(await updateRelease(editor, created.id, 2, releaseInput({ headline: first }))).toMatchObject({
      status: "ok",
      version: 3,
    });
    expect((await publishEdition(editor, created.id, 3, { consistencyOverride: TEST_OVERRIDE })).status).toBe(
      "refused",
    );
    const published = await publishEdition(second, created.id, 3, { consistencyOverride: TEST_OVERRIDE });
    expect(published).toMatchObject({ status: "ok", slug: slugify(first), version: 4 });
    expect((await getPublishedRelease(slugify(first)))?.headline).toBe(first);

    const corrected = uniqueHeadline("Corrected headline");
    const edited = await updateRelease(writer, created.id, 4, releaseInput({ headline: corrected }));
    expect(edited).toMatchObject({ status: "ok", slug: slugify(first), version: 5 });
    const release = await loadRelease(created.id);
    expect(release.slug).toBe(slugify(first));
    expect(release.headline).toBe(corrected);
    expect(await findReleaseIdBySlug(slugify(corrected))).toBeNull();
    // Readers keep the live edition (at the old URL) until the correction is published too.
    expect((await getPublishedRelease(slugify(first)))?.headline).toBe(first);
    await publishReviewed(created.id, 5);
    expect((await getPublishedRelease(slugify(first)))?.headline).toBe(corrected);
  });

  it("stays stable once published through review, also after unpublishing", async () => {
    const actor = await makeUser();
    const created = await createRelease(actor, releaseInput({ headline: uniqueHeadline("Publish me") }));
    const version = await publishReviewed(created.id, 1);
    expect(await transitionRelease(actor, created.id, version, { action: "unpublish" })).toMatchObject({
      status: "ok",
      slug: created.slug,
    });
    const edited = await updateRelease(
      actor,
      created.id,
      version + 1,
      releaseInput({ headline: uniqueHeadline("Renamed while unpublished") }),
    );
    expect(edited).toMatchObject({ status: "ok", slug: created.slug });
    expect((await loadRelease(created.id)).slug).toBe(created.slug);
  });
});
