// Issue 14: the public lists per language (/az, /az/agreements, /az/feed.xml, ?language=). Runs against
// the real test database of test/global-setup.ts, like search.test.ts.
import { describe, expect, it } from "vitest";
import { Prisma } from "@prisma/client";
import { db } from "../../db";
import { LANGUAGES } from "../../domain/languages";
import { searchConfig } from "../../domain/search-config";
import { parseAgreementQuery, parseReleaseQuery } from "../../validation/public-query";
import type { ReleaseFormValues } from "../../validation/release";
import { createRelease, transitionRelease, updateRelease } from "../releases";
import { createTranslation } from "../releases/translations";
import { listPublicAgreements } from "./agreements";
import { listFeedReleases } from "./feed";
import { publicLanguageWhere } from "./releases";
import { candidateFilters, listPublicFacets, searchPublishedReleases, visibleSql } from "./search";
import { SEARCH_CANDIDATES, searchSliceSql } from "./search-candidates";
import { searchSlices } from "./search-slices";
import { searchMatch } from "./search-match";
import { agreementRow, quoteRow, releaseInput } from "@/test/factories";
import { makeUser, publishReviewed, suffix } from "@/test/dal";

/**
 * An original, published through review. Its country is one no other test names, so these releases do
 * not crowd the seed release (AZ) out of other tests' lists (related releases).
 */
async function publishedOriginal(overrides: Partial<ReleaseFormValues> = {}) {
  const writer = await makeUser("WRITER");
  const made = await createRelease(
    writer,
    releaseInput({
      headline: `Ministers sign a pact ${suffix()}`,
      countries: "IS",
      agreements: [agreementRow({ type: "TREATY", title: "Treaty on transit", parties: "A\nB" })],
      quotes: [quoteRow({ speaker: "Aynur Quliyeva", text: "We are proud." })],
      ...overrides,
    }),
  );
  const version = await publishReviewed(made.id, 1);
  return { ...made, version };
}

/** A translation of `originalId` into `language` with these words, published through review. */
async function publishedTranslation(originalId: string, language: string, words: Partial<ReleaseFormValues>) {
  const translator = await makeUser("WRITER");
  const made = await createTranslation(translator, originalId, language);
  if (!made.ok) throw new Error(`translation refused: ${made.refusal}`);
  const saved = await updateRelease(translator, made.id, 1, releaseInput(words));
  expect(saved).toMatchObject({ status: "ok", version: 2 });
  await publishReviewed(made.id, 2);
  return made.id;
}

const search = (params: Record<string, string>, limit = 100) =>
  searchPublishedReleases(parseReleaseQuery(params).query, limit);
const pathsOf = async (params: Record<string, string>) => (await search(params)).items.map((i) => i.path);

const russian = (tag: string): Partial<ReleaseFormValues> => ({
  headline: `Министры подписали договор ${tag}`,
  summary: "Стороны обсудили транзит.",
  body: "Министры подписали два соглашения о транзите грузов.",
  agreements: [agreementRow({ type: "TREATY", title: "Договор о транзите", parties: "А\nБ" })],
  quotes: [quoteRow({ speaker: "Aynur Quliyeva", text: "Мы гордимся." })],
});

describe("issue 14: public lists per language", () => {
  it("a Russian translation is found in Russian by an inflected form, at its translation's address, and never in the originals' list", async () => {
    const tag = suffix();
    const original = await publishedOriginal();
    await publishedTranslation(original.id, "ru", russian(tag));
    const address = `/ru/releases/${original.slug}`;

    // "соглашения" in the text, "соглашение" asked: the russian configuration stems both alike.
    const page = await search({ q: "соглашение", language: "ru" });
    const found = page.items.find((i) => i.path === address);
    expect(found).toMatchObject({ language: "ru", slug: original.slug, headline: `Министры подписали договор ${tag}` });
    expect(found?.highlight?.snippet).toContain("««соглашения»»");
    // Its internal slug (~ru-…) is no address.
    expect(page.items.every((i) => !i.slug.startsWith("~"))).toBe(true);
    // The originals' listing (the default of /) does not list translations.
    expect(await pathsOf({ q: `договор ${tag}` })).toEqual([]);
    expect(await pathsOf({ q: tag, language: "ru" })).toEqual([address]);
  });

  it("a language's listing holds the originals written in it and the live translations into it, each at its address", async () => {
    const tag = suffix();
    const ruOriginal = await publishedOriginal({ ...russian(tag), language: "ru" });
    const enOriginal = await publishedOriginal({ body: `English words ${tag}.` });
    await publishedTranslation(enOriginal.id, "ru", russian(tag));
    expect((await pathsOf({ q: tag, language: "ru" })).sort()).toEqual(
      [`/releases/${ruOriginal.slug}`, `/ru/releases/${enOriginal.slug}`].sort(),
    );
    expect(await pathsOf({ q: tag, language: "en" })).toEqual([`/releases/${enOriginal.slug}`]);
    // Without a search: the same versions, newest first, and pages of one.
    const first = await search({ language: "ru" }, 1);
    expect(first.items).toHaveLength(1);
    expect(first.older).not.toBeNull();
    expect(first.items.every((i) => i.language === "ru")).toBe(true);
  });

  it("a translation leaves the lists when its original is unpublished", async () => {
    const tag = suffix();
    const original = await publishedOriginal();
    await publishedTranslation(original.id, "ru", russian(tag));
    expect(await pathsOf({ q: tag, language: "ru" })).toHaveLength(1);
    const editor = await makeUser("EDITOR");
    expect(await transitionRelease(editor, original.id, original.version, { action: "unpublish" })).toMatchObject({
      status: "ok",
    });
    expect(await pathsOf({ q: tag, language: "ru" })).toEqual([]);
    expect(await pathsOf({ language: "ru" })).not.toContain(`/ru/releases/${original.slug}`);

    // The SQL rule of a language's lists agrees with its Prisma twin.
    const now = new Date();
    for (const language of ["ru", "en", "az"]) {
      const sqlIds = await db().$queryRaw<Array<{ id: string }>>`
        SELECT r.id FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId" WHERE ${visibleSql(now, { language })}`;
      const prismaIds = await db().release.findMany({
        where: publicLanguageWhere(language, now),
        select: { id: true },
      });
      expect(sqlIds.map((r) => r.id).sort()).toEqual(prismaIds.map((r) => r.id).sort());
    }
  });

  it("Azerbaijani matches a word inside its inflected forms (simple + trigram)", async () => {
    const tag = suffix();
    const original = await publishedOriginal();
    await publishedTranslation(original.id, "az", {
      headline: `Nazirlər nəqliyyat sazişini imzaladılar ${tag}`,
      summary: "Tərəflər tranzit barədə danışdılar.",
      body: "Nazirlər yükdaşıma sazişlərini imzaladılar.",
      agreements: [agreementRow({ type: "TREATY", title: "Tranzit haqqında müqavilə", parties: "A\nB" })],
    });
    const address = `/az/releases/${original.slug}`;
    expect(await pathsOf({ q: "saziş", language: "az" })).toContain(address);
    expect(await pathsOf({ q: `yükdaşıma ${tag}`, language: "az" })).toEqual([address]);
    const found = (await search({ q: `saziş ${tag}`, language: "az" })).items[0];
    expect(found?.highlight?.headline).toContain("««saziş»»ini");
    // Another inflection of the same word, by trigram similarity: "sazişlərində" for "sazişlərini".
    expect(await pathsOf({ q: `sazişlərində ${tag}`, language: "az" })).toEqual([address]);
  });

  it("a search by substring pages by rank without repeating or skipping", async () => {
    const tag = suffix();
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await publishedOriginal({
        language: "zh",
        // Every other one has the word in its headline, so the ranks differ.
        headline: i % 2 ? `第${i}号 货运新闻 ${tag}` : `第${i}号新闻 ${tag}`,
        body: `关于铁路货运的合作 ${tag}`,
      });
      made.push(`/releases/${r.slug}`);
    }
    const seen: string[] = [];
    let page = await search({ q: `货运 ${tag}`, language: "zh" }, 2);
    seen.push(...page.items.map((i) => i.path));
    for (let guard = 0; page.older && guard < 10; guard++) {
      page = await searchPublishedReleases(
        { ...parseReleaseQuery({ q: `货运 ${tag}`, language: "zh" }).query, after: page.older },
        2,
      );
      seen.push(...page.items.map((i) => i.path));
    }
    expect(seen.sort()).toEqual(made.sort());
    // Headline matches first.
    const first = await search({ q: `货运 ${tag}`, language: "zh" }, 2);
    expect(first.items.every((i) => i.headline.includes("货运"))).toBe(true);
  });

  it("Chinese finds a two-character word inside a sentence (no spaces to split on)", async () => {
    const tag = suffix();
    const zh = await publishedOriginal({
      language: "zh",
      headline: `两国部长签署运输协定 ${tag}`,
      summary: "双方讨论了过境运输。",
      body: "两国部长在首都会面，签署了关于铁路货运的合作协议。",
    });
    expect(await pathsOf({ q: "货运", language: "zh" })).toContain(`/releases/${zh.slug}`);
    expect(await pathsOf({ q: `协定 ${tag}`, language: "zh" })).toEqual([`/releases/${zh.slug}`]);
    const found = (await search({ q: `协定 ${tag}`, language: "zh" })).items[0];
    expect(found?.highlight?.headline).toContain("««协定»»");
    expect(await pathsOf({ q: "完全没有的词", language: "zh" })).not.toContain(`/releases/${zh.slug}`);
  });

  it("an original's new language is searched in that language's configuration", async () => {
    const tag = suffix();
    const made = await publishedOriginal({ ...russian(tag) });
    expect(await pathsOf({ q: "соглашение", language: "en" })).not.toContain(`/releases/${made.slug}`);
    const editor = await makeUser("EDITOR");
    expect(
      await updateRelease(editor, made.id, made.version, releaseInput({ ...russian(tag), language: "ru" })),
    ).toMatchObject({ status: "ok" });
    expect(await pathsOf({ q: "соглашение", language: "ru" })).toContain(`/releases/${made.slug}`);
  });

  it("the database's configuration of every language is the one lib/domain/search-config.ts names", async () => {
    const rows = await db().$queryRaw<Array<{ code: string; config: string }>>`
      SELECT code, search_config(code)::text AS config
      FROM unnest(ARRAY[${Prisma.join(LANGUAGES.map((l) => l.code))}]::text[]) AS code`;
    expect(Object.fromEntries(rows.map((r) => [r.code, r.config]))).toEqual(
      Object.fromEntries(LANGUAGES.map((l) => [l.code, searchConfig(l.code).config])),
    );
    expect(searchConfig("ru")).toEqual({ config: "russian", trigram: false });
    expect(searchConfig("az")).toEqual({ config: "simple", trigram: true });
    expect(searchConfig("zh")).toEqual({ config: "simple", trigram: true });
  });

  it("agreements, the feed and the facets of a language hold its translations, at their addresses", async () => {
    const tag = suffix();
    const original = await publishedOriginal();
    await publishedTranslation(original.id, "az", {
      headline: `Nazirlər müqavilə imzaladılar ${tag}`,
      body: "Nazirlər tranzit haqqında müqavilə imzaladılar.",
      countries: "IS",
      agreements: [agreementRow({ type: "TREATY", title: `Tranzit haqqında müqavilə ${tag}`, parties: "A\nB" })],
    });
    const address = `/az/releases/${original.slug}`;

    const agreements = await listPublicAgreements({ ...parseAgreementQuery({}).query, language: "az" });
    expect(agreements.items.find((a) => a.title === `Tranzit haqqında müqavilə ${tag}`)).toMatchObject({
      releasePath: address,
      releaseSlug: original.slug,
    });
    const english = await listPublicAgreements(parseAgreementQuery({}).query);
    expect(english.items.map((a) => a.title)).not.toContain(`Tranzit haqqında müqavilə ${tag}`);

    const feed = await listFeedReleases({ language: "az" });
    expect(feed.find((r) => r.headline === `Nazirlər müqavilə imzaladılar ${tag}`)).toMatchObject({
      path: address,
      slug: original.slug,
    });
    expect((await listFeedReleases()).map((r) => r.path)).not.toContain(address);

    const facets = await listPublicFacets("az");
    expect(facets.countries).toContain("IS");
    expect((await listPublicFacets()).languages).toEqual(expect.arrayContaining(["en", "az"]));
  });
});

describe("issue 14: the indexes of a language's search", () => {
  it("a search by substring uses the trigram index", async () => {
    // As search.test.ts does for the tsvector index: a newsroom's worth of Chinese editions (plain SQL,
    // the triggers fill both columns), fresh statistics, then the plan of the real query.
    const tag = `trgm${suffix()}`;
    await db().$executeRawUnsafe(
      `INSERT INTO "Release" (id, slug, language, "updatedAt", "publishedAt")
       SELECT $1 || g, $1 || '-' || g, 'zh', now(), timestamptz '1990-01-01' FROM generate_series(1, 2000) g`,
      tag,
    );
    await db().$executeRawUnsafe(
      `INSERT INTO "Edition" (id, "releaseId", number, status, headline, body, "datelineAt", "datelineOffsetMinutes", issuer, "updatedAt", "publishedAt")
       SELECT $1 || 'e' || g, $1 || g, 1, 'PUBLISHED', '例行新闻稿 ' || g, '关于贸易和天气的普通文字 ' || g,
              now(), 0, 'Ministry', now(), timestamptz '1990-01-01' FROM generate_series(1, 2000) g`,
      tag,
    );
    await db().$executeRawUnsafe(
      `UPDATE "Release" SET "liveEditionId" = $1 || 'e' || substr(id, length($1) + 1) WHERE id LIKE $1 || '%'`,
      tag,
    );
    try {
      await db().$executeRawUnsafe(`VACUUM ANALYZE "Edition"`);
      await db().$executeRawUnsafe(`VACUUM ANALYZE "Release"`);
      // The statement that reads the index: the search's oldest time slice, where these releases are.
      const now = new Date();
      const oldest = searchSlices(now, { from: null, before: null }).at(-1)!;
      const match = searchMatch("铁路货运", "zh");
      const sql = searchSliceSql(
        [...candidateFilters(parseReleaseQuery({ q: "铁路货运", language: "zh" }).query, now), match.where],
        match.rank,
        oldest,
        SEARCH_CANDIDATES,
      );
      const plan = await db().$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        const rows = await tx.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(`EXPLAIN ${sql.text}`, ...sql.values);
        return rows.map((r) => r["QUERY PLAN"]).join("\n");
      });
      expect(plan, plan).toContain("Edition_searchText_idx");
    } finally {
      await db().$executeRawUnsafe(`DELETE FROM "Release" WHERE id LIKE $1 || '%'`, tag);
    }
  }, 60_000);
});
