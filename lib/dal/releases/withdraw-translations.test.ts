// Issue 14: withdrawing an original withdraws its published translations with it. Readers of a
// translation see the withdrawal notice at its address, never the translated release as if nothing
// happened. Runs against the test database of test/global-setup.ts.
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { versionsLine } from "../../domain/translation-state";
import { publicReleaseForWebhook } from "../distribution/webhooks";
import { getPublicRelease } from "../public/releases";
import { createRelease, listReleasesForEditors, transitionRelease } from ".";
import { createTranslation } from "./translations";
import { releaseInput } from "@/test/factories";
import { makeUser, publishReviewed, uniqueHeadline } from "@/test/dal";

async function family() {
  const writer = await makeUser("WRITER");
  const made = await createRelease(writer, releaseInput({ headline: uniqueHeadline("Withdrawn pact") }));
  await publishReviewed(made.id, 1);
  const ids: Record<string, string> = {};
  for (const language of ["az", "ar", "ru"]) {
    const result = await createTranslation(await makeUser("WRITER"), made.id, language);
    if (!result.ok) throw new Error(result.refusal);
    ids[language] = result.id;
  }
  // Azerbaijani and Arabic are published; Russian stays a draft.
  await publishReviewed(ids.az!, 1);
  await publishReviewed(ids.ar!, 1);
  return { made, ids };
}

const versionOf = async (id: string) =>
  (await db().release.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

async function withdraw(id: string, reason: string) {
  const editor = await makeUser("EDITOR");
  const result = await transitionRelease(editor, id, await versionOf(id), { action: "withdraw", reason });
  expect(result).toMatchObject({ status: "ok" });
}

describe("issue 14: a withdrawn original and its translations", () => {
  it("issue 14: withdrawing the original withdraws its published translations: their readers see the notice in their language's address", async () => {
    const { made, ids } = await family();
    const before = { az: await versionOf(ids.az!), ru: await versionOf(ids.ru!) };
    await withdraw(made.id, "Issued in error");

    for (const language of ["az", "ar"]) {
      const page = await getPublicRelease(made.slug, undefined, language);
      expect(page, language).toMatchObject({
        kind: "withdrawn",
        language,
        path: `/${language}/releases/${made.slug}`,
        reason: "Issued in error",
      });
      const row = await db().release.findUniqueOrThrow({
        where: { id: ids[language]! },
        select: { withdrawnAt: true, withdrawnReason: true, liveEdition: { select: { status: true } } },
      });
      expect(row.liveEdition?.status).toBe("WITHDRAWN");
      expect(row.withdrawnReason).toBe("Issued in error");
      expect(row.withdrawnAt).toBeInstanceOf(Date);
      // Subscribers' webhooks hear of each withdrawn version, with its notice at its own address.
      expect(await db().releaseEvent.count({ where: { releaseId: ids[language]!, type: "release.withdrawn" } })).toBe(
        1,
      );
      expect((await publicReleaseForWebhook(ids[language]!)).page).toMatchObject({
        kind: "withdrawn",
        path: `/${language}/releases/${made.slug}`,
      });
    }
    // The original's own notice is at its own address, in its language.
    expect(await getPublicRelease(made.slug)).toMatchObject({
      kind: "withdrawn",
      language: "en",
      path: `/releases/${made.slug}`,
    });
    // Someone with the translation open in the editor is told it changed (its version moved on).
    expect(await versionOf(ids.az!)).toBeGreaterThan(before.az);
    // A draft translation is left as it is (it was never public).
    expect(await versionOf(ids.ru!)).toBe(before.ru);
    expect(await getPublicRelease(made.slug, undefined, "ru")).toBeNull();

    // The editors' list says so: "EN withdrawn · AR withdrawn · AZ withdrawn · RU draft".
    const editor = await makeUser("EDITOR");
    const list = await listReleasesForEditors(
      { tab: "all", q: null, author: null, country: null, after: null, before: null, language: null },
      editor.id,
      () => "all",
      500,
    );
    const row = list.items.find((r) => r.id === made.id);
    expect(row && versionsLine(row.versions)).toBe("EN withdrawn · AR withdrawn · AZ withdrawn · RU draft");
  });

  it("issue 14: a translation still marked published under a withdrawn original is shown withdrawn, never live", async () => {
    const { made, ids } = await family();
    // As the data of a release withdrawn before translations were withdrawn with it would be.
    await db().edition.updateMany({
      where: { release: { id: made.id }, status: "PUBLISHED" },
      data: { status: "WITHDRAWN" },
    });
    await db().release.update({
      where: { id: made.id },
      data: { withdrawnAt: new Date("2025-03-20T10:00:00Z"), withdrawnReason: "Superseded" },
    });
    const page = await getPublicRelease(made.slug, undefined, "az");
    expect(page).toMatchObject({
      kind: "withdrawn",
      language: "az",
      path: `/az/releases/${made.slug}`,
      reason: "Superseded",
      withdrawnAt: new Date("2025-03-20T10:00:00Z"),
    });
    // The translation's own headline names what was withdrawn.
    const live = await db().edition.findFirstOrThrow({ where: { releaseId: ids.az!, status: "PUBLISHED" } });
    expect(page?.kind === "withdrawn" && page.headline).toBe(live.headline);
  });

  it("issue 14: withdrawing a translation alone leaves the original and the other translations live", async () => {
    const { made, ids } = await family();
    await withdraw(ids.az!, "Mistranslated");
    expect(await getPublicRelease(made.slug, undefined, "az")).toMatchObject({
      kind: "withdrawn",
      reason: "Mistranslated",
    });
    expect((await getPublicRelease(made.slug))?.kind).toBe("live");
    const arabic = await getPublicRelease(made.slug, undefined, "ar");
    expect(arabic?.kind).toBe("live");
    // The withdrawn one is no longer among the versions readers are offered.
    if (arabic?.kind === "live") expect(arabic.versions.map((v) => v.language)).toEqual(["en", "ar"]);
  });
});
