// Issue 14: the sitemaps' reads with translations. Runs against the test database of test/global-setup.ts.
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "../../db";
import { createRelease, transitionRelease } from "../releases";
import { createTranslation } from "../releases/translations";
import { listNewsVersions, listSitemapFamilies } from "./sitemap";
import { releaseInput } from "@/test/factories";
import { makeUser, publishReviewed, uniqueHeadline } from "@/test/dal";

async function publishedOriginal(headline = uniqueHeadline("Sitemap pact")) {
  const writer = await makeUser("WRITER");
  const made = await createRelease(writer, releaseInput({ headline }));
  await publishReviewed(made.id, 1);
  return made;
}

async function translation(originalId: string, language: string, publish: boolean, headline?: string) {
  const translator = await makeUser("WRITER");
  const result = await createTranslation(translator, originalId, language);
  if (!result.ok) throw new Error(result.refusal);
  if (headline) await db().edition.updateMany({ where: { releaseId: result.id }, data: { headline } });
  if (publish) await publishReviewed(result.id, 1);
  return result.id;
}

afterEach(() => vi.restoreAllMocks());

describe("issue 14: sitemap reads with language versions", () => {
  it("issue 14: the sitemap's families are each public original with its live translations, read in one query", async () => {
    const made = await publishedOriginal();
    await translation(made.id, "az", true);
    await translation(made.id, "ar", true);
    await translation(made.id, "ru", false); // a draft: not public
    const alone = await publishedOriginal();

    const raw = vi.spyOn(db(), "$queryRaw");
    const families = await listSitemapFamilies();
    // One statement however many releases and translations (no query per release).
    expect(raw).toHaveBeenCalledTimes(1);

    const family = families.find((f) => f[0]?.path === `/releases/${made.slug}`);
    expect(family?.map((v) => [v.language, v.path, v.original])).toEqual([
      ["en", `/releases/${made.slug}`, true],
      ["ar", `/ar/releases/${made.slug}`, false],
      ["az", `/az/releases/${made.slug}`, false],
    ]);
    for (const v of family ?? []) expect(v.lastModified).toBeInstanceOf(Date);
    expect(families.find((f) => f[0]?.path === `/releases/${alone.slug}`)?.length).toBe(1);
    // Newest original first, as before translations.
    const originals = families.map((f) => f[0]!.path);
    expect(originals.indexOf(`/releases/${alone.slug}`)).toBeLessThan(originals.indexOf(`/releases/${made.slug}`));
    // No translation's internal slug, and no translation standing alone as if it were an original.
    expect(families.flat().some((v) => v.path.includes("~"))).toBe(false);
    expect(families.every((f) => f[0]!.original && f.slice(1).every((v) => !v.original))).toBe(true);
  });

  it("issue 14: a withdrawn original takes its translations out of the sitemap", async () => {
    const made = await publishedOriginal();
    await translation(made.id, "az", true);
    const editor = await makeUser("EDITOR");
    const { version } = await db().release.findUniqueOrThrow({ where: { id: made.id }, select: { version: true } });
    expect(
      await transitionRelease(editor, made.id, version, { action: "withdraw", reason: "Issued in error" }),
    ).toMatchObject({ status: "ok" });
    const paths = (await listSitemapFamilies()).flat().map((v) => v.path);
    expect(paths).not.toContain(`/releases/${made.slug}`);
    expect(paths).not.toContain(`/az/releases/${made.slug}`);
  });

  it("issue 14: the news sitemap lists each version published in the window with its language and headline, in one query", async () => {
    const made = await publishedOriginal();
    await translation(made.id, "zh", true, "部长们签署协定");
    await translation(made.id, "kk", false);

    const raw = vi.spyOn(db(), "$queryRaw");
    const versions = await listNewsVersions();
    expect(raw).toHaveBeenCalledTimes(1);
    const mine = versions.filter((v) => v.path.endsWith(`/releases/${made.slug}`));
    expect(mine.map((v) => [v.language, v.path, v.headline])).toEqual([
      ["zh", `/zh/releases/${made.slug}`, "部长们签署协定"],
      ["en", `/releases/${made.slug}`, expect.stringContaining("Sitemap pact")],
    ]);
    for (const v of mine) expect(v.publishedAt).toBeInstanceOf(Date);

    // A translation published now of an original first published last week is news in its language.
    const old = await publishedOriginal();
    await db().release.update({
      where: { id: old.id },
      data: { publishedAt: new Date(Date.now() - 7 * 86_400_000) },
    });
    await translation(old.id, "ru", true, "Министры подписали соглашение");
    const news = (await listNewsVersions()).filter((v) => v.path.endsWith(`/releases/${old.slug}`));
    expect(news.map((v) => v.language)).toEqual(["ru"]);
  });
});
