import { expect, test, type Page } from "./support/test";
import { savedSession } from "./support/auth-state";
import { expectAccessible } from "./support/axe";
import { E2E_PASSWORD, ensureUser, sql } from "./support/db";
import { signIn } from "./support/pages";

// Issue 12.4: the releases list (/admin) over 600 releases of this file's own, inserted with SQL. Every
// release carries the search word `tag` (a worker's own, as each worker that runs these tests runs
// beforeAll), so searching for it leaves out whatever other tests made; their updates are dated 2003, so
// the unfiltered first pages other tests look at stay theirs.

const letters = () =>
  Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
// Letters only: one word (one lexeme) for PostgreSQL's english parser.
const tag = `adml${letters()}`;
const rare = `admr${letters()}`;
const COUNT = 600;
const PER_PAGE = 50;
const AUTHOR = { email: `${tag}@pressroom.test`, name: `Lister ${tag}` };

// Kinds by g % 6: 0 draft, 1 submitted, 2 scheduled, 3 published, 4 withdrawn, 5 published with a newer
// draft edition (counted under Drafts and under Published). The list's author writes every 4th release;
// countries rotate AZ / GE+TR / CN; the word `rare` is only in the body of draft 6.
const all = Array.from({ length: COUNT }, (_, i) => COUNT - i); // newest update first: 600 … 1
const kind = (g: number) => g % 6;
const TABS: Record<string, (g: number) => boolean> = {
  All: () => true,
  Mine: () => false, // as the editor: none of these are the editor's
  Drafts: (g) => kind(g) === 0 || kind(g) === 5,
  "Awaiting review": (g) => kind(g) === 1,
  Scheduled: (g) => kind(g) === 2,
  Published: (g) => kind(g) === 3 || kind(g) === 5,
  Withdrawn: (g) => kind(g) === 4,
};
const byAuthor = (g: number) => g % 4 === 0;
const inGeorgia = (g: number) => g % 3 === 1;
const headline = (g: number) => `Tagged ${tag} ${String(g).padStart(3, "0")}`;

const statusNav = (page: Page) => page.getByRole("navigation", { name: "Release status" });
const tab = (page: Page, name: string) => statusNav(page).getByRole("link", { name, exact: true });
/** The headlines listed, once the page has loaded (its HTML streams in after the address changes). */
async function headlines(page: Page): Promise<string[]> {
  await page.waitForLoadState();
  return page.getByRole("table").getByRole("link").allInnerTexts();
}

/** Follows a page link and waits until its page is the one shown. */
async function follow(page: Page, name: "Next page" | "Previous page") {
  const link = page.getByRole("link", { name, exact: true });
  const href = (await link.getAttribute("href"))!;
  expect(href).not.toMatch(/offset|[?&]page=/);
  await link.click();
  await page.waitForURL((url) => `${url.pathname}${url.search}` === href);
}
const listUrl = (params: Record<string, string>) => `/admin?${new URLSearchParams(params).toString()}`;

async function expectCounts(page: Page, inSet: (g: number) => boolean) {
  for (const [name, rule] of Object.entries(TABS)) {
    const n = all.filter((g) => inSet(g) && rule(g)).length;
    await expect(tab(page, name), `${name} count`).toHaveAccessibleDescription(String(n));
  }
}

let authorId = "";

test.beforeAll(async () => {
  await ensureUser(AUTHOR.email, AUTHOR.name, "WRITER");
  authorId = (await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [AUTHOR.email]))[0]!.id;
  await sql(
    `INSERT INTO "Release" (id, slug, "createdAt", "updatedAt", "publishedAt", "withdrawnAt", "withdrawnReason", "createdById", "updatedById")
     SELECT $1 || '-' || g, $1 || '-' || g, timestamptz '2003-01-01', timestamptz '2003-01-01' + g * interval '1 minute',
       CASE WHEN g % 6 IN (3, 4, 5) THEN timestamptz '2003-01-01' END,
       CASE WHEN g % 6 = 4 THEN timestamptz '2003-01-02' END,
       CASE WHEN g % 6 = 4 THEN 'Withdrawn by the list test' END, $3, $3
     FROM generate_series(1, $2::int) g`,
    [tag, COUNT, authorId],
  );
  await sql(
    `INSERT INTO "Edition" (id, "releaseId", number, status, headline, summary, body, "datelineAt", "datelineOffsetMinutes",
       issuer, countries, "updatedAt", "publishedAt", "publishAt", "submittedAt")
     SELECT $1 || '-' || g || '-e' || ed.n, $1 || '-' || g, ed.n, ed.st::"EditionStatus",
       'Tagged ' || $1 || ' ' || lpad(g::text, 3, '0'), 'Summary ' || g,
       'Body ' || g || ' of ' || $1 || CASE WHEN g = 6 THEN ' ' || $3 ELSE '' END,
       timestamptz '2003-01-01', 240, 'Office ' || $1,
       CASE g % 3 WHEN 0 THEN ARRAY['AZ'] WHEN 1 THEN ARRAY['GE', 'TR'] ELSE ARRAY['CN'] END, now(),
       CASE WHEN ed.st IN ('PUBLISHED', 'WITHDRAWN') THEN timestamptz '2003-01-01' END,
       CASE WHEN ed.st = 'SCHEDULED' THEN timestamptz '2999-01-01' END,
       CASE WHEN ed.st = 'SUBMITTED' THEN timestamptz '2003-01-01' END
     FROM generate_series(1, $2::int) g
     CROSS JOIN LATERAL (VALUES
       (1, CASE g % 6 WHEN 0 THEN 'DRAFT' WHEN 1 THEN 'SUBMITTED' WHEN 2 THEN 'SCHEDULED' WHEN 4 THEN 'WITHDRAWN' ELSE 'PUBLISHED' END),
       (2, CASE WHEN g % 6 = 5 THEN 'DRAFT' END)) AS ed(n, st)
     WHERE ed.st IS NOT NULL`,
    [tag, COUNT, rare],
  );
  await sql(
    `UPDATE "Release" SET "liveEditionId" = id || '-e1' WHERE id LIKE $1 || '-%' AND "publishedAt" IS NOT NULL`,
    [tag],
  );
  await sql(
    `INSERT INTO "ReleaseAuthor" ("releaseId", "userId") SELECT $1 || '-' || g, $3 FROM generate_series(1, $2::int) g WHERE g % 4 = 0`,
    [tag, COUNT, authorId],
  );
});

test.afterAll(async () => {
  await sql(`DELETE FROM "Release" WHERE id LIKE $1 || '-%'`, [tag]);
  await sql(`DELETE FROM "User" WHERE email = $1`, [AUTHOR.email]);
});

test("issue 12.4: search covers drafts, the status tabs carry their counts, author and country filters narrow the list", async ({
  page,
}) => {
  await signIn(page, "editor");
  await page.goto(listUrl({ status: "all", q: tag }));
  await expect(tab(page, "All")).toHaveAttribute("aria-current", "page");
  await expectCounts(page, () => true);
  expect(await headlines(page)).toEqual(all.slice(0, PER_PAGE).map(headline));

  // A tab keeps the search.
  await tab(page, "Drafts").click();
  await expect(page).toHaveURL(/status=drafts/);
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  await expect(tab(page, "Drafts")).toHaveAttribute("aria-current", "page");
  expect(await headlines(page)).toEqual(all.filter(TABS.Drafts!).slice(0, PER_PAGE).map(headline));

  // A word only one draft's body has: drafts are searched too.
  await page.getByLabel("Search releases", { exact: true }).fill(rare);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`q=${rare}`));
  expect(await headlines(page)).toEqual([headline(6)]);
  await expectCounts(page, (g) => g === 6);

  // Author, then author and country (the tab and the search stay).
  await page.goto(listUrl({ status: "all", q: tag }));
  await page.getByLabel("Author", { exact: true }).selectOption({ label: AUTHOR.name });
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`author=${authorId}`));
  await expectCounts(page, byAuthor);
  expect(await headlines(page)).toEqual(all.filter(byAuthor).slice(0, PER_PAGE).map(headline));
  await page.getByLabel("Country", { exact: true }).selectOption("GE");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/country=GE/);
  await expectCounts(page, (g) => byAuthor(g) && inGeorgia(g));
  expect(await headlines(page)).toEqual(all.filter((g) => byAuthor(g) && inGeorgia(g)).map(headline));

  // Country alone, on the Published tab.
  await page.goto(listUrl({ status: "published", q: tag, country: "GE" }));
  await expectCounts(page, inGeorgia);
  expect(await headlines(page)).toEqual(all.filter((g) => inGeorgia(g) && TABS.Published!(g)).map(headline));
});

test("issue 12.4: Next page and Previous page walk all 600 by keyset, without JavaScript, unmoved by a new release", async ({
  browser,
}) => {
  test.slow(); // two dozen page loads
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies(savedSession("editor"));
  const page = await context.newPage();
  await page.goto(listUrl({ status: "all" }));
  await page.getByLabel("Search releases", { exact: true }).fill(tag);
  await page.getByLabel("Search releases", { exact: true }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));

  const newest = `Tagged ${tag} new`;
  const pages: string[][] = [];
  for (;;) {
    pages.push(await headlines(page));
    if (pages.length === 2) {
      // Saved while the editor reads page 2: it goes before page 1 and moves nothing after.
      await sql(`INSERT INTO "Release" (id, slug, "updatedAt") VALUES ($1 || '-new', $1 || '-new', now())`, [tag]);
      await sql(
        `INSERT INTO "Edition" (id, "releaseId", number, status, headline, body, "datelineAt", "datelineOffsetMinutes", issuer, "updatedAt")
         VALUES ($1 || '-new-e1', $1 || '-new', 1, 'DRAFT', $2, 'Body new of ' || $1, now(), 240, 'Office', now())`,
        [tag, newest],
      );
    }
    if ((await page.getByRole("link", { name: "Next page", exact: true }).count()) === 0) break;
    await follow(page, "Next page");
    expect(pages.length, "pages").toBeLessThanOrEqual(COUNT / PER_PAGE);
  }
  expect(pages.map((p) => p.length)).toEqual(Array<number>(COUNT / PER_PAGE).fill(PER_PAGE));
  expect(pages.flat()).toEqual(all.map(headline));

  // Back again, page by page: the same pages, and before the first one now the new release.
  for (let i = pages.length - 2; i >= 0; i--) {
    await follow(page, "Previous page");
    expect(await headlines(page), `page ${i + 1}`).toEqual(pages[i]);
  }
  await follow(page, "Previous page");
  expect(await headlines(page)).toEqual([newest]);
  await expect(page.getByRole("link", { name: "Previous page", exact: true })).toHaveCount(0);
  await context.close();
  await sql(`DELETE FROM "Release" WHERE id = $1 || '-new'`, [tag]);
});

test("issue 12.4: a writer lands on Mine; an editor and an admin land on Awaiting review when something awaits it", async ({
  page,
  browser,
}) => {
  const writer = await (await browser.newContext()).newPage();
  await writer.goto("/login");
  await writer.getByLabel("Email", { exact: true }).fill(AUTHOR.email);
  await writer.getByLabel("Password", { exact: true }).fill(E2E_PASSWORD);
  await writer.getByRole("button", { name: "Sign in" }).click();
  await expect(writer).toHaveURL(/\/admin$/);
  await expect(tab(writer, "Mine")).toHaveAttribute("aria-current", "page");
  await expect(tab(writer, "Mine")).toHaveAccessibleDescription(String(all.filter(byAuthor).length));
  expect(await headlines(writer)).toEqual(all.filter(byAuthor).slice(0, PER_PAGE).map(headline));
  await writer.context().close();

  // This file's submitted releases await review, whatever else the database holds.
  for (const role of ["editor", "admin"] as const) {
    await page.context().clearCookies();
    await signIn(page, role);
    await expect(tab(page, "Awaiting review"), role).toHaveAttribute("aria-current", "page");
    const rows = page
      .getByRole("table")
      .getByRole("row")
      .filter({ has: page.getByRole("link") });
    await expect(rows.first()).toBeVisible();
    for (const text of await rows.allInnerTexts()) expect(text.toLowerCase()).toMatch(/submitted|needs review/);
  }
});

test("issue 12.4: the releases list with a search, filters and a second page is axe clean", async ({ page }) => {
  test.slow(); // two axe runs
  await signIn(page, "editor");
  await page.goto(listUrl({ status: "drafts", q: tag, author: authorId, country: "GE" }));
  await expect(tab(page, "Drafts")).toHaveAttribute("aria-current", "page");
  await expectAccessible(page, "/admin with filters");
  await page.goto(listUrl({ status: "all", q: tag }));
  await follow(page, "Next page");
  await expect(page.getByRole("link", { name: "Previous page", exact: true })).toBeVisible();
  await expectAccessible(page, "/admin, second page");
});
