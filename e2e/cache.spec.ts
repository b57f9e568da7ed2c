import { expect, test, type Page } from "./support/test";
import { releaseByHeadline, sql } from "./support/db";
import { publishThroughReview, sampleRelease, unique, type ReleaseData } from "./support/pages";

// Reader pages and feeds read through a data cache (lib/dal/public/cache.ts). These tests fill the
// cache first, then change something through the editor, and check that the very next reader request
// shows the change: publish, withdraw and unpublish each drop the cached reader data.

// Each test publishes through the two-person workflow (two sign-ins, several forms): slow on a busy machine.
test.beforeEach(() => test.slow());

async function listed(page: Page, headline: string) {
  await page.goto("/");
  return page.getByRole("link", { name: headline, exact: true }).count();
}

test("a publish shows on the cached front page, search, feed and release page at once", async ({
  browser,
  page,
  request,
}) => {
  const word = unique("Zanzibarium").split(" ")[1]!; // a word no other release has
  const data = sampleRelease(unique(`Cached ${word} accord`));

  // Fill the cache with the "before" state of every reader view the release will appear in.
  await page.goto("/");
  await page.goto(`/?q=${word}`);
  await expect(page.getByText("No published releases match.")).toBeVisible();
  expect(await (await request.get("/feed.xml")).text()).not.toContain(data.headline);

  const { editorPage } = await publishThroughReview(browser, data);
  await editorPage.context().close();
  const { slug } = (await releaseByHeadline(data.headline))!;

  expect(await listed(page, data.headline)).toBe(1);
  await page.goto(`/?q=${word}`);
  await expect(page.getByRole("link", { name: data.headline })).toBeVisible();
  expect(await (await request.get("/feed.xml")).text()).toContain(data.headline);
  expect((await page.goto(`/releases/${slug}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: data.headline })).toBeVisible();
});

test("withdraw and unpublish reach readers on their next request", async ({ browser, page }) => {
  // A party only these two releases share, so releases other tests publish meanwhile (same speaker,
  // parties and countries) rank below them in each other's related list.
  const party = unique("Cache test party");
  const withParty = (data: ReleaseData): ReleaseData => ({
    ...data,
    agreements: data.agreements.map((a, i) => (i === 0 ? { ...a, parties: [...a.parties, party] } : a)),
  });
  const kept = withParty(sampleRelease(unique("Withdrawn-later pact")));
  const gone = withParty(sampleRelease(unique("Unpublished-later pact")));
  const first = await publishThroughReview(browser, kept);
  const second = await publishThroughReview(browser, gone);
  const keptSlug = (await releaseByHeadline(kept.headline))!.slug;
  const goneSlug = (await releaseByHeadline(gone.headline))!.slug;

  // Cached: both listed, both pages served.
  expect(await listed(page, kept.headline)).toBe(1);
  expect(await listed(page, gone.headline)).toBe(1);
  expect((await page.goto(`/releases/${goneSlug}`))?.status()).toBe(200);
  expect((await page.goto(`/releases/${keptSlug}`))?.status()).toBe(200);
  // Same speaker, parties (the shared one included) and countries: the newer release is the first related one.
  const related = page.getByRole("complementary", { name: "Related releases" });
  await expect(related.getByRole("link").first()).toHaveText(gone.headline);

  await first.editorPage.goto(first.editUrl);
  await first.editorPage.getByLabel("Reason", { exact: true }).fill("Signed text not final.");
  await first.editorPage.getByRole("button", { name: "Withdraw" }).click();
  await expect(first.editorPage.getByRole("status").filter({ hasText: "Withdrawn" })).toBeVisible();

  await second.editorPage.goto(second.editUrl);
  await second.editorPage.getByRole("button", { name: "Unpublish" }).click();
  await expect(second.editorPage.getByRole("status").filter({ hasText: "Unpublished" })).toBeVisible();

  expect(await listed(page, kept.headline)).toBe(0);
  expect(await listed(page, gone.headline)).toBe(0);
  expect((await page.goto(`/releases/${keptSlug}`))?.status()).toBe(200);
  await expect(page.getByText("This release was withdrawn")).toBeVisible();
  expect((await page.goto(`/releases/${goneSlug}`))?.status()).toBe(404);
  await first.editorPage.context().close();
  await second.editorPage.context().close();
});

// @exclusive: any publish elsewhere drops the reader cache, which would refresh the page this test
// expects to stay stale.
test("a cached page does not change when the database changes behind the app's back @exclusive", async ({
  browser,
  page,
}) => {
  // Proves the pages above really come from the cache (and the invalidation is what refreshed them):
  // a change made with SQL, bypassing the app, stays invisible until the app drops its cache.
  const data = sampleRelease(unique("Cache probe"));
  const { editorPage } = await publishThroughReview(browser, data);
  await editorPage.context().close();
  const { slug } = (await releaseByHeadline(data.headline))!;
  await page.goto(`/releases/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: data.headline })).toBeVisible();

  const changed = `${data.headline} (edited by SQL)`;
  await sql(`UPDATE "Edition" SET headline = $1 WHERE id = (SELECT "liveEditionId" FROM "Release" WHERE slug = $2)`, [
    changed,
    slug,
  ]);
  await page.goto(`/releases/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: data.headline, exact: true })).toBeVisible();

  // Any change made through the app (here the test clock hook, which also drops the cache) refreshes it.
  await page.request.post("/api/test/clock", { data: { offsetMs: 0 } });
  await page.goto(`/releases/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: changed })).toBeVisible();
});
