// Runs against the real (throwaway, migrated and seeded) test database of test/global-setup.ts.
// Issue 17: a search page's highlights are made in the statement that reads its releases
// (highlightSql); highlight() still makes them for what that statement leaves to it. Both must cut the
// same excerpts from the same texts, marks of the texts' own included.
import { describe, it, expect } from "vitest";
import { db } from "../../db";
import { parseReleaseQuery } from "../../validation/public-query";
import { createRelease } from "../releases";
import { searchPublishedReleases } from "./search";
import { highlight, highlightSql, type HighlightSource } from "./search-highlight";
import { agreementRow, quoteRow, releaseInput } from "@/test/factories";
import { makeUser, publishReviewed, suffix } from "@/test/dal";

async function publishedWith(word: string) {
  const writer = await makeUser("WRITER");
  const created = await createRelease(
    writer,
    releaseInput({
      headline: `Ports «««and»» ${word} talks`,
      summary: `A summary naming ${word} once.`,
      body: `Opening words with **no match**.\n\nLater the ${word} corridor opens to freight, a [link](https://example.org) ««««away.`,
      agreements: [agreementRow({ title: `Memorandum on ${word} logistics`, parties: "Chile\nNorway" })],
      quotes: [quoteRow({ speaker: "A Minister", text: `The ${word} route shortens every voyage.` })],
    }),
  );
  await publishReviewed(created.id, 1);
  return created;
}

/** What highlight() is given for a live release: read back from the database. */
async function sourceOf(releaseId: string): Promise<HighlightSource> {
  const release = await db().release.findUniqueOrThrow({
    where: { id: releaseId },
    select: {
      language: true,
      liveEdition: {
        select: {
          headline: true,
          summary: true,
          bodyText: true,
          agreements: { select: { title: true, parties: true }, orderBy: { position: "asc" } },
          quotes: { select: { text: true }, orderBy: { position: "asc" } },
        },
      },
    },
  });
  const live = release.liveEdition;
  if (!live) throw new Error("not live");
  return { id: releaseId, language: release.language, ...live, bodyText: live.bodyText ?? "" };
}

describe("search highlights made in the page's statement", () => {
  it("are exactly those highlight() cuts from the same release", async () => {
    const word = `hl${suffix()}`;
    const created = await publishedWith(word);
    for (const q of [word, `${word} freight`, `"${word} route"`, `${word} -nothing`]) {
      const page = await searchPublishedReleases(parseReleaseQuery({ q }).query, 20);
      const item = page.items.find((i) => i.id === created.id);
      const expected = (await highlight([await sourceOf(created.id)], q, null)).get(created.id);
      expect(item?.highlight).toEqual(expected);
    }
    const page = await searchPublishedReleases(parseReleaseQuery({ q: word }).query, 20);
    const shown = page.items.find((i) => i.id === created.id)?.highlight;
    // The text's own marks are not marks: a run of them is one character, ours surround the word.
    expect(shown?.headline).toBe(`Ports «and» ««${word}»» talks`);
    expect(shown?.snippet).toContain(`««${word}»» corridor`);
    expect(shown?.snippet).not.toContain("**");
    expect(shown?.snippet).not.toContain("example.org");
  });

  it("cut the snippet from the agreements and quotes when the body lacks the word", async () => {
    const word = `hq${suffix()}`;
    const writer = await makeUser("WRITER");
    const created = await createRelease(
      writer,
      releaseInput({
        headline: `Shipping ${suffix()}`,
        body: "Nothing here names it.",
        agreements: [agreementRow({ title: `Accord on ${word} safety`, parties: "Chile\nNorway" })],
        quotes: [quoteRow({ speaker: "A Minister", text: `Safety on the ${word} line comes first.` })],
      }),
    );
    await publishReviewed(created.id, 1);
    const page = await searchPublishedReleases(parseReleaseQuery({ q: word }).query, 20);
    const snippet = page.items.find((i) => i.id === created.id)?.highlight?.snippet;
    expect(snippet).toContain(`Accord on ««${word}»» safety (Chile, Norway)`);
    expect(snippet).toContain(`the ««${word}»» line`);
  });

  it("cut the snippet near the word deep in a long text, also past a look-alike early on", async () => {
    // The window starts where a beginning of the word is first found: "ener…" is inside "General"
    // before the word itself, 3 000 characters in; the snippet still shows the word.
    const word = `energ${suffix()}`;
    const writer = await makeUser("WRITER");
    const filler = "Internationalisation telecommunications infrastructure. ".repeat(60);
    const created = await createRelease(
      writer,
      releaseInput({
        headline: `Corridor ${suffix()}`,
        summary: `A summary naming ${word} once.`,
        body: `General ${word.slice(0, 5)}al remarks opened the talks.\n\n${filler}\n\nThe ${word} corridor opens to freight next spring.`,
      }),
    );
    await publishReviewed(created.id, 1);
    const page = await searchPublishedReleases(parseReleaseQuery({ q: word }).query, 20);
    const snippet = page.items.find((i) => i.id === created.id)?.highlight?.snippet;
    expect(snippet).toContain(`The ««${word}»» corridor opens`);
    expect(snippet).not.toContain("General");
    // Cut at spaces: every word before the match is a whole word of the text around it.
    const before = (snippet ?? "").split("««")[0]!.replaceAll("…", " ").split(/\s+/).filter(Boolean);
    expect(before.length).toBeGreaterThan(4);
    const whole = ["Internationalisation", "telecommunications", "infrastructure.", "The"];
    expect(before.filter((w) => !whole.includes(w))).toEqual([]);
    const expected = (await highlight([await sourceOf(created.id)], word, null)).get(created.id);
    expect(snippet).toBe(expected?.snippet);
  });
});

describe("the statement that reads a search page's releases", () => {
  it("is one text for a search of one word or of several, so each connection prepares it once (issue 17)", () => {
    const text = (q: string) => {
      const sql = highlightSql(q, null);
      return [sql.query.sql, sql.joins.sql, sql.columns.sql].join(" ");
    };
    expect(text("energy")).toBe(text("renewable energy"));
    expect(text("energy")).toBe(text("solar wind geothermal tidal wave power"));
    // The words' probes are the statement's values (excerptProbes).
    expect(highlightSql("renewable energy", null).joins.values).toContainEqual(["renewa", "ener"]);
  });
});
