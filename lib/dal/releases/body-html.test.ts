// Issue 17: the body rendered once when an edition goes live. Against the real test database.
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { readerMessages } from "../../i18n/messages";
import { releaseBodyFor, renderBodyFor } from "../../i18n/release-body";
import { createRelease, updateRelease } from ".";
import { renderStaleBodies } from "./body-html";
import { createTranslation } from "./translations";
import { markdownToText } from "../../domain/markdown-text";
import { parseReleaseQuery } from "../../validation/public-query";
import { searchPublishedReleases } from "../public/search";
import { quoteRow, releaseInput } from "@/test/factories";
import { liveRelease, makeUser, publishReviewed, uniqueHeadline } from "@/test/dal";

const WORDS = "We will build the line together.";

async function published(language = "en") {
  const writer = await makeUser("WRITER");
  const created = await createRelease(
    writer,
    releaseInput({
      headline: uniqueHeadline("Stored body"),
      language,
      body: `The ministers met.\n\n"${WORDS}"\n\nThey left.`,
      quotes: [quoteRow({ speaker: "Ann Body-Html", speakerRole: "Minister", text: WORDS })],
    }),
  );
  const version = await publishReviewed(created.id, 1);
  return { ...created, version, writer };
}

const editionRow = (id: string) =>
  db().edition.findUniqueOrThrow({
    where: { id },
    select: { bodyHtml: true, quoteIndexHtml: true, bodyHtmlKey: true },
  });

describe("issue 17: the body's HTML, stored when an edition goes live", () => {
  it("publishing stores the HTML the release page shows, and the page uses it as it is", async () => {
    const made = await published();
    const release = await liveRelease(made.slug);
    expect(release.renderedBody?.body).toContain('<figure class="quote" id="quote-1">');
    expect(release.renderedBody?.index).toContain("Quoted in this release");
    const chrome = readerMessages(release.language);
    // The page takes the stored HTML (no rendering), and it is exactly what rendering now would give.
    expect(releaseBodyFor(release, chrome)).toBe(release.renderedBody);
    expect(renderBodyFor(release, chrome)).toEqual(release.renderedBody);
  });

  it("a draft's words never reach the public read: the live edition's HTML stays, the draft has none", async () => {
    const made = await published();
    const saved = await updateRelease(
      made.writer,
      made.id,
      made.version,
      releaseInput({
        headline: uniqueHeadline("Stored body"),
        body: "Secret draft words not yet reviewed.",
        quotes: [],
        changeNote: "A correction in the making",
      }),
    );
    expect(saved.status).toBe("ok");
    const draft = await db().edition.findFirstOrThrow({ where: { releaseId: made.id }, orderBy: { number: "desc" } });
    expect(draft.status).toBe("DRAFT");
    expect(await editionRow(draft.id)).toEqual({ bodyHtml: null, quoteIndexHtml: null, bodyHtmlKey: null });
    const release = await liveRelease(made.slug);
    expect(release.renderedBody?.body).toContain(WORDS);
    expect(release.renderedBody?.body).not.toContain("Secret draft");
  });

  it("a correction going live replaces the HTML with its own", async () => {
    const made = await published();
    const saved = await updateRelease(
      made.writer,
      made.id,
      made.version,
      releaseInput({
        headline: uniqueHeadline("Stored body"),
        body: `Corrected.\n\n"${WORDS}"`,
        quotes: [quoteRow({ speaker: "Ann Body-Html", text: WORDS })],
        changeNote: "Corrected the opening",
      }),
    );
    expect(saved.status).toBe("ok");
    await publishReviewed(made.id, made.version + 1);
    const release = await liveRelease(made.slug);
    expect(release.editionNumber).toBe(2);
    expect(release.renderedBody?.body).toMatch(/^<p>Corrected\.<\/p>/);
  });

  it("a translation's HTML is in its language and says its quotes are translated", async () => {
    const made = await published();
    const translator = await makeUser("WRITER");
    const result = await createTranslation(translator, made.id, "ru");
    if (!result.ok) throw new Error(result.refusal);
    await publishReviewed(result.id, 1);
    const release = await liveRelease(made.slug, "ru");
    const chrome = readerMessages("ru");
    expect(release.renderedBody?.key).toMatch(/\|ru\|en$/);
    expect(release.renderedBody?.index).toContain(chrome.bodyLabels.quotedInThisRelease);
    expect(release.renderedBody?.body).toContain(chrome.translatedFrom("en"));
    expect(releaseBodyFor(release, chrome)).toBe(release.renderedBody);
    // A page in another language (none today, but the key says so) renders on read instead.
    expect(releaseBodyFor(release, readerMessages("en")).index).toContain("Quoted in this release");
  });

  it("the backfill renders live editions without fitting HTML (older ones, a new renderer) and leaves updatedAt alone", async () => {
    const made = await published();
    const release = await liveRelease(made.slug);
    const before = await db().edition.findUniqueOrThrow({ where: { id: release.editionId } });
    await db()
      .$executeRaw`UPDATE "Edition" SET "bodyHtml" = NULL, "quoteIndexHtml" = NULL, "bodyHtmlKey" = NULL WHERE id = ${release.editionId}`;
    expect((await liveRelease(made.slug)).renderedBody).toBeNull();
    // Without stored HTML the page renders on read, to the same HTML.
    expect(releaseBodyFor(await liveRelease(made.slug), readerMessages("en"))).toEqual({
      body: release.renderedBody!.body,
      index: release.renderedBody!.index,
      key: release.renderedBody!.key,
    });
    while ((await renderStaleBodies(500)) === 500);
    expect(await editionRow(release.editionId)).toEqual({
      bodyHtml: release.renderedBody!.body,
      quoteIndexHtml: release.renderedBody!.index,
      bodyHtmlKey: release.renderedBody!.key,
    });
    await db().$executeRaw`UPDATE "Edition" SET "bodyHtmlKey" = 'v0.old|en|' WHERE id = ${release.editionId}`;
    while ((await renderStaleBodies(500)) === 500);
    expect((await editionRow(release.editionId)).bodyHtmlKey).toBe(release.renderedBody!.key);
    const after = await db().edition.findUniqueOrThrow({ where: { id: release.editionId } });
    expect(after.updatedAt).toEqual(before.updatedAt);
  });
});

const bodyTextOf = async (id: string) =>
  (await db().edition.findUniqueOrThrow({ where: { id }, select: { bodyText: true } })).bodyText;

describe("issue 17: the body's text, stored when an edition goes live, for search excerpts", () => {
  it("publishing stores the text a reader sees of the body; a draft has none", async () => {
    const made = await published();
    const release = await liveRelease(made.slug);
    expect(await bodyTextOf(release.editionId)).toBe(markdownToText(release.body));
    expect(await bodyTextOf(release.editionId)).toBe(`The ministers met. "${WORDS}" They left.`);
    const saved = await updateRelease(
      made.writer,
      made.id,
      made.version,
      releaseInput({ headline: uniqueHeadline("Stored body"), body: "Draft **words**.", quotes: [] }),
    );
    expect(saved.status).toBe("ok");
    const draft = await db().edition.findFirstOrThrow({ where: { releaseId: made.id }, orderBy: { number: "desc" } });
    expect(await bodyTextOf(draft.id)).toBeNull();
  });

  it("a search's excerpt is cut from the stored text, and from the body itself where there is none yet", async () => {
    const word = `zqx${Date.now().toString(36)}`;
    const writer = await makeUser("WRITER");
    const created = await createRelease(
      writer,
      releaseInput({ headline: uniqueHeadline("Excerpt"), body: `The **${word}** corridor opens to freight.` }),
    );
    await publishReviewed(created.id, 1);
    const excerpt = async () =>
      (await searchPublishedReleases(parseReleaseQuery({ q: word }).query, 20)).items.find((r) => r.id === created.id)
        ?.highlight?.snippet;
    expect(await excerpt()).toContain(`««${word}»» corridor opens to freight`);
    const { editionId } = await liveRelease(created.slug);
    // Proof that the stored text is what is read: a text the body cannot give.
    await db()
      .$executeRaw`UPDATE "Edition" SET "bodyText" = ${`Stored: ${word} and nothing else.`} WHERE id = ${editionId}`;
    expect(await excerpt()).toContain(`Stored: ««${word}»» and nothing else`);
    // Not stored yet (an edition live before the column): made from the body on read, then backfilled.
    await db().$executeRaw`UPDATE "Edition" SET "bodyText" = NULL WHERE id = ${editionId}`;
    expect(await excerpt()).toContain(`««${word}»» corridor opens to freight`);
    while ((await renderStaleBodies(500)) === 500);
    expect(await bodyTextOf(editionId)).toBe(`The ${word} corridor opens to freight.`);
  });
});
