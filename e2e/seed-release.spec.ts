import { expect, test } from "./support/test";

const SEED = "/releases/azerbaijan-and-china-raise-relations-to-strategic-partnership";

test("the seed release is listed on the home page and its page shows 4 agreements and 2 quotes by Aykhan Hajizade", async ({
  page,
}) => {
  // Other journeys publish newer releases first, pushing the 2024 seed off the first page: narrow the
  // list to China, as a reader would, with the home page's own filter.
  await page.goto("/?country=CN");
  // Exact: e2e/import.spec.ts publishes an "(imported)" copy of this release.
  const link = page.getByRole("link", {
    name: "Azerbaijan and China raise relations to strategic partnership",
    exact: true,
  });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(SEED);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Azerbaijan and China raise relations to strategic partnership",
  );
  await expect(page.locator("time.dateline")).toHaveText("4 July 2024 09:00 (UTC+04:00)");
  await expect(page.getByText("Ministry of Foreign Affairs of the Republic of Azerbaijan").first()).toBeVisible();
  await expect(page.locator(".source-credit")).toHaveText("Azernews");

  const agreements = page.getByRole("region", { name: "Agreements" }).locator("ul.agreements > li");
  await expect(agreements).toHaveCount(4);
  await expect(agreements.nth(0)).toContainText("Joint Declaration");
  await expect(agreements.nth(0)).toContainText("Joint Declaration on the Establishment of Strategic Partnership");
  await expect(agreements.nth(0)).toContainText("People's Republic of China");
  await expect(agreements.nth(1)).toContainText("Memorandum of Understanding");
  await expect(agreements.nth(3)).toContainText(
    "Agreement on unilaterally exempting Chinese citizens from entry visas",
  );

  const quotes = page.locator("figure:has(blockquote)");
  await expect(quotes).toHaveCount(2);
  for (const caption of await quotes.locator("figcaption").all()) {
    await expect(caption).toContainText(
      "Aykhan Hajizade, Press Secretary, Ministry of Foreign Affairs of the Republic of Azerbaijan",
    );
  }
  await expect(quotes.nth(0).locator("blockquote")).toContainText(
    "During the meeting, the heads of state of Azerbaijan and China",
  );
  // The body is kept word for word, paragraphs included.
  await expect(page.locator(".article-body p")).toHaveCount(6);
});

test("unknown and malformed slugs are a 404 page, not an error", async ({ page }) => {
  for (const path of ["/releases/no-such-release", "/releases/%E2%80%AE", `/releases/${"x".repeat(3000)}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  for (const path of ["/releases/%ZZ", "/releases/%E0%A4%A", "/preview/%ZZ"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});

test("issue 12.7: every entity is one click away: speaker to person page, party to its agreements, country to its releases", async ({
  page,
}) => {
  await page.goto(SEED);
  const quote = page.locator("figure.quote").first();
  await quote.getByRole("link", { name: "Aykhan Hajizade" }).click();
  await expect(page).toHaveURL(/\/people\/aykhan-hajizade$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aykhan Hajizade");

  await page.goto(SEED);
  const party = "People's Republic of China";
  const agreement = page.getByRole("region", { name: "Agreements" }).locator("ul.agreements > li").first();
  await agreement.getByRole("link", { name: party, exact: true }).click();
  await expect(page).toHaveURL(/\/agreements\?party=/);
  expect(new URL(page.url()).searchParams.get("party")).toBe(party);
  const rows = page.locator("li.agreement-row");
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText(party);
  // The index links parties too.
  await expect(rows.first().getByRole("link", { name: party, exact: true })).toBeVisible();

  await page.goto(SEED);
  await page.locator(".article-meta").getByRole("link", { name: "People's Republic of China", exact: true }).click();
  await expect(page).toHaveURL(/\/\?country=CN$/);
  await expect(
    page.getByRole("link", { name: "Azerbaijan and China raise relations to strategic partnership", exact: true }),
  ).toBeVisible();
});

test("issue 13: the seed release page shows its title card, drawn at seed time, as its lead image", async ({
  page,
  baseURL,
}) => {
  await page.goto(SEED);
  const img = page.locator("figure.lead-image img");
  await expect(img).toHaveAttribute("alt", /Azerbaijan – China/);
  await expect(img).toHaveAttribute("width", "1600");
  await expect(img).toHaveAttribute("height", "900");
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeTruthy();
  await expect(page.locator('figure.lead-image source[type="image/avif"]')).toHaveAttribute(
    "srcset",
    /480w, .*960w, .*1600w$/,
  );
  const src = (await img.getAttribute("src"))!;
  expect((await page.request.get(src)).headers()["content-type"]).toBe("image/jpeg");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", new URL(src, baseURL).toString());
});
