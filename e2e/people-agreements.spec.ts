import { expect, test } from "./support/test";

test.use({ javaScriptEnabled: false });

const SEED_SLUG = "azerbaijan-and-china-raise-relations-to-strategic-partnership";

test("a person's page lists their published quotes, each linking to its place in the release", async ({ page }) => {
  await page.goto("/people/aykhan-hajizade");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aykhan Hajizade");
  await expect(page.getByText(/Also written .*A\. Hajizade/)).toBeVisible();
  await expect(page.locator(".person-role")).toContainText("Press Secretary");
  // e2e/import.spec.ts may publish an "(imported)" copy: count the seed release's quotes.
  const links = page.locator(`a[href^="/releases/${SEED_SLUG}#quote-"]`);
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toHaveAttribute("href", `/releases/${SEED_SLUG}#quote-1`);
  await expect(links.nth(1)).toHaveAttribute("href", `/releases/${SEED_SLUG}#quote-2`);
  await expect(page.locator("blockquote").first()).toContainText(
    "During the meeting, the heads of state of Azerbaijan and China",
  );
  await links.nth(1).click();
  await expect(page).toHaveURL(`/releases/${SEED_SLUG}#quote-2`);
  await expect(page.locator("#quote-2")).toBeVisible();
});

test("unknown people are a 404", async ({ page }) => {
  for (const path of ["/people/no-such-person", "/people/%E2%80%AE", `/people/${"x".repeat(500)}`]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});

test("/agreements lists the seed's 4 agreements and filters by type and party", async ({ page }) => {
  // The seed's signing day: other journeys publish newer agreements that would push it off the first page.
  await page.goto("/agreements?from=2024-07-04&to=2024-07-04");
  const seedRows = page
    .locator(".agreement-list > li")
    .filter({ has: page.locator(`a[href="/releases/${SEED_SLUG}"]`) });
  await expect(seedRows).toHaveCount(4);
  await expect(seedRows.nth(0)).toContainText("Joint Declaration on the Establishment of Strategic Partnership");

  await page.getByLabel("Agreement type").selectOption("JOINT_DECLARATION");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/type=JOINT_DECLARATION/);
  await expect(seedRows).toHaveCount(1);
  for (const type of await page.locator(".agreement-type").allTextContents()) expect(type).toBe("Joint Declaration");

  await page.goto("/agreements");
  await page.getByLabel("Party").fill("people's republic");
  await page.getByLabel("Agreement type").selectOption("MEMORANDUM_OF_UNDERSTANDING");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(seedRows.first()).toContainText("Memorandum of Understanding");

  await page.goto("/agreements?type=TREATY&party=nobody-at-all");
  await expect(page.getByText("No agreements match.")).toBeVisible();
  await page.goto("/agreements?from=2024-07-04&to=2024-07-04");
  await expect(seedRows).toHaveCount(4);
  await page.goto("/agreements?to=2024-07-03");
  await expect(seedRows).toHaveCount(0);
});
