import { expect, test } from "./support/test";
import { sql } from "./support/db";

// The search and filters are a plain GET form: they must work with JavaScript off.
test.use({ javaScriptEnabled: false });

const SEED_HEADLINE = "Azerbaijan and China raise relations to strategic partnership";
const seedLink = (page: import("@playwright/test").Page) =>
  page.getByRole("link", { name: SEED_HEADLINE, exact: true });

test("full-text search through the form highlights matched words", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Search").fill("visas");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=visas/);
  await expect(seedLink(page)).toBeVisible();
  // "visas" is in an agreement title, not the headline: the snippet shows it marked.
  await expect(page.locator(".release-list mark").first()).toHaveText(/visas/i);

  await page.getByLabel("Search").fill("strategic partnership");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.locator(".release-list h2 mark").first()).toHaveText(/strategic/i);

  await page.getByLabel("Search").fill("xylophonequasarzzz");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No published releases match.")).toBeVisible();
});

test("each filter works through the GET form", async ({ page }) => {
  const check = async (fill: () => Promise<void>, param: RegExp, shown: boolean) => {
    await page.goto("/");
    await fill();
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(param);
    if (shown) await expect(seedLink(page)).toBeVisible();
    else await expect(seedLink(page)).toHaveCount(0);
  };
  await check(
    () =>
      page
        .getByLabel("Country")
        .selectOption("CN")
        .then(() => undefined),
    /country=CN/,
    true,
  );
  await check(
    () =>
      page
        .getByLabel("Agreement type")
        .selectOption("JOINT_DECLARATION")
        .then(() => undefined),
    /type=JOINT_DECLARATION/,
    true,
  );
  await check(
    () =>
      page
        .getByLabel("Agreement type")
        .selectOption("TREATY")
        .then(() => undefined),
    /type=TREATY/,
    false,
  );
  await check(() => page.getByLabel("Issuer").fill("Ministry of Foreign Affairs of the Republic"), /issuer=/, true);
  await check(() => page.getByLabel("Issuer").fill("Nobody at all"), /issuer=Nobody/, false);
  await check(() => page.getByLabel("Speaker").fill("Hajizade"), /speaker=Hajizade/, true);
  await check(() => page.getByLabel("Speaker").fill("aykhan-hajizade"), /speaker=aykhan-hajizade/, true);
  await check(
    async () => {
      await page.getByLabel("From").fill("2024-07-01");
      await page.getByLabel("To").fill("2024-07-31");
    },
    /from=2024-07-01&to=2024-07-31/,
    true,
  );
  await check(() => page.getByLabel("From").fill("2024-08-01"), /from=2024-08-01/, false);
  // The form keeps what was asked for.
  await page.goto("/?country=CN&type=MEMORANDUM_OF_UNDERSTANDING&speaker=Hajizade");
  await expect(page.getByLabel("Country")).toHaveValue("CN");
  await expect(page.getByLabel("Agreement type")).toHaveValue("MEMORANDUM_OF_UNDERSTANDING");
  await expect(page.getByLabel("Speaker")).toHaveValue("Hajizade");
  await expect(seedLink(page)).toBeVisible();
});

test.describe("pagination", () => {
  // Unique per worker: with fullyParallel each worker that runs tests of this group runs beforeAll too.
  const tag = `pagetest${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const COUNT = 25;

  test.beforeAll(async () => {
    // Published long before the seed (2001), so other specs' first pages are unchanged. Plain SQL: the
    // search triggers index them like any other edition.
    await sql(
      `INSERT INTO "Release" (id, slug, "updatedAt", "publishedAt")
       SELECT $1 || g, $1 || '-' || g, now(), timestamptz '2001-01-01' + g * interval '1 hour' FROM generate_series(1, ${COUNT}) g`,
      [tag],
    );
    await sql(
      `INSERT INTO "Edition" (id, "releaseId", number, status, headline, body, "datelineAt", "datelineOffsetMinutes", issuer, "updatedAt", "publishedAt")
       SELECT $1 || 'e' || g, $1 || g, 1, 'PUBLISHED', 'Paging release ' || g || ' ' || $1, 'Body', timestamptz '2001-01-01', 0, 'Paging office ' || $1,
              now(), timestamptz '2001-01-01' + g * interval '1 hour' FROM generate_series(1, ${COUNT}) g`,
      [tag],
    );
    await sql(
      `UPDATE "Release" SET "liveEditionId" = $1 || 'e' || substr(id, length($1) + 1) WHERE id LIKE $1 || '%'`,
      [tag],
    );
  });

  test.afterAll(async () => {
    await sql(`DELETE FROM "Release" WHERE id LIKE $1 || '%'`, [tag]);
  });

  test("by date: Older and Newer releases links walk the pages", async ({ page }) => {
    await page.goto(`/?issuer=${tag}`);
    const items = page.locator(".release-list > li");
    await expect(items).toHaveCount(20);
    await expect(items.first()).toContainText(`Paging release 25 ${tag}`);
    await expect(page.getByRole("link", { name: "Newer releases" })).toHaveCount(0);
    await page.getByRole("link", { name: "Older releases" }).click();
    await expect(page).toHaveURL(/after=/);
    await expect(items).toHaveCount(5);
    await expect(items.first()).toContainText(`Paging release 5 ${tag}`);
    await expect(page.getByRole("link", { name: "Older releases" })).toHaveCount(0);
    await page.getByRole("link", { name: "Newer releases" }).click();
    await expect(items).toHaveCount(20);
    await expect(items.first()).toContainText(`Paging release 25 ${tag}`);
  });

  test("search results page too, with the search kept", async ({ page }) => {
    await page.goto(`/?q=${tag}`);
    await expect(page.locator(".release-list > li")).toHaveCount(20);
    await page.getByRole("link", { name: "More results" }).click();
    await expect(page).toHaveURL(new RegExp(`q=${tag}.*after=`));
    await expect(page.locator(".release-list > li")).toHaveCount(5);
    await expect(page.locator(".release-list mark").first()).toBeVisible();
  });
});

test("garbage query strings never cause a server error", async ({ page }) => {
  const long = "x".repeat(10_000);
  const paths = [
    `/?q=${long}`,
    "/?q=%00%01",
    "/?q=%ZZ",
    "/?q=the",
    "/?q=!!!%26%26|||<->:*()",
    "/?q=%22unclosed",
    "/?country=AZ&country=CN",
    "/?country=ZZ&country=%3Cscript%3E",
    "/?type=NOPE&type=TREATY",
    "/?from=2024-02-30&to=yesterday",
    "/?from=99999-99-99",
    "/?after=garbage",
    "/?before=%E2%80%AE",
    `/?after=${Buffer.from('["2024-01-01T00:00:00.000Z","x",null]').toString("base64url")}&q=visas`,
    `/?after=${"A".repeat(5000)}`,
    "/?speaker=%25%5F%5C",
    "/?issuer[]=a&issuer[x]=b",
    "/agreements?page=-1",
    "/agreements?page=99999999999999",
    "/agreements?page=abc&type=%00",
    "/agreements?party=%25&from=2024-13-01",
    "/people/%ZZ",
    `/people/${long.slice(0, 3000)}`,
  ];
  for (const path of paths) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBeLessThan(500);
  }
  await page.goto("/?from=2024-02-30&after=garbage");
  await expect(page.getByRole("status")).toContainText("not a date");
  await expect(page.getByRole("status")).toContainText("page link was not valid");
});

test("the 404 page offers a search", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await page.getByLabel("Search").fill("visas");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/\?q=visas/);
  await expect(seedLink(page)).toBeVisible();
});
