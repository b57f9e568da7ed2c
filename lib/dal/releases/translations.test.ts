// Issue 14: translations. Runs against the real test database of test/global-setup.ts.
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { getPublicRelease, publicVersions } from "../public/releases";
import {
  createRelease,
  listReleasesForEditors,
  publishDueEditions,
  publishEdition,
  transitionRelease,
  updateRelease,
} from ".";
import { versionsLine } from "../../domain/translation-state";
import {
  confirmTranslationCurrent,
  createTranslation,
  getTranslationFamily,
  TRANSLATION_BEFORE_ORIGINAL,
} from "./translations";
import { TEST_OVERRIDE, agreementRow, quoteRow, releaseInput } from "@/test/factories";
import { makeUser, publishReviewed, uniqueHeadline } from "@/test/dal";

async function original(headline = uniqueHeadline("Translated pact")) {
  const writer = await makeUser("WRITER");
  const created = await createRelease(
    writer,
    releaseInput({
      headline,
      body: "The ministers signed the memorandum. “We are proud,” the minister said.",
      agreements: [
        agreementRow({ type: "MEMORANDUM_OF_UNDERSTANDING", title: "Memorandum on trade", parties: "A\nB" }),
      ],
      quotes: [quoteRow({ text: "We are proud", speaker: "Aynur Quliyeva", speakerRole: "Minister" })],
    }),
  );
  return { ...created, writer };
}

async function translate(originalId: string, language: string) {
  const translator = await makeUser("WRITER");
  const result = await createTranslation(translator, originalId, language);
  if (!result.ok) throw new Error(`translation refused: ${result.refusal}`);
  return { translator, id: result.id };
}

describe("issue 14: translations", () => {
  it("Add translation copies the structure and words into a draft of its own, in the chosen language", async () => {
    const made = await original();
    const { id } = await translate(made.id, "az");
    const translation = await db().release.findUniqueOrThrow({
      where: { id },
      include: { editions: { include: { agreements: true, quotes: { include: { person: true } } } } },
    });
    expect(translation.language).toBe("az");
    expect(translation.translationOfId).toBe(made.id);
    expect(translation.slug.startsWith("~az-")).toBe(true);
    const [edition] = translation.editions;
    expect(edition?.status).toBe("DRAFT");
    expect(edition?.agreements.map((a) => [a.type, a.title, a.parties])).toEqual([
      ["MEMORANDUM_OF_UNDERSTANDING", "Memorandum on trade", ["A", "B"]],
    ]);
    // The speaker is the same person (identity shared), not a copy.
    const originalQuote = await db().quote.findFirstOrThrow({ where: { edition: { releaseId: made.id } } });
    expect(edition?.quotes[0]?.personId).toBe(originalQuote.personId);
  });

  it("refuses a second translation into one language, the original's own language and a translation of a translation", async () => {
    const made = await original();
    const { id } = await translate(made.id, "ru");
    const someone = await makeUser("WRITER");
    expect(await createTranslation(someone, made.id, "ru")).toEqual({ ok: false, refusal: "exists", existingId: id });
    expect(await createTranslation(someone, made.id, "en")).toEqual({ ok: false, refusal: "same_language" });
    expect(await createTranslation(someone, id, "ar")).toEqual({ ok: false, refusal: "is_translation" });
    expect(await createTranslation(someone, made.id, "xx")).toEqual({ ok: false, refusal: "unknown_language" });
  });

  it("a translation cannot be published before its original; after it, it is public at its own address", async () => {
    const made = await original();
    const { translator, id } = await translate(made.id, "az");
    const editor = await makeUser("EDITOR");
    await transitionRelease(translator, id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE });
    const refused = await publishEdition(editor, id, 2, { consistencyOverride: TEST_OVERRIDE });
    expect(refused).toEqual({ status: "refused", message: TRANSLATION_BEFORE_ORIGINAL });

    await publishReviewed(made.id, 1);
    expect(await publishEdition(editor, id, 2, { consistencyOverride: TEST_OVERRIDE })).toMatchObject({ status: "ok" });
    const page = await getPublicRelease(made.slug, undefined, "az");
    expect(page?.kind).toBe("live");
    if (page?.kind !== "live") return;
    expect(page.release.language).toBe("az");
    expect(page.release.translationOf).toMatchObject({ slug: made.slug, language: "en" });
    expect(page.versions).toEqual([
      {
        language: "en",
        path: `/releases/${made.slug}`,
        original: true,
        headline: expect.stringContaining("Translated pact"),
      },
      { language: "az", path: `/az/releases/${made.slug}`, original: false, headline: page.release.headline },
    ]);
    // Its internal slug is no public address, and it is not a second original in the lists.
    expect(await getPublicRelease((await db().release.findUniqueOrThrow({ where: { id } })).slug)).toBeNull();
    expect(await publicVersions(id)).toEqual([]);
  });

  it("scheduling a translation before its original is refused; a due translation waits for its original", async () => {
    const made = await original();
    const { translator, id } = await translate(made.id, "ru");
    const editor = await makeUser("EDITOR");
    await transitionRelease(translator, id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE });
    const soon = new Date(Date.now() + 60_000);
    const refused = await transitionRelease(editor, id, 2, {
      action: "schedule",
      publishAt: soon,
      publishZone: "+00:00",
      consistencyOverride: TEST_OVERRIDE,
    });
    expect(refused.status).toBe("refused");

    // The original is scheduled first, then the translation for the same instant: both go out, the
    // translation not before the original.
    const writer = await makeUser("WRITER");
    await transitionRelease(writer, made.id, 1, { action: "submit", consistencyOverride: TEST_OVERRIDE });
    await transitionRelease(editor, made.id, 2, {
      action: "schedule",
      publishAt: soon,
      publishZone: "+00:00",
      consistencyOverride: TEST_OVERRIDE,
    });
    expect(
      await transitionRelease(editor, id, 2, {
        action: "schedule",
        publishAt: soon,
        publishZone: "+00:00",
        consistencyOverride: TEST_OVERRIDE,
      }),
    ).toMatchObject({ status: "ok" });
    const later = new Date(soon.getTime() + 1_000);
    for (let tick = 0; tick < 3; tick++) await publishDueEditions(later);
    const [o, t] = await Promise.all(
      [made.id, id].map((rid) =>
        db().release.findUniqueOrThrow({ where: { id: rid }, select: { publishedAt: true, liveEditionId: true } }),
      ),
    );
    expect(o?.liveEditionId).not.toBeNull();
    expect(t?.liveEditionId).not.toBeNull();
    expect(t!.publishedAt!.getTime()).toBeGreaterThanOrEqual(o!.publishedAt!.getTime());
  });

  it("a new published edition of the original makes a published translation outdated until it is confirmed", async () => {
    const made = await original();
    let version = await publishReviewed(made.id, 1);
    const { translator, id } = await translate(made.id, "ar");
    const tVersion = await publishReviewed(id, 1);
    expect((await getTranslationFamily(made.id))?.translations).toEqual([
      { id, language: "ar", status: "PUBLISHED", live: true, outdated: false },
    ]);

    const writer = await makeUser("EDITOR");
    const saved = await updateRelease(
      writer,
      made.id,
      version,
      releaseInput({ headline: uniqueHeadline("Translated pact, corrected"), changeNote: "Corrected the title" }),
    );
    expect(saved.status).toBe("ok");
    version = await publishReviewed(made.id, version + 1);
    const family = await getTranslationFamily(id);
    expect(family?.outdated).toBe(true);
    expect(family?.sourceEdition).toBe(1);
    expect(family?.original.liveEditionNumber).toBe(2);

    expect(await confirmTranslationCurrent(translator, id, tVersion)).toMatchObject({ status: "ok" });
    expect((await getTranslationFamily(id))?.outdated).toBe(false);
  });

  it("a release is written in the form's Language; saving a translation keeps its internal slug; an original cannot take a language its translation has", async () => {
    const writer = await makeUser("WRITER");
    const ru = await createRelease(writer, {
      ...releaseInput({ headline: uniqueHeadline("Written in Russian") }),
      language: "ru",
    });
    expect((await db().release.findUniqueOrThrow({ where: { id: ru.id } })).language).toBe("ru");

    const made = await original();
    const { translator, id } = await translate(made.id, "az");
    const before = (await db().release.findUniqueOrThrow({ where: { id } })).slug;
    const saved = await updateRelease(
      translator,
      id,
      1,
      releaseInput({ headline: uniqueHeadline("Tərcümə olunmuş saziş") }),
    );
    expect(saved).toMatchObject({ status: "ok", slug: before });

    const refused = await updateRelease(made.writer, made.id, 1, {
      ...releaseInput({ headline: uniqueHeadline("Now in Azerbaijani?") }),
      language: "az",
    });
    expect(refused).toMatchObject({ status: "refused" });
    expect((await db().release.findUniqueOrThrow({ where: { id: made.id } })).language).toBe("en");
  });

  it("the editor's list says every version's state and filters by language", async () => {
    const made = await original();
    await publishReviewed(made.id, 1);
    const { id } = await translate(made.id, "ru");
    const editor = await makeUser("EDITOR");
    const query = { tab: "all" as const, q: null, author: null, country: null, after: null, before: null };
    const all = await listReleasesForEditors({ ...query, language: null }, editor.id, () => "all", 500);
    const row = all.items.find((r) => r.id === made.id);
    expect(row && versionsLine(row.versions)).toBe("EN published · RU draft");
    expect(all.items.find((r) => r.id === id)).toMatchObject({ language: "ru", translationOfId: made.id });
    const russian = await listReleasesForEditors({ ...query, language: "ru" }, editor.id, () => "all", 500);
    expect(russian.items.some((r) => r.id === id)).toBe(true);
    expect(russian.items.some((r) => r.id === made.id)).toBe(false);
  });
});
