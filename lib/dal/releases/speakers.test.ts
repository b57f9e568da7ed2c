// Runs against the real (throwaway, migrated and seeded) test database of test/global-setup.ts.
import { describe, it, expect } from "vitest";
import { db } from "../../db";
import { slugify } from "../../domain/slug";
import { createRelease, updateRelease } from ".";
import { getPublicPerson } from "../public/people";
import { quoteRow, releaseInput } from "@/test/factories";
import { getPublishedRelease, loadRelease, makeUser, publishReviewed, suffix, uniqueHeadline } from "@/test/dal";

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
        headline: uniqueHeadline("Spokesperson comments"),
        quotes: [
          quoteRow({ speaker: "a. hajizadeh", text: "By alias" }),
          quoteRow({ speaker: "AYKHAN HAJIZADE", text: "By name" }),
          quoteRow({ speaker: "A. Hajizade", text: "By other alias" }),
        ],
      }),
    );

    const release = await loadRelease(created.id);
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
        headline: uniqueHeadline("Newcomer speaks"),
        quotes: [quoteRow({ speaker: name, text: "Hello", speakerRole: "Envoy" })],
      }),
    );
    const second = await createRelease(
      actor,
      releaseInput({
        headline: uniqueHeadline("Newcomer again"),
        quotes: [quoteRow({ speaker: name.toUpperCase(), text: "Again" })],
      }),
    );
    const people = await db().person.findMany({ where: { name: { equals: name, mode: "insensitive" } } });
    expect(people).toHaveLength(1);
    expect(people[0]!.slug).toBe(slugify(name));
    expect((await loadRelease(first.id)).quotes[0]!.speakerRole).toBe("Envoy");
    expect((await loadRelease(second.id)).quotes[0]!.speakerRole).toBeNull();
    expect((await loadRelease(first.id)).quotes[0]!.speaker.slug).toBe(people[0]!.slug);
    expect((await loadRelease(second.id)).quotes[0]!.speaker.name).toBe(name);
  });
});

describe("issue 11.2: drafts and public speakers", () => {
  it("a role and organisation given only in a draft reach neither the live release nor the person", async () => {
    const actor = await makeUser("EDITOR");
    const speaker = `Rashad Quliyev ${suffix()}`;
    const created = await createRelease(
      actor,
      releaseInput({
        headline: uniqueHeadline("Published without a role"),
        quotes: [quoteRow({ speaker, text: "We will keep building." })],
      }),
    );
    const version = await publishReviewed(created.id, created.version);
    const { slug } = await loadRelease(created.id);

    // A draft edition of the live release, and a new draft release, give the speaker a role.
    const secret = { speakerRole: "Secret envoy", speakerOrganisation: "Secret office" };
    const draft = releaseInput({
      headline: uniqueHeadline("Published without a role"),
      quotes: [quoteRow({ speaker, text: "We will keep building.", ...secret })],
    });
    expect(await updateRelease(actor, created.id, version, draft)).toMatchObject({ status: "ok" });
    await createRelease(
      actor,
      releaseInput({
        headline: uniqueHeadline("Unpublished plans"),
        quotes: [quoteRow({ speaker, text: "Soon.", ...secret })],
      }),
    );

    const live = (await getPublishedRelease(slug))!;
    expect(live.quotes[0]).toMatchObject({ speakerRole: null, speakerOrganisation: null });
    const person = (await getPublicPerson(live.quotes[0]!.speaker.slug))!;
    expect(person.person).toMatchObject({ name: speaker, role: null, organisation: null });
    expect(JSON.stringify([live, person])).not.toContain("Secret");
    // The editor keeps what was typed, in the draft.
    expect((await loadRelease(created.id)).quotes[0]).toMatchObject(secret);
  });

  it("the person's current role is the newest published quote's", async () => {
    const actor = await makeUser("EDITOR");
    const speaker = `Leyla Aliyeva ${suffix()}`;
    const older = await createRelease(
      actor,
      releaseInput({
        headline: uniqueHeadline("As deputy"),
        quotes: [quoteRow({ speaker, text: "First.", speakerRole: "Deputy Minister" })],
      }),
    );
    await publishReviewed(older.id, older.version);
    const newer = await createRelease(
      actor,
      releaseInput({
        headline: uniqueHeadline("As minister"),
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
