// Issue 17: a public page's data in one statement (relationJoins) instead of one per relation. The
// release page's read now brings its corrections and its versions along: they must be what the
// separate reads (publicChanges, publicVersions) say. Against the real test database.
import { afterAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@prisma/client";
import { createPool, withPublicClient } from "../../db";
import { env } from "../../env";
import { createRelease, updateRelease } from "../releases";
import { createTranslation } from "../releases/translations";
import { getPublicRelease, publicChanges, publicVersions } from "./releases";
import { searchPublishedReleases } from "./search";
import { listFeedReleases } from "./feed";
import { parseReleaseQuery } from "../../validation/public-query";
import { agreementRow, quoteRow, releaseInput } from "@/test/factories";
import { makeUser, publishReviewed, uniqueHeadline } from "@/test/dal";

// A client of its own whose statements are counted; publicDb() answers it inside withPublicClient.
const pool = createPool(env().DATABASE_URL, "pressroom-test-count");
const counting = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: "event", level: "query" }] });
let statements = 0;
counting.$on("query" as never, (_event: Prisma.QueryEvent) => statements++);
afterAll(async () => {
  await counting.$disconnect();
});

async function counted<T>(read: () => Promise<T>): Promise<{ result: T; statements: number }> {
  statements = 0;
  const result = await withPublicClient(counting, read);
  return { result, statements };
}

/** A published original with agreements, quotes, two corrections, a live translation and a draft one. */
async function corrected() {
  const writer = await makeUser("WRITER");
  const input = (headline: string, changeNote = "") =>
    releaseInput({
      headline,
      body: "The ministers met. “We agree,” the minister said.",
      agreements: [agreementRow({ title: "Memorandum on roads", parties: "A\nB" })],
      quotes: [quoteRow({ text: "We agree", speaker: "Rena Page-Reads", speakerRole: "Minister" })],
      changeNote,
    });
  const created = await createRelease(writer, input(uniqueHeadline("One statement")));
  let version = await publishReviewed(created.id, 1);
  for (const note of ["Corrected a party", "Corrected the date"]) {
    const saved = await updateRelease(writer, created.id, version, input(uniqueHeadline("One statement"), note));
    if (saved.status !== "ok") throw new Error(`correction refused: ${saved.status}`);
    version = await publishReviewed(created.id, saved.version);
  }
  const translator = await makeUser("WRITER");
  const az = await createTranslation(translator, created.id, "az");
  const ru = await createTranslation(translator, created.id, "ru");
  if (!az.ok || !ru.ok) throw new Error("translation refused");
  await publishReviewed(az.id, 1);
  return { ...created, translationId: az.id };
}

describe("issue 17: the release page's data in one statement", () => {
  it("the original's page: its corrections and versions are those of the separate reads, in one statement", async () => {
    const made = await corrected();
    const { result: page, statements: n } = await counted(() => getPublicRelease(made.slug));
    expect(n).toBe(1);
    if (page?.kind !== "live") throw new Error("not live");
    expect(page.release.editionNumber).toBe(3);
    expect(page.release.changes.map((c) => c.note)).toEqual(["Corrected the date", "Corrected a party"]);
    expect(page.release.changes).toEqual(await publicChanges(made.id, 3));
    // The draft translation (ru) is not a version.
    expect(page.versions.map((v) => [v.language, v.path, v.original])).toEqual([
      ["en", `/releases/${made.slug}`, true],
      ["az", `/az/releases/${made.slug}`, false],
    ]);
    expect(page.versions).toEqual(await publicVersions(made.id));
    expect(page.release.agreements.map((a) => a.title)).toEqual(["Memorandum on roads"]);
    expect(page.release.quotes.map((q) => [q.speaker.name, q.speakerRole])).toEqual([["Rena Page-Reads", "Minister"]]);
    expect(page.release.datelineAt).toBeInstanceOf(Date);
  });

  it("a translation's page lists its original's versions; its own corrections are its own (none)", async () => {
    const made = await corrected();
    const { result: page, statements: n } = await counted(() => getPublicRelease(made.slug, undefined, "az"));
    expect(n).toBe(1);
    if (page?.kind !== "live") throw new Error("not live");
    expect(page.release.language).toBe("az");
    expect(page.versions).toEqual(await publicVersions(made.id));
    expect(page.release.changes).toEqual([]);
    expect(page.release.changes).toEqual(await publicChanges(made.translationId, page.release.editionNumber));
  });

  it("a listing page is two statements (the page's ids, then its releases), whatever they hold", async () => {
    await corrected();
    const { result: page, statements: n } = await counted(() =>
      searchPublishedReleases(parseReleaseQuery({}).query, 20),
    );
    expect(page.items.length).toBeGreaterThan(0);
    expect(n).toBe(2);
  });

  it("the feed is one statement, with each release's corrections as the separate read gives them", async () => {
    const made = await corrected();
    const { result: feed, statements: n } = await counted(() => listFeedReleases({ limit: 50 }));
    expect(n).toBe(1);
    const entry = feed.find((r) => r.slug === made.slug && r.path === `/releases/${made.slug}`);
    expect(entry?.changes.map((c) => c.note)).toEqual(["Corrected the date", "Corrected a party"]);
    expect(entry?.changes).toEqual(await publicChanges(made.id, 3));
  });
});
