// Issue 14: the translation form's original, and a translation's save keeping the shared structure.
// Runs against the real test database of test/global-setup.ts.
import { describe, expect, it } from "vitest";
import type { Agreement, Edition as EditionRow, Quote } from "@prisma/client";
import { db } from "../../db";
import { createRelease, getReleaseForEditor, publishEdition, transitionRelease, updateRelease } from ".";
import { createTranslation, getTranslationFamily } from "./translations";
import { getTranslationOriginal } from "./translation-original";
import { TEST_OVERRIDE, agreementRow, quoteRow, releaseInput } from "@/test/factories";
import { makeUser, publishReviewed, uniqueHeadline } from "@/test/dal";

type Edition = EditionRow & { agreements: Agreement[]; quotes: Quote[] };

const originalForm = (headline: string) => ({
  headline,
  summary: "Two ministries agree on rail freight.",
  body: "The ministers signed the memorandum. “We are proud,” the minister said.",
  datelinePlace: "Baku",
  date: "2025-03-14",
  time: "16:30",
  utcOffset: "+04:00",
  countries: "AZ, GE",
  agreements: [
    agreementRow({
      type: "MEMORANDUM_OF_UNDERSTANDING",
      title: "Memorandum on rail freight",
      parties: "Ministry of Transport\nMinistry of Economy",
      signedOn: "2025-03-14",
    }),
  ],
  quotes: [quoteRow({ text: "We are proud", speaker: "Aynur Quliyeva", speakerRole: "Minister" })],
});

async function originalWithTranslation(language = "az") {
  const writer = await makeUser("WRITER");
  const headline = uniqueHeadline("Ministers sign a memorandum");
  const made = await createRelease(writer, releaseInput(originalForm(headline)));
  const translator = await makeUser("WRITER");
  const added = await createTranslation(translator, made.id, language);
  if (!added.ok) throw new Error(`translation refused: ${added.refusal}`);
  return { made, headline, writer, translator, id: added.id };
}

describe("issue 14: the original beside the translation form", () => {
  it("gives the original's language, edition and words by field, with nothing changed while it is the edition followed", async () => {
    const { made, headline, id } = await originalWithTranslation();
    const original = await getTranslationOriginal(id);
    expect(original).toMatchObject({ id: made.id, language: "en", editionNumber: 1, sourceEdition: 1, changes: {} });
    expect(original?.texts).toMatchObject({
      headline,
      summary: "Two ministries agree on rail freight.",
      datelinePlace: "Baku",
      "agreements.0.title": "Memorandum on rail freight",
      "agreements.0.parties": "Ministry of Transport\nMinistry of Economy",
      "quotes.0.text": "We are proud",
      "quotes.0.speakerRole": "Minister",
    });
    // The shared structure as the form shows it.
    expect(original?.values).toMatchObject({
      date: "2025-03-14",
      time: "16:30",
      utcOffset: "+04:00",
      countries: "AZ, GE",
    });
    expect(original?.values.quotes[0]?.speaker).toBe("Aynur Quliyeva");
    // An original has no original.
    expect(await getTranslationOriginal(made.id)).toBeNull();
  });

  it("after a newer published edition of the original, shows that edition and marks what changed since", async () => {
    const { made, headline, id } = await originalWithTranslation("ru");
    const version = await publishReviewed(made.id, 1);
    const editor = await makeUser("EDITOR");
    const corrected = {
      ...originalForm(`${headline} and a protocol`),
      changeNote: "Named the protocol",
      quotes: [quoteRow({ text: "We are very proud", speaker: "Aynur Quliyeva", speakerRole: "Minister" })],
    };
    expect(await updateRelease(editor, made.id, version, releaseInput(corrected))).toMatchObject({ status: "ok" });
    // Saved, not yet published: the translation still follows edition 1, which is what readers see.
    expect((await getTranslationOriginal(id))?.editionNumber).toBe(1);
    await publishReviewed(made.id, version + 1);

    const original = await getTranslationOriginal(id);
    expect(original).toMatchObject({ editionNumber: 2, sourceEdition: 1 });
    expect(original?.texts.headline).toBe(`${headline} and a protocol`);
    expect(Object.keys(original?.changes ?? {}).sort()).toEqual(["headline", "quotes.0.text"]);
    expect(original?.changes["quotes.0.text"]).toEqual([
      { kind: "same", text: "We are " },
      { kind: "added", text: "very " },
      { kind: "same", text: "proud" },
    ]);
  });

  it("a translation's save keeps the structure it shares with the original (dateline instant, countries, agreement types and dates, speakers) and stores its own words", async () => {
    const { made, translator, id } = await originalWithTranslation("kk");
    const posted = releaseInput({
      headline: uniqueHeadline("Министрлер меморандумға қол қойды"),
      body: "Министрлер меморандумға қол қойды.",
      date: "2030-01-01",
      utcOffset: "+00:00",
      countries: "FR",
      agreements: [
        agreementRow({
          type: "TREATY",
          title: "Темір жол жүк тасымалы туралы меморандум",
          parties: "Көлік министрлігі",
        }),
      ],
      quotes: [quoteRow({ text: "Біз мақтанамыз", speaker: "Somebody Else", speakerRole: "Министр" })],
    });
    expect(await updateRelease(translator, id, 1, posted)).toMatchObject({ status: "ok" });

    const [original, translation] = (await Promise.all(
      [made.id, id].map((releaseId) =>
        db().edition.findFirstOrThrow({
          where: { releaseId },
          orderBy: { number: "desc" },
          include: { agreements: true, quotes: true },
        }),
      ),
    )) as [Edition, Edition];
    expect(translation.headline).toBe(posted.headline);
    expect(translation.datelineAt).toEqual(original.datelineAt);
    expect(translation.datelineOffsetMinutes).toBe(240);
    expect(translation.countries).toEqual(["AZ", "GE"]);
    expect(
      translation.agreements.map((a) => [a.type, a.signedOn?.toISOString().slice(0, 10), a.title, a.parties]),
    ).toEqual([
      ["MEMORANDUM_OF_UNDERSTANDING", "2025-03-14", "Темір жол жүк тасымалы туралы меморандум", ["Көлік министрлігі"]],
    ]);
    expect(translation.quotes.map((q) => [q.personId, q.text, q.speakerRole])).toEqual([
      [original.quotes[0]!.personId, "Біз мақтанамыз", "Министр"],
    ]);
  });
});

describe("issue 14: a translation going live takes the structure of the original's edition it then follows", () => {
  it("publishing a translation submitted before the original's correction brings the dateline instant, countries, agreement types and dates and speakers along", async () => {
    const { made, headline, translator, id } = await originalWithTranslation("tr");
    let version = await publishReviewed(made.id, 1);
    expect(
      await transitionRelease(translator, id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE }),
    ).toMatchObject({ status: "ok" });

    const editor = await makeUser("EDITOR");
    const corrected = {
      ...originalForm(headline),
      time: "18:00",
      countries: "AZ, TR",
      changeNote: "Corrected the time",
      agreements: [agreementRow({ type: "PROTOCOL", title: "Memorandum on rail freight", signedOn: "2025-03-15" })],
      quotes: [quoteRow({ text: "We are proud", speaker: "Kamran Aliyev", speakerRole: "Minister" })],
    };
    expect(await updateRelease(editor, made.id, version, releaseInput(corrected))).toMatchObject({ status: "ok" });
    version = await publishReviewed(made.id, version + 1);

    expect(await publishEdition(editor, id, 2, { consistencyOverride: TEST_OVERRIDE })).toMatchObject({ status: "ok" });
    const [original, translation] = (await Promise.all(
      [made.id, id].map((releaseId) =>
        db().edition.findFirstOrThrow({
          where: { releaseId, status: "PUBLISHED" },
          include: { agreements: true, quotes: true },
        }),
      ),
    )) as [Edition, Edition];
    expect(translation.datelineAt).toEqual(original.datelineAt);
    expect(translation.countries).toEqual(["AZ", "TR"]);
    expect(translation.agreements.map((a) => [a.type, a.signedOn?.toISOString().slice(0, 10)])).toEqual([
      ["PROTOCOL", "2025-03-15"],
    ]);
    expect(translation.quotes.map((q) => q.personId)).toEqual([original.quotes[0]!.personId]);
    expect((await getTranslationFamily(id))?.outdated).toBe(false);
  });

  it("a translation whose rows no longer match the original's stays outdated after it is published", async () => {
    const { made, headline, translator, id } = await originalWithTranslation("uk");
    let version = await publishReviewed(made.id, 1);
    expect(
      await transitionRelease(translator, id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE }),
    ).toMatchObject({ status: "ok" });
    const editor = await makeUser("EDITOR");
    const withProtocol = {
      ...originalForm(headline),
      changeNote: "Added the protocol",
      agreements: [
        ...originalForm(headline).agreements,
        agreementRow({ type: "PROTOCOL", title: "Protocol on customs" }),
      ],
    };
    expect(await updateRelease(editor, made.id, version, releaseInput(withProtocol))).toMatchObject({ status: "ok" });
    version = await publishReviewed(made.id, version + 1);

    expect(await publishEdition(editor, id, 2, { consistencyOverride: TEST_OVERRIDE })).toMatchObject({ status: "ok" });
    const family = await getTranslationFamily(id);
    expect(family).toMatchObject({ outdated: true, sourceEdition: 1 });
  });
});

describe("issue 14: a speaker's name in each language", () => {
  const nameOf = async (id: string) => (await getReleaseForEditor(id))?.quotes.map((q) => q.speaker.name);

  it("a translation writes the speaker's name in its language: the same person, named as its readers name her", async () => {
    const { made, translator, id } = await originalWithTranslation("ru");
    const posted = releaseInput({
      headline: uniqueHeadline("Министры подписали меморандум"),
      body: "Министры подписали меморандум. «Мы гордимся», — сказала Айнур Кулиева.",
      quotes: [quoteRow({ text: "Мы гордимся", speaker: "Айнур Кулиева", speakerRole: "Министр" })],
    });
    expect(await updateRelease(translator, id, 1, posted)).toMatchObject({ status: "ok" });

    const [original, translation] = await Promise.all([getReleaseForEditor(made.id), getReleaseForEditor(id)]);
    expect(translation?.quotes[0]?.speaker).toMatchObject({
      name: "Айнур Кулиева",
      slug: original?.quotes[0]?.speaker.slug,
    });
    // The original is untouched, and the name in Russian is an alias the consistency check accepts.
    expect(original?.quotes[0]?.speaker.name).toBe("Aynur Quliyeva");
    expect(translation?.quotes[0]?.speaker.aliases).toContain("Aynur Quliyeva");

    // The form shows the original's name beside the field, and the name in Russian as the shared structure.
    const beside = await getTranslationOriginal(id);
    expect(beside?.texts["quotes.0.speaker"]).toBe("Aynur Quliyeva");
    expect(beside?.speakerNames).toEqual(["Айнур Кулиева"]);
  });

  it("a new translation into the language starts with the name its last translation used for the person", async () => {
    const first = await originalWithTranslation("ru");
    await updateRelease(
      first.translator,
      first.id,
      1,
      releaseInput({ quotes: [quoteRow({ text: "Мы гордимся", speaker: "Айнур Кулиева" })] }),
    );
    const second = await originalWithTranslation("ru");
    expect(await nameOf(second.id)).toEqual(["Айнур Кулиева"]);
    // The first translation's name is its own edition's: nothing published changes with another's.
    expect(await nameOf(first.id)).toEqual(["Айнур Кулиева"]);
    // Another language is not affected.
    const ukrainian = await originalWithTranslation("uk");
    expect(await nameOf(ukrainian.id)).toEqual(["Aynur Quliyeva"]);
  });

  it("writing the original's name again means the name is the same in that language", async () => {
    const { translator, id } = await originalWithTranslation("tr");
    await updateRelease(
      translator,
      id,
      1,
      releaseInput({ quotes: [quoteRow({ text: "Gurur duyuyoruz", speaker: "Aynur Kuliyeva" })] }),
    );
    expect(await nameOf(id)).toEqual(["Aynur Kuliyeva"]);
    await updateRelease(
      translator,
      id,
      2,
      releaseInput({ quotes: [quoteRow({ text: "Gurur duyuyoruz", speaker: "Aynur Quliyeva" })] }),
    );
    expect(await nameOf(id)).toEqual(["Aynur Quliyeva"]);
  });
});
