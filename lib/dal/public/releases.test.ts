// Runs against the real (throwaway, migrated and seeded) test database of test/global-setup.ts.
import { describe, it, expect } from "vitest";
import { createRelease, publishEdition, transitionRelease } from "../releases";
import { TEST_OVERRIDE, releaseInput } from "@/test/factories";
import { getPublishedRelease, listPublishedReleases, makeUser, suffix, uniqueHeadline } from "@/test/dal";

const SEED_SLUG = "azerbaijan-and-china-raise-relations-to-strategic-partnership";

// ---------- public reads ----------

describe("getPublicRelease: the live edition or nothing", () => {
  it("returns null for drafts, submitted and unpublished releases, the release once published", async () => {
    const writer = await makeUser("WRITER");
    const editor = await makeUser("EDITOR");
    const created = await createRelease(writer, releaseInput({ headline: uniqueHeadline("Public or not") }));
    expect(await getPublishedRelease(created.slug)).toBeNull();
    await transitionRelease(writer, created.id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE });
    expect(await getPublishedRelease(created.slug)).toBeNull();
    await publishEdition(editor, created.id, 2, { consistencyOverride: TEST_OVERRIDE });
    expect((await getPublishedRelease(created.slug))?.id).toBe(created.id);
    await transitionRelease(editor, created.id, 3, { action: "unpublish" });
    expect(await getPublishedRelease(created.slug)).toBeNull();
  });

  it("returns null for an unknown slug", async () => {
    expect(await getPublishedRelease(`no-such-release-${suffix()}`)).toBeNull();
  });

  it("hides a release published with a future publication time (embargo)", async () => {
    const actor = await makeUser();
    const created = await createRelease(actor, releaseInput({ headline: uniqueHeadline("Embargoed") }));
    await publishEdition(actor, created.id, 1, { system: "seed" }, new Date(Date.now() + 24 * 3600_000));
    expect(await getPublishedRelease(created.slug)).toBeNull();
    expect((await listPublishedReleases(500)).some((r) => r.id === created.id)).toBe(false);
  });
});

// ---------- the seed ----------

describe("the seeded release", () => {
  it("is published with its agreements, quotes, dateline, credit and countries", async () => {
    const release = await getPublishedRelease(SEED_SLUG);
    expect(release).not.toBeNull();
    const r = release!;
    expect(r.status).toBe("PUBLISHED");
    expect(r.headline).toBe("Azerbaijan and China raise relations to strategic partnership");
    expect(r.agreements.map((a) => a.type)).toEqual([
      "JOINT_DECLARATION",
      "MEMORANDUM_OF_UNDERSTANDING",
      "MEMORANDUM_OF_UNDERSTANDING",
      "AGREEMENT",
    ]);
    expect(r.agreements[0]!.title).toBe("Joint Declaration on the Establishment of Strategic Partnership");
    expect(r.agreements[3]!.note).toBe("reciprocity at the next stage");
    expect(r.quotes).toHaveLength(2);
    expect(r.quotes.map((q) => q.speaker.name)).toEqual(["Aykhan Hajizade", "Aykhan Hajizade"]);
    expect(r.quotes[0]!.text).toMatch(/^During the meeting, the heads of state/);
    expect(r.quotes[1]!.text).toMatch(/^We are sure that the Azerbaijan-China strategic partnership/);
    expect(r.quotes[0]!.speakerRole).toBe("Press Secretary");
    expect(r.datelineAt.toISOString()).toBe("2024-07-04T05:00:00.000Z");
    expect(r.datelineOffsetMinutes).toBe(240);
    expect(r.publishedAt?.toISOString()).toBe("2024-07-04T05:00:00.000Z");
    expect(r.sourceCredit).toBe("Azernews");
    expect(r.countries).toEqual(["AZ", "CN"]);
    expect(r.issuer).toBe("Ministry of Foreign Affairs of the Republic of Azerbaijan");
    expect(r.body).toMatch(/^The traditional friendly and cooperative relations/);
    expect(r.body).not.toMatch(/^4 July 2024/);
  });

  it("is listed publicly", async () => {
    const list = await listPublishedReleases(500);
    expect(list.some((item) => item.slug === SEED_SLUG)).toBe(true);
  });
});
