import { expect, test, type Page } from "./support/test";
import { expectAccessible } from "./support/axe";
import { sql } from "./support/db";

// Issue 12.8: a quote appears once. The body's own occurrence of each structured quote is marked up as
// the quotation (figure > blockquote + figcaption, the speaker linked, a permalink), and a compact
// "Quoted in this release" index replaces the old section that printed every quote a second time.

const SEED = "/releases/azerbaijan-and-china-raise-relations-to-strategic-partnership";
const SPEAKER_PAGE = "/people/aykhan-hajizade";

/** How often `needle` occurs in what a reader sees (and copies) of the page. */
async function occurrences(page: Page, needle: string): Promise<number> {
  const text = await page.evaluate(() => document.body.innerText);
  return text.split(needle).length - 1;
}

/** The figure holding the element with id `quote-N`, described for assertions. */
async function quoteFigure(page: Page, n: number) {
  return page.evaluate((id) => {
    const target = document.getElementById(id);
    const figure = target?.closest("figure");
    if (!figure) return null;
    const blockquote = figure.querySelector(":scope > blockquote");
    const caption = blockquote?.nextElementSibling;
    return {
      text: blockquote?.textContent ?? "",
      captionIsNext: caption?.tagName === "FIGCAPTION",
      speakerHrefs: [...(caption?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href")),
      inIndex: figure.closest("section.quote-index") !== null,
    };
  }, `quote-${n}`);
}

const expectFits = async (page: Page) => {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `the page is ${width} px wide at 390 px`).toBeLessThanOrEqual(390);
};

test("issue 12.8: on the seed release each quote is printed once, where the body says it, with its speaker linked", async ({
  page,
  request,
}) => {
  const api = await request.get(`/api/v1${SEED}`);
  const { quotes } = (await api.json()) as { quotes: Array<{ text: string }> };
  expect(quotes).toHaveLength(2);

  await page.goto(SEED);
  // No separate section repeating the quotes any more.
  await expect(page.getByRole("region", { name: "Quotes", exact: true })).toHaveCount(0);
  for (const [i, quote] of quotes.entries()) {
    // The words without their closing punctuation: the body closes the second one with a comma.
    const words = quote.text.replace(/[.,;:]+$/, "");
    expect(await occurrences(page, words), `quote ${i + 1} in the page text`).toBe(1);

    const figure = await quoteFigure(page, i + 1);
    expect(figure, `#quote-${i + 1} is inside a figure`).not.toBeNull();
    expect(figure!.text).toContain(words.slice(0, 60));
    expect(figure!.captionIsNext, "blockquote + figcaption").toBe(true);
    expect(figure!.speakerHrefs).toContain(SPEAKER_PAGE);
    // In the body, not in an appendix.
    expect(figure!.inIndex).toBe(false);
  }
  // The first quote sits where the body says it: before the paragraph that follows it.
  const order = await page.evaluate(() => {
    const next = [...document.querySelectorAll(".article-body p")].find((p) =>
      p.textContent?.startsWith("In addition, the"),
    );
    const figure = document.getElementById("quote-1");
    return next && figure ? Boolean(figure.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING) : null;
  });
  expect(order).toBe(true);

  // The index: the speaker links to the person page, each quote link to an anchor on this page.
  const index = page.getByRole("region", { name: "Quoted in this release" });
  await expect(index.getByRole("link", { name: "Aykhan Hajizade" })).toHaveAttribute("href", SPEAKER_PAGE);
  const anchors = await index
    .locator("ul a[href^='#']")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(anchors).toEqual(["#quote-1", "#quote-2"]);
  for (const anchor of anchors) await expect(page.locator(anchor!)).toHaveCount(1);
  await index.getByRole("link", { name: "Quote 2" }).click();
  await expect(page).toHaveURL(/#quote-2$/);
  await expect(page.locator("#quote-2")).toBeInViewport();

  // The permalink shows when focused (keyboard users find it), and the speaker goes to their page.
  const permalink = page.getByRole("link", { name: "Link to quote 1" });
  await permalink.focus();
  await expect(permalink).toHaveCSS("opacity", "1");
  await expect(permalink).toHaveAttribute("href", "#quote-1");
  await expectAccessible(page, "release page");
  await page
    .locator("#quote-1")
    .locator("xpath=ancestor-or-self::figure")
    .getByRole("link", { name: "Aykhan Hajizade" })
    .click();
  await expect(page).toHaveURL(new RegExp(`${SPEAKER_PAGE}$`));
});

test("issue 12.8: a whole-paragraph quote is a blockquote, quotes inside a sentence are <q>, and a quote not in the body shows in the index", async ({
  page,
}) => {
  // Plain SQL (as e2e/api.spec.ts does), published in 2002 so no other spec's first page changes. The
  // last quote is not in the body (publish-anyway) and its words and speaker are hostile.
  const tag = `rq${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const hostile = `<img src=x onerror="document.title='owned'"> ${tag} never printed`;
  const body = [
    `The ministers of ${tag} met in Baku.`,
    `"We will build the line together, ${tag}."`,
    `Asked about costs, the minister said the plan was "fully funded by ${tag}" and added that "nothing is left to *chance*" before leaving.`,
  ].join("\n\n");
  await sql(`INSERT INTO "Release" (id, slug, "updatedAt", "publishedAt") VALUES ($1, $1, now(), '2002-03-01')`, [tag]);
  await sql(
    `INSERT INTO "Edition" (id, "releaseId", number, status, headline, summary, body, "datelinePlace", "datelineAt", "datelineOffsetMinutes", issuer, countries, "updatedAt", "publishedAt")
     VALUES ($1 || 'e', $1, 1, 'PUBLISHED', 'Quotes ' || $1, '', $2, 'Baku', '2002-03-01', 240, 'Ministry', ARRAY['AZ'], now(), '2002-03-01')`,
    [tag, body],
  );
  await sql(`UPDATE "Release" SET "liveEditionId" = id || 'e' WHERE id = $1`, [tag]);
  await sql(
    `INSERT INTO "Person" (id, slug, name, aliases, "updatedAt") VALUES ($1 || 'a', $1 || '-a', 'Ann ' || $1, '{}', now()), ($1 || 'b', $1 || '-b', '<b>Bo</b> ' || $1, '{}', now())`,
    [tag],
  );
  const quotes = [
    { person: "a", text: `We will build the line together, ${tag}.` },
    { person: "b", text: `fully funded by ${tag}` },
    { person: "a", text: "nothing is left to chance" },
    { person: "b", text: hostile },
  ];
  for (const [i, q] of quotes.entries()) {
    await sql(
      `INSERT INTO "Quote" (id, "editionId", position, "personId", text, "speakerRole", "speakerOrganisation") VALUES ($1, $2 || 'e', $3, $2 || $4, $5, 'Minister', 'Ministry')`,
      [`${tag}q${i}`, tag, i, q.person, q.text],
    );
  }

  await page.goto(`/releases/${tag}`);
  // The whole paragraph is the quotation.
  const first = page.locator("figure#quote-1");
  await expect(first.locator(":scope > blockquote")).toHaveText(`"We will build the line together, ${tag}."`);
  await expect(first.locator(":scope > blockquote")).toHaveAttribute("cite", `/people/${tag}-a`);
  await expect(first.locator(":scope > figcaption")).toHaveText(`Ann ${tag}, Minister, Ministry`);
  // Two quotations inside one sentence: each exact span is a <q>, the paragraph is kept whole.
  await expect(page.locator("q").filter({ hasText: `fully funded by ${tag}` })).toHaveCount(1);
  await expect(page.locator("q").filter({ hasText: "nothing is left to chance" })).toHaveCount(1);
  await expect(page.locator("q em")).toHaveText("chance");
  for (const n of [2, 3]) {
    const figure = await quoteFigure(page, n);
    expect(figure?.captionIsNext, `quote ${n}: blockquote + figcaption`).toBe(true);
    expect(figure?.text).toContain("Asked about costs, the minister said");
    expect(figure?.inIndex).toBe(false);
  }
  expect((await quoteFigure(page, 2))?.speakerHrefs).toContain(`/people/${tag}-b`);
  expect((await quoteFigure(page, 3))?.speakerHrefs).toContain(`/people/${tag}-a`);

  // The quote the body lacks is still a figure, in the index; its text and speaker are text, not HTML.
  const index = page.getByRole("region", { name: "Quoted in this release" });
  const missing = index.locator("figure#quote-4");
  await expect(missing.locator(":scope > blockquote")).toHaveText(hostile);
  await expect(missing.locator(":scope > figcaption")).toHaveText(`<b>Bo</b> ${tag}, Minister, Ministry`);
  await expect(page.locator("main img, main b")).toHaveCount(0);
  expect(await page.title()).not.toBe("owned");

  for (const q of quotes) expect(await occurrences(page, q.text.replace(/[.,;:]+$/, "")), q.text).toBe(1);
  const anchors = await index
    .locator("ul a[href^='#']")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(anchors.sort()).toEqual(["#quote-1", "#quote-2", "#quote-3", "#quote-4"]);
  await expectAccessible(page, "release with quotes in and out of the body");
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("issue 12.8: the release page with its quotes fits a phone", async ({ page }) => {
    await page.goto(SEED);
    await expect(page.locator("#quote-2")).toBeVisible();
    await expectFits(page);
    await expectAccessible(page, "release page at 390 px");
  });
});
