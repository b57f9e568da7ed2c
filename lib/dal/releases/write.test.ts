// Runs against the real (throwaway, migrated and seeded) test database of test/global-setup.ts.
import { describe, it, expect } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "../../db";
import { slugify } from "../../domain/slug";
import {
  createRelease,
  getReleaseForEditor,
  listReleasesForEditors,
  publishEdition,
  transitionRelease,
  updateRelease,
} from ".";
import { TEST_OVERRIDE, agreementRow, quoteRow, releaseInput } from "@/test/factories";
import {
  findReleaseIdBySlug,
  getPublishedRelease,
  listPublishedReleases,
  loadRelease,
  makeUser,
  revisionCount,
  suffix,
  uniqueHeadline,
} from "@/test/dal";

// ---------- create ----------

describe("createRelease", () => {
  it("stores a draft with a slug from the headline, children in order and one revision", async () => {
    const actor = await makeUser("WRITER");
    const title = uniqueHeadline("Azerbaijan & Georgia sign rail transit deal");
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

    const release = await loadRelease(result.id);
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
    const { id, slug } = await createRelease(actor, releaseInput({ headline: uniqueHeadline("Draft only") }));
    const mine = await listReleasesForEditors(
      { tab: "mine", q: null, author: null, country: null, language: null, after: null, before: null },
      actor.id,
      () => "all",
    );
    expect(mine.items.some((r) => r.id === id)).toBe(true);
    expect((await listPublishedReleases(500)).some((r) => r.id === id)).toBe(false);
    expect(await getPublishedRelease(slug)).toBeNull();
    expect(await findReleaseIdBySlug(slug)).toBe(id);
  });

  it("gives a second release with the same headline the slug x-2, a third x-3", async () => {
    const actor = await makeUser();
    const title = uniqueHeadline("Same headline twice");
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
    const { id, slug } = await createRelease(actor, releaseInput({ headline: uniqueHeadline("Published at once") }));
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
        headline: uniqueHeadline("Before the edit"),
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
        headline: uniqueHeadline("After the edit"),
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

    const release = await loadRelease(created.id);
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
        headline: uniqueHeadline("With children"),
        agreements: [agreementRow({ title: "A" })],
        quotes: [quoteRow({ speaker: `S ${suffix()}`, text: "Q" })],
      }),
    );
    const result = await updateRelease(
      actor,
      created.id,
      1,
      releaseInput({ headline: uniqueHeadline("Without children") }),
    );
    expect(result.status).toBe("ok");
    const release = await loadRelease(created.id);
    expect(release.agreements).toEqual([]);
    expect(release.quotes).toEqual([]);
  });

  it("refuses a save from a stale version and changes nothing", async () => {
    const actor = await makeUser();
    const original = uniqueHeadline("Original headline");
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
    const before = await loadRelease(created.id);

    // Someone still holding version 1 saves over it.
    const stale = await updateRelease(
      actor,
      created.id,
      1,
      releaseInput({
        headline: uniqueHeadline("Overwriting headline"),
        agreements: [agreementRow({ title: "Lost 1" }), agreementRow({ title: "Lost 2" })],
        quotes: [quoteRow({ speaker: `Lost ${suffix()}`, text: "x" })],
      }),
    );
    expect(stale).toEqual({ status: "conflict" });

    const after = await loadRelease(created.id);
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
    const created = await createRelease(actor, releaseInput({ headline: uniqueHeadline("Future version") }));
    expect(await updateRelease(actor, created.id, 2, releaseInput({ headline: uniqueHeadline("Nope") }))).toEqual({
      status: "conflict",
    });
    expect((await loadRelease(created.id)).version).toBe(1);
  });

  it("lets exactly one of two concurrent saves from the same version win", async () => {
    const actor = await makeUser();
    const other = await makeUser();
    const created = await createRelease(actor, releaseInput({ headline: uniqueHeadline("Race start") }));
    const titleA = uniqueHeadline("Race A");
    const titleB = uniqueHeadline("Race B");
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
    const release = await loadRelease(created.id);
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
      await updateRelease(actor, `missing-${randomUUID()}`, 1, releaseInput({ headline: uniqueHeadline("Ghost") })),
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
