// Runs against the real (throwaway, migrated and seeded) test database of test/global-setup.ts.
import { describe, it, expect } from "vitest";
import { randomUUID } from "node:crypto";
import type { Role } from "@prisma/client";
import { db } from "../db";
import { slugify } from "../domain/slug";
import {
  createRelease,
  findReleaseIdBySlug,
  getReleaseForEditor,
  listReleasesForEditors,
  publishEdition,
  transitionRelease,
  updateRelease,
  type ReleaseDTO,
} from "./releases";
import { getPublicPerson } from "./public/people";
import { getPublishedRelease, listPublishedReleases } from "./public/releases";
import type { SessionUser } from "./users";
import { TEST_OVERRIDE, agreementRow, quoteRow, releaseInput } from "@/test/factories";

const SEED_SLUG = "azerbaijan-and-china-raise-relations-to-strategic-partnership";

// ---------- helpers ----------

const suffix = () => randomUUID().slice(0, 8);

async function makeUser(role: Role = "EDITOR"): Promise<SessionUser> {
  const tag = randomUUID();
  return db().user.create({
    data: {
      email: `dal-test-${tag}@pressroom.test`,
      name: `DAL tester ${tag.slice(0, 8)}`,
      role,
      passwordHash: "not-a-real-hash",
    },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** A headline no other test (or run) uses, so slugs never collide by accident. */
const headline = (text: string) => `${text} ${suffix()}`;

async function load(id: string): Promise<ReleaseDTO> {
  const release = await getReleaseForEditor(id);
  if (!release) throw new Error(`release ${id} not found`);
  return release;
}

const revisionCount = (releaseId: string) => db().revision.count({ where: { releaseId } });

/** The review workflow: a writer submits, a second person (an editor) publishes. Returns the new version. */
async function publishReviewed(id: string, version: number): Promise<number> {
  const writer = await makeUser("WRITER");
  const editor = await makeUser("EDITOR");
  expect(
    await transitionRelease(writer, id, version, { action: "submit", consistencyOverride: TEST_OVERRIDE }),
  ).toMatchObject({
    status: "ok",
    version: version + 1,
  });
  expect(await publishEdition(editor, id, version + 1, { consistencyOverride: TEST_OVERRIDE })).toMatchObject({
    status: "ok",
    version: version + 2,
  });
  return version + 2;
}

// ---------- create ----------

describe("createRelease", () => {
  it("stores a draft with a slug from the headline, children in order and one revision", async () => {
    const actor = await makeUser("WRITER");
    const title = headline("Azerbaijan & Georgia sign rail transit deal");
    const speaker = `Speaker ${suffix()}`;
    const result = await createRelease(
      actor,
      releaseInput({
        headline: title,
        agreements: [
          agreementRow({
            title: "First agreement",
            type: "JOINT_DECLARATION",
            parties: "Republic of Azerbaijan\nGeorgia",
            signedOn: "2024-09-12",
            note: "signed in Tbilisi",
          }),
          agreementRow({ title: "Second agreement", type: "MEMORANDUM_OF_UNDERSTANDING" }),
          agreementRow({ title: "Third agreement", type: "PROTOCOL" }),
        ],
        quotes: [
          quoteRow({ speaker, text: "First quote", speakerRole: "Minister" }),
          quoteRow({ speaker: "Other " + speaker, text: "Second quote" }),
        ],
      }),
    );

    expect(result.status).toBe("ok");
    expect(result.slug).toBe(slugify(title));
    expect(result.slug).toMatch(/^azerbaijan-georgia-sign-rail-transit-deal-[0-9a-f]{8}$/);
    expect(result.version).toBe(1);

    const release = await load(result.id);
    expect(release.status).toBe("DRAFT");
    expect(release.publishedAt).toBeNull();
    expect(release.headline).toBe(title);
    expect(release.datelineAt.toISOString()).toBe("2024-09-12T10:30:00.000Z");
    expect(release.datelineOffsetMinutes).toBe(240);
    expect(release.updatedByName).toBe(actor.name);
    expect(release.agreements).toEqual([
      {
        type: "JOINT_DECLARATION",
        title: "First agreement",
        parties: ["Republic of Azerbaijan", "Georgia"],
        signedOn: "2024-09-12",
        note: "signed in Tbilisi",
      },
      {
        type: "MEMORANDUM_OF_UNDERSTANDING",
        title: "Second agreement",
        parties: ["Party A", "Party B"],
        signedOn: null,
        note: null,
      },
      { type: "PROTOCOL", title: "Third agreement", parties: ["Party A", "Party B"], signedOn: null, note: null },
    ]);
    expect(release.quotes.map((q) => [q.speaker.name, q.text])).toEqual([
      [speaker, "First quote"],
      [`Other ${speaker}`, "Second quote"],
    ]);
    expect(release.quotes[0]!.speakerRole).toBe("Minister");
    expect(await revisionCount(result.id)).toBe(1);
    expect(
      await db().auditEntry.count({ where: { releaseId: result.id, action: "release.create", actorId: actor.id } }),
    ).toBe(1);
  });

  it("lists a new draft for editors but not for the public", async () => {
    const actor = await makeUser();
    const { id, slug } = await createRelease(actor, releaseInput({ headline: headline("Draft only") }));
    expect((await listReleasesForEditors()).some((r) => r.id === id)).toBe(true);
    expect((await listPublishedReleases(500)).some((r) => r.id === id)).toBe(false);
    expect(await getPublishedRelease(slug)).toBeNull();
    expect(await findReleaseIdBySlug(slug)).toBe(id);
  });

  it("gives a second release with the same headline the slug x-2, a third x-3", async () => {
    const actor = await makeUser();
    const title = headline("Same headline twice");
    const base = slugify(title);
    const first = await createRelease(actor, releaseInput({ headline: title }));
    const second = await createRelease(actor, releaseInput({ headline: title }));
    const third = await createRelease(actor, releaseInput({ headline: title }));
    expect(first.slug).toBe(base);
    expect(second.slug).toBe(`${base}-2`);
    expect(third.slug).toBe(`${base}-3`);
    expect(new Set([first.id, second.id, third.id]).size).toBe(3);
  });

  it("publishes a new draft as the system (the seed's path), with the given publication instant", async () => {
    const actor = await makeUser();
    const publishedAt = new Date("2024-09-12T10:30:00Z");
    const { id, slug } = await createRelease(actor, releaseInput({ headline: headline("Published at once") }));
    expect(await publishEdition(actor, id, 1, { system: "seed" }, publishedAt)).toMatchObject({ status: "ok" });
    const release = await getPublishedRelease(slug);
    expect(release?.id).toBe(id);
    expect(release?.status).toBe("PUBLISHED");
    expect(release?.publishedAt?.toISOString()).toBe(publishedAt.toISOString());
  });
});

// ---------- update ----------

describe("updateRelease", () => {
  it("saves with the current version: version + 1, fields changed, children replaced, a new revision", async () => {
    const actor = await makeUser();
    const created = await createRelease(
      actor,
      releaseInput({
        headline: headline("Before the edit"),
        agreements: [
          agreementRow({ title: "Old one" }),
          agreementRow({ title: "Old two" }),
          agreementRow({ title: "Old three" }),
        ],
        quotes: [quoteRow({ speaker: `Old speaker ${suffix()}`, text: "Old quote" })],
      }),
    );
    const newSpeaker = `New speaker ${suffix()}`;
    const result = await updateRelease(
      actor,
      created.id,
      1,
      releaseInput({
        headline: headline("After the edit"),
        summary: "New summary",
        utcOffset: "-05:00",
        time: "08:00",
        agreements: [agreementRow({ title: "New B", type: "TREATY" }), agreementRow({ title: "New A" })],
        quotes: [
          quoteRow({ speaker: newSpeaker, text: "New quote 1" }),
          quoteRow({ speaker: newSpeaker, text: "New quote 2" }),
        ],
      }),
    );
    expect(result).toMatchObject({ status: "ok", id: created.id, version: 2 });

    const release = await load(created.id);
    expect(release.version).toBe(2);
    expect(release.headline).toMatch(/^After the edit /);
    expect(release.summary).toBe("New summary");
    expect(release.datelineAt.toISOString()).toBe("2024-09-12T13:00:00.000Z");
    expect(release.datelineOffsetMinutes).toBe(-300);
    expect(release.agreements.map((a) => [a.type, a.title])).toEqual([
      ["TREATY", "New B"],
      ["AGREEMENT", "New A"],
    ]);
    expect(release.quotes.map((q) => [q.speaker.name, q.text])).toEqual([
      [newSpeaker, "New quote 1"],
      [newSpeaker, "New quote 2"],
    ]);
    // The same new speaker twice in one release is one person, not two.
    expect(await db().person.count({ where: { name: newSpeaker } })).toBe(1);
    expect(await revisionCount(created.id)).toBe(2);
    const latest = await db().revision.findFirst({ where: { releaseId: created.id }, orderBy: { version: "desc" } });
    expect(latest?.version).toBe(2);
    expect((latest?.snapshot as { headline?: string }).headline).toBe(release.headline);
  });

  it("can remove every agreement and quote", async () => {
    const actor = await makeUser();
    const created = await createRelease(
      actor,
      releaseInput({
        headline: headline("With children"),
        agreements: [agreementRow({ title: "A" })],
        quotes: [quoteRow({ speaker: `S ${suffix()}`, text: "Q" })],
      }),
    );
    const result = await updateRelease(actor, created.id, 1, releaseInput({ headline: headline("Without children") }));
    expect(result.status).toBe("ok");
    const release = await load(created.id);
    expect(release.agreements).toEqual([]);
    expect(release.quotes).toEqual([]);
  });

  it("refuses a save from a stale version and changes nothing", async () => {
    const actor = await makeUser();
    const original = headline("Original headline");
    const created = await createRelease(
      actor,
      releaseInput({ headline: original, agreements: [agreementRow({ title: "Kept agreement" })] }),
    );
    const first = await updateRelease(
      actor,
      created.id,
      1,
      releaseInput({ headline: original, agreements: [agreementRow({ title: "Saved agreement" })] }),
    );
    expect(first.status).toBe("ok");
    const before = await load(created.id);

    // Someone still holding version 1 saves over it.
    const stale = await updateRelease(
      actor,
      created.id,
      1,
      releaseInput({
        headline: headline("Overwriting headline"),
        agreements: [agreementRow({ title: "Lost 1" }), agreementRow({ title: "Lost 2" })],
        quotes: [quoteRow({ speaker: `Lost ${suffix()}`, text: "x" })],
      }),
    );
    expect(stale).toEqual({ status: "conflict" });

    const after = await load(created.id);
    expect(after.headline).toBe(original);
    expect(after.slug).toBe(before.slug);
    expect(after.version).toBe(2);
    expect(after.agreements.map((a) => a.title)).toEqual(["Saved agreement"]);
    expect(after.quotes).toEqual([]);
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
    expect(await revisionCount(created.id)).toBe(2);
    expect(await db().auditEntry.count({ where: { releaseId: created.id, action: "release.save" } })).toBe(1);
  });

  it("refuses a save from a version ahead of the stored one", async () => {
    const actor = await makeUser();
    const created = await createRelease(actor, releaseInput({ headline: headline("Future version") }));
    expect(await updateRelease(actor, created.id, 2, releaseInput({ headline: headline("Nope") }))).toEqual({
      status: "conflict",
    });
    expect((await load(created.id)).version).toBe(1);
  });

  it("lets exactly one of two concurrent saves from the same version win", async () => {
    const actor = await makeUser();
    const other = await makeUser();
    const created = await createRelease(actor, releaseInput({ headline: headline("Race start") }));
    const titleA = headline("Race A");
    const titleB = headline("Race B");
    const results = await Promise.all([
      updateRelease(
        actor,
        created.id,
        1,
        releaseInput({ headline: titleA, agreements: [agreementRow({ title: "From A" })] }),
      ),
      updateRelease(
        other,
        created.id,
        1,
        releaseInput({
          headline: titleB,
          agreements: [agreementRow({ title: "From B 1" }), agreementRow({ title: "From B 2" })],
        }),
      ),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual(["conflict", "ok"]);

    const winner = results[0]!.status === "ok" ? "A" : "B";
    const release = await load(created.id);
    expect(release.version).toBe(2);
    // The stored release is entirely the winner's: no mix of the two saves.
    expect(release.headline).toBe(winner === "A" ? titleA : titleB);
    expect(release.agreements.map((a) => a.title)).toEqual(winner === "A" ? ["From A"] : ["From B 1", "From B 2"]);
    expect(release.updatedByName).toBe(winner === "A" ? actor.name : other.name);
    expect(await revisionCount(created.id)).toBe(2);
  });

  it("answers not_found for an unknown id", async () => {
    const actor = await makeUser();
    expect(
      await updateRelease(actor, `missing-${randomUUID()}`, 1, releaseInput({ headline: headline("Ghost") })),
    ).toEqual({
      status: "not_found",
    });
    expect(
      await transitionRelease(actor, `missing-${randomUUID()}`, 1, {
        action: "submit",
        consistencyOverride: TEST_OVERRIDE,
      }),
    ).toEqual({
      status: "not_found",
    });
    expect(await getReleaseForEditor(`missing-${randomUUID()}`)).toBeNull();
  });
});

// ---------- slugs ----------

describe("slug lifecycle", () => {
  it("follows the headline while a draft", async () => {
    const actor = await makeUser();
    const created = await createRelease(actor, releaseInput({ headline: headline("Working title") }));
    const renamed = headline("Final title");
    const result = await updateRelease(actor, created.id, 1, releaseInput({ headline: renamed }));
    expect(result).toMatchObject({ status: "ok", slug: slugify(renamed) });
    expect((await load(created.id)).slug).toBe(slugify(renamed));
    expect(await findReleaseIdBySlug(created.slug)).toBeNull();
  });

  it("keeps its -2 suffix when a duplicate-headline draft is saved unchanged", async () => {
    const actor = await makeUser();
    const title = headline("Twin headline");
    await createRelease(actor, releaseInput({ headline: title }));
    const twin = await createRelease(actor, releaseInput({ headline: title }));
    expect(twin.slug).toBe(`${slugify(title)}-2`);
    const saved = await updateRelease(actor, twin.id, 1, releaseInput({ headline: title, summary: "edited" }));
    expect(saved).toMatchObject({ status: "ok", slug: `${slugify(title)}-2` });
  });

  it("does not take another release's slug when renamed to its headline", async () => {
    const actor = await makeUser();
    const taken = headline("Taken headline");
    const holder = await createRelease(actor, releaseInput({ headline: taken }));
    const mover = await createRelease(actor, releaseInput({ headline: headline("Mover") }));
    const result = await updateRelease(actor, mover.id, 1, releaseInput({ headline: taken }));
    expect(result).toMatchObject({ status: "ok", slug: `${holder.slug}-2` });
  });

  it("stays stable once published (a reviewer's fix, published by a second reviewer), even when the headline changes", async () => {
    const writer = await makeUser("WRITER");
    const editor = await makeUser("EDITOR");
    const second = await makeUser("EDITOR");
    const first = headline("Headline at publication");
    const created = await createRelease(writer, releaseInput({ headline: headline("Draft headline") }));
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

    const corrected = headline("Corrected headline");
    const edited = await updateRelease(writer, created.id, 4, releaseInput({ headline: corrected }));
    expect(edited).toMatchObject({ status: "ok", slug: slugify(first), version: 5 });
    const release = await load(created.id);
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
    const created = await createRelease(actor, releaseInput({ headline: headline("Publish me") }));
    const version = await publishReviewed(created.id, 1);
    expect(await transitionRelease(actor, created.id, version, { action: "unpublish" })).toMatchObject({
      status: "ok",
      slug: created.slug,
    });
    const edited = await updateRelease(
      actor,
      created.id,
      version + 1,
      releaseInput({ headline: headline("Renamed while unpublished") }),
    );
    expect(edited).toMatchObject({ status: "ok", slug: created.slug });
    expect((await load(created.id)).slug).toBe(created.slug);
  });
});

// ---------- publishing and unpublishing ----------

describe("publishing workflow", () => {
  it("publishes a submitted release: visible to the public, with a publication time", async () => {
    const writer = await makeUser("WRITER");
    const editor = await makeUser("EDITOR");
    const created = await createRelease(writer, releaseInput({ headline: headline("To be published") }));
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
    const created = await createRelease(actor, releaseInput({ headline: headline("Straight to print") }));
    const result = await publishEdition(actor, created.id, 1, { consistencyOverride: TEST_OVERRIDE });
    expect(result.status).toBe("refused");
    expect(result.status === "refused" && result.message).toMatch(/Submit it for review first/);
    const release = await load(created.id);
    expect(release.status).toBe("DRAFT");
    expect(release.version).toBe(1);
    expect(await getPublishedRelease(created.slug)).toBeNull();
    expect(await revisionCount(created.id)).toBe(1);
  });

  it("does not let the submitter publish their own release (two-person rule)", async () => {
    const editor = await makeUser("EDITOR");
    const created = await createRelease(editor, releaseInput({ headline: headline("Own work") }));
    await transitionRelease(editor, created.id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE });
    const result = await publishEdition(editor, created.id, 2, { consistencyOverride: TEST_OVERRIDE });
    expect(result.status).toBe("refused");
    expect(await getPublishedRelease(created.slug)).toBeNull();
    expect((await load(created.id)).version).toBe(2);
  });

  it("unpublishes: gone from the public pages, still there for editors, first publication time kept", async () => {
    const actor = await makeUser();
    const created = await createRelease(actor, releaseInput({ headline: headline("Here and gone") }));
    let version = await publishReviewed(created.id, 1);
    const firstPublishedAt = (await load(created.id)).publishedAt;
    expect(firstPublishedAt).not.toBeNull();

    expect(await transitionRelease(actor, created.id, version, { action: "unpublish" })).toMatchObject({
      status: "ok",
      version: version + 1,
    });
    version += 1;
    expect(await getPublishedRelease(created.slug)).toBeNull();
    expect((await listPublishedReleases(500)).some((r) => r.id === created.id)).toBe(false);
    const editorView = await load(created.id);
    expect(editorView.status).toBe("UNPUBLISHED");
    expect(editorView.headline).toMatch(/^Here and gone /);

    await publishReviewed(created.id, version);
    const republished = await getPublishedRelease(created.slug);
    expect(republished?.publishedAt?.getTime()).toBe(firstPublishedAt!.getTime());
  });

  it("refuses to unpublish a draft and changes nothing", async () => {
    const actor = await makeUser();
    const created = await createRelease(actor, releaseInput({ headline: headline("Never published") }));
    const result = await transitionRelease(actor, created.id, 1, { action: "unpublish" });
    expect(result).toEqual({ status: "refused", message: expect.stringMatching(/not published/) });
    const release = await load(created.id);
    expect(release.status).toBe("DRAFT");
    expect(release.version).toBe(1);
    expect(await revisionCount(created.id)).toBe(1);
  });

  it("refuses to publish what is already published", async () => {
    const actor = await makeUser();
    const created = await createRelease(actor, releaseInput({ headline: headline("Published twice") }));
    const version = await publishReviewed(created.id, 1);
    expect((await publishEdition(actor, created.id, version, { consistencyOverride: TEST_OVERRIDE })).status).toBe(
      "refused",
    );
    expect((await load(created.id)).version).toBe(version);
  });

  it("refuses a workflow step from a stale version (conflict)", async () => {
    const actor = await makeUser();
    const created = await createRelease(actor, releaseInput({ headline: headline("Stale submit") }));
    await updateRelease(actor, created.id, 1, releaseInput({ headline: headline("Edited meanwhile") }));
    expect(
      await transitionRelease(actor, created.id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE }),
    ).toEqual({ status: "conflict" });
    const release = await load(created.id);
    expect(release.status).toBe("DRAFT");
    expect(release.version).toBe(2);
  });
});

// ---------- public reads ----------

describe("getPublishedRelease", () => {
  it("returns null for drafts, submitted and unpublished releases, the release once published", async () => {
    const writer = await makeUser("WRITER");
    const editor = await makeUser("EDITOR");
    const created = await createRelease(writer, releaseInput({ headline: headline("Public or not") }));
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
    const created = await createRelease(actor, releaseInput({ headline: headline("Embargoed") }));
    await publishEdition(actor, created.id, 1, { system: "seed" }, new Date(Date.now() + 24 * 3600_000));
    expect(await getPublishedRelease(created.slug)).toBeNull();
    expect((await listPublishedReleases(500)).some((r) => r.id === created.id)).toBe(false);
  });
});

// ---------- people ----------

describe("speakers", () => {
  async function hajizade() {
    const people = await db().person.findMany({ where: { name: "Aykhan Hajizade" } });
    expect(people).toHaveLength(1);
    return people[0]!;
  }

  it("attaches a quote to the seeded person by alias, case-insensitively", async () => {
    const person = await hajizade();
    expect(person.aliases).toEqual(expect.arrayContaining(["A. Hajizade", "A. Hajizadeh"]));
    const peopleBefore = await db().person.count();

    const actor = await makeUser();
    const created = await createRelease(
      actor,
      releaseInput({
        headline: headline("Spokesperson comments"),
        quotes: [
          quoteRow({ speaker: "a. hajizadeh", text: "By alias" }),
          quoteRow({ speaker: "AYKHAN HAJIZADE", text: "By name" }),
          quoteRow({ speaker: "A. Hajizade", text: "By other alias" }),
        ],
      }),
    );

    const release = await load(created.id);
    expect(release.quotes.map((q) => [q.speaker.slug, q.speaker.name, q.text])).toEqual([
      [person.slug, "Aykhan Hajizade", "By alias"],
      [person.slug, "Aykhan Hajizade", "By name"],
      [person.slug, "Aykhan Hajizade", "By other alias"],
    ]);
    expect(await db().person.count()).toBe(peopleBefore);
    expect(await db().person.count({ where: { name: { equals: "a. hajizadeh", mode: "insensitive" } } })).toBe(0);

    // A quote without a role shows none: the Person's role in another release is not this one's.
    expect(release.quotes[0]!.speakerRole).toBeNull();
    await hajizade();
  });

  it("creates a person for an unknown speaker and reuses it in the next release", async () => {
    const actor = await makeUser();
    const name = `Jane Newcomer ${suffix()}`;
    const first = await createRelease(
      actor,
      releaseInput({
        headline: headline("Newcomer speaks"),
        quotes: [quoteRow({ speaker: name, text: "Hello", speakerRole: "Envoy" })],
      }),
    );
    const second = await createRelease(
      actor,
      releaseInput({
        headline: headline("Newcomer again"),
        quotes: [quoteRow({ speaker: name.toUpperCase(), text: "Again" })],
      }),
    );
    const people = await db().person.findMany({ where: { name: { equals: name, mode: "insensitive" } } });
    expect(people).toHaveLength(1);
    expect(people[0]!.slug).toBe(slugify(name));
    expect((await load(first.id)).quotes[0]!.speakerRole).toBe("Envoy");
    expect((await load(second.id)).quotes[0]!.speakerRole).toBeNull();
    expect((await load(first.id)).quotes[0]!.speaker.slug).toBe(people[0]!.slug);
    expect((await load(second.id)).quotes[0]!.speaker.name).toBe(name);
  });
});

describe("issue 11.2: drafts and public speakers", () => {
  it("a role and organisation given only in a draft reach neither the live release nor the person", async () => {
    const actor = await makeUser("EDITOR");
    const speaker = `Rashad Quliyev ${suffix()}`;
    const created = await createRelease(
      actor,
      releaseInput({
        headline: headline("Published without a role"),
        quotes: [quoteRow({ speaker, text: "We will keep building." })],
      }),
    );
    const version = await publishReviewed(created.id, created.version);
    const { slug } = await load(created.id);

    // A draft edition of the live release, and a new draft release, give the speaker a role.
    const secret = { speakerRole: "Secret envoy", speakerOrganisation: "Secret office" };
    const draft = releaseInput({
      headline: headline("Published without a role"),
      quotes: [quoteRow({ speaker, text: "We will keep building.", ...secret })],
    });
    expect(await updateRelease(actor, created.id, version, draft)).toMatchObject({ status: "ok" });
    await createRelease(
      actor,
      releaseInput({
        headline: headline("Unpublished plans"),
        quotes: [quoteRow({ speaker, text: "Soon.", ...secret })],
      }),
    );

    const live = (await getPublishedRelease(slug))!;
    expect(live.quotes[0]).toMatchObject({ speakerRole: null, speakerOrganisation: null });
    const person = (await getPublicPerson(live.quotes[0]!.speaker.slug))!;
    expect(person.person).toMatchObject({ name: speaker, role: null, organisation: null });
    expect(JSON.stringify([live, person])).not.toContain("Secret");
    // The editor keeps what was typed, in the draft.
    expect((await load(created.id)).quotes[0]).toMatchObject(secret);
  });

  it("the person's current role is the newest published quote's", async () => {
    const actor = await makeUser("EDITOR");
    const speaker = `Leyla Aliyeva ${suffix()}`;
    const older = await createRelease(
      actor,
      releaseInput({
        headline: headline("As deputy"),
        quotes: [quoteRow({ speaker, text: "First.", speakerRole: "Deputy Minister" })],
      }),
    );
    await publishReviewed(older.id, older.version);
    const newer = await createRelease(
      actor,
      releaseInput({
        headline: headline("As minister"),
        quotes: [
          quoteRow({ speaker, text: "Second.", speakerRole: "Minister", speakerOrganisation: "Ministry of Culture" }),
        ],
      }),
    );
    await publishReviewed(newer.id, newer.version);
    const { person, quotes } = (await getPublicPerson(slugify(speaker)))!;
    expect(person).toMatchObject({ role: "Minister", organisation: "Ministry of Culture" });
    // Each quote keeps the role its release gave.
    expect(quotes.map((q) => q.speakerRole).sort()).toEqual(["Deputy Minister", "Minister"]);
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
