import { expect, test } from "./support/test";
import { releaseByHeadline } from "./support/db";
import { expectFormHolds, fillRelease, publishThroughReview, sampleRelease, signIn } from "./support/pages";

test.describe("writing and publishing a release", () => {
  test("a draft with 2 agreements and 1 quote is saved and shown back; drafts stay private", async ({ page }) => {
    const data = sampleRelease();
    await signIn(page, "writer");
    await page.getByRole("link", { name: "New release" }).click();
    await fillRelease(page, data);
    // Writers may save drafts but not publish.
    await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
    await page.getByRole("button", { name: "Save draft" }).click();

    await expect(page).toHaveURL(/\/admin\/releases\/[^/]+\?done=draft$/);
    await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
    await expectFormHolds(page, data);

    const stored = await releaseByHeadline(data.headline);
    expect(stored?.status).toBe("DRAFT");
    await page.goto("/admin");
    await expect(page.getByRole("row", { name: new RegExp(data.headline) })).toContainText("draft");
    await expect(page.getByRole("row", { name: new RegExp(data.headline) })).toContainText("Walt Writer");

    await page.goto("/");
    await expect(page.getByRole("link", { name: data.headline })).toHaveCount(0);
    expect((await page.goto(`/releases/${stored!.slug}`))?.status()).toBe(404);
  });

  test("a validation error is shown next to its field and keeps every typed value", async ({ page }) => {
    const data = sampleRelease();
    data.offset = "+15:00";
    data.countries = "AZ, XX";
    await signIn(page, "editor");
    await page.goto("/admin/releases/new");
    await fillRelease(page, data);
    await page.getByRole("group", { name: "Agreement 2" }).getByLabel("Agreement title", { exact: true }).fill("");
    data.agreements[1]!.title = "";
    await page.getByRole("button", { name: "Save draft" }).click();

    await expect(page.getByRole("alert", { name: "Save problem" })).toContainText("nothing was saved");
    await expect(page.getByLabel("UTC offset", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#utcOffset-error")).toHaveText(/UTC offset from -12:00 to \+14:00/);
    await expect(page.locator("#countries-error")).toContainText("XX");
    await expect(page.locator("#agreement-1-title-error")).toHaveText("Agreement title is required");
    await expectFormHolds(page, data);
    expect(await releaseByHeadline(data.headline)).toBeUndefined();
  });

  test("submitted by a writer, published by an editor: read it on / and its page, then unpublish makes it 404", async ({
    browser,
  }) => {
    const data = sampleRelease();
    const { editorPage: page, editUrl } = await publishThroughReview(browser, data);
    const { slug } = (await releaseByHeadline(data.headline))!;

    await page.goto("/");
    const item = page.locator("li", { has: page.getByRole("link", { name: data.headline }) });
    await expect(item).toContainText("Baku, 14 March 2025 16:30 (UTC+04:00)");
    await expect(item).toContainText(data.summary);
    await item.getByRole("link", { name: data.headline }).click();
    await expect(page).toHaveURL(`/releases/${slug}`);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(data.headline);
    await expect(page.locator("time.dateline")).toHaveText("Baku, 14 March 2025 16:30 (UTC+04:00)");
    await expect(page.locator(".article-body strong")).toHaveText("expand");
    const agreements = page
      .getByRole("region", { name: "Agreements" })
      .getByRole("listitem")
      .filter({ has: page.locator(".agreement-title") });
    await expect(agreements).toHaveCount(2);
    await expect(agreements.nth(0)).toContainText("Memorandum of Understanding on rail freight");
    await expect(agreements.nth(0)).toContainText("Ministry of Economy of Georgia");
    await expect(agreements.nth(1)).toContainText("Protocol");
    const quote = page.locator("figure:has(blockquote)");
    await expect(quote).toHaveCount(1);
    // Printed once, where the body says it (issue 12.8): the quote's words are the <q> in that paragraph.
    await expect(quote.locator("blockquote q")).toContainText(data.quotes[0]!.text.replace(/\.$/, ""));
    await expect(quote.locator("figcaption")).toHaveText("Leyla Mammadova, Deputy Minister, Ministry of Transport");

    await page.goto(editUrl);
    await page.getByRole("button", { name: "Unpublish" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Unpublished" })).toBeVisible();
    expect((await page.goto(`/releases/${slug}`))?.status()).toBe(404);
    await page.goto("/");
    await expect(page.getByRole("link", { name: data.headline })).toHaveCount(0);
  });
});

test("editing a published release makes a new draft edition; readers keep the live one until it is published", async ({
  browser,
}) => {
  const data = sampleRelease();
  const { editorPage: page, editUrl } = await publishThroughReview(browser, data);
  const { slug } = (await releaseByHeadline(data.headline))!;

  await page.getByLabel("Summary", { exact: true }).fill("A corrected summary, not yet public.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("note")).toContainText("Readers see edition 1 until this edition (2) is published.");

  await page.goto(`/releases/${slug}`);
  await expect(page.locator(".summary")).toHaveText(data.summary);

  // The new edition goes through review too; an admin publishes it.
  await page.goto(editUrl);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  await admin.goto(editUrl);
  await admin.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  await admin.goto(`/releases/${slug}`);
  await expect(admin.locator(".summary")).toHaveText("A corrected summary, not yet public.");
});
