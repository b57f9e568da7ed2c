import { expect, test, type Locator, type Page } from "./support/test";
import { expectAccessible } from "./support/axe";
import { releaseByHeadline, sql } from "./support/db";
import { fillRelease, sampleRelease, signIn, unique } from "./support/pages";

// Issue 12.5: the editor on a phone (390 px wide, an iPhone 12–15). No page may scroll sideways, tables
// become stacked rows, the header's links wrap, and the release editor's workflow buttons sit in one
// action bar with Save instead of far below it.

test.use({ viewport: { width: 390, height: 844 } });

async function expectFits(page: Page, label: string) {
  await expect(page.locator("main")).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${label}: the page is ${width} px wide at 390 px`).toBeLessThanOrEqual(390);
}

const actionBar = (page: Page) => page.getByRole("group", { name: "Release actions" });
const button = (scope: Page | Locator, name: string) => scope.getByRole("button", { name, exact: true });

// Words longer than a phone is wide, as pasted addresses are: they must wrap, not widen the page.
const LONG = "https://www.example.org/press/2025/03/ministers-sign-transport-pact-on-rail-freight-and-customs";

test("issue 12.5: every editor page fits 390 px without sideways scrolling", async ({ page }) => {
  test.slow(); // a dozen pages, and a release made through the form
  await signIn(page, "admin");
  await expectFits(page, "/admin");

  // A release with a long address in its headline and body, saved twice (so its history has a diff).
  const data = sampleRelease(unique(`Phone ${LONG}`));
  data.body = `${data.body}\n\nSource: ${LONG}`;
  await page.goto("/admin/releases/new");
  await expectFits(page, "/admin/releases/new");
  await fillRelease(page, data);
  await expectFits(page, "/admin/releases/new, filled in");
  await button(page, "Save draft").click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const { id } = (await releaseByHeadline(data.headline))!;
  await page.getByLabel("Summary", { exact: true }).fill(`${data.summary} ${LONG}-changed`);
  await button(page, "Save draft").click();
  await expect(page.getByLabel("Summary", { exact: true })).toHaveValue(`${data.summary} ${LONG}-changed`);
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await expectFits(page, "/admin/releases/<id>");

  // A webhook endpoint with a long address (switched off: it receives nothing).
  const hook = `phone-hook-${Date.now().toString(36)}`;
  await sql(
    `INSERT INTO "WebhookEndpoint" (id, url, description, events, secret, active, "disabledReason")
     VALUES ($1, $2, 'Phone test', ARRAY['release.published', 'release.updated', 'release.withdrawn'], 'whsec_x', false, 'Switched off by the phone test')`,
    [hook, `${LONG}/${hook}`],
  );
  try {
    for (const path of [
      `/admin?status=all&q=${encodeURIComponent(data.headline.split(" ").at(-1)!)}`,
      "/admin?status=drafts",
      `/admin/releases/${id}/history`,
      "/admin/releases/import",
      "/admin/users",
      "/admin/audit",
      `/admin/audit?release=${id}`,
      "/admin/account",
      "/admin/webhooks",
      "/admin/outbox",
    ]) {
      await page.goto(path);
      await expectFits(page, path);
    }
  } finally {
    await sql(`DELETE FROM "WebhookEndpoint" WHERE id = $1`, [hook]);
  }
});

test("issue 12.5: the header's links wrap and the releases table becomes labelled stacked rows at 390 px", async ({
  page,
}) => {
  await signIn(page, "admin");
  const nav = page.getByRole("navigation", { name: "Editor" });
  for (const link of await nav.getByRole("link").all()) {
    await expect(link).toBeInViewport();
    const box = (await link.boundingBox())!;
    expect(box.x + box.width, `${await link.innerText()} ends inside the screen`).toBeLessThanOrEqual(390);
  }
  await expect(button(nav, "Sign out")).toBeInViewport();
  await page.goto("/admin?status=all");
  const cell = page.getByRole("table").getByRole("row").nth(1).getByRole("cell").first();
  // Each cell shows its column's name (the header row is hidden on a phone).
  expect(await cell.evaluate((td) => getComputedStyle(td, "::before").content)).toContain("Status");
  await expectAccessible(page, "/admin at 390 px");
});

test("issue 12.5: the release editor's action bar holds Save draft and the workflow buttons, on a phone and on a desktop", async ({
  page,
  browser,
}) => {
  test.slow(); // a writer and an editor, axe twice
  const data = sampleRelease(unique("Phone action bar"));
  await signIn(page, "writer");
  await page.goto("/admin/releases/new");
  await expect(button(actionBar(page), "Save draft")).toBeVisible();
  await expect(button(actionBar(page), "Save and submit for review")).toBeVisible();
  await fillRelease(page, data);
  await button(actionBar(page), "Save draft").click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const bar = actionBar(page);
  await expect(button(bar, "Save draft")).toBeVisible();
  await expect(button(bar, "Submit for review")).toBeVisible();
  // Next to Save, and before the preview links (the workflow used to come after them).
  const save = (await button(bar, "Save draft").boundingBox())!;
  const submit = (await button(bar, "Submit for review").boundingBox())!;
  expect(Math.abs(submit.y - save.y), "Submit for review is beside or just under Save draft").toBeLessThan(120);
  const previews = (await page.getByRole("heading", { name: "Preview links" }).boundingBox())!;
  expect(submit.y).toBeLessThan(previews.y);
  await expectFits(page, "the writer's editor");
  await expectAccessible(page, "the writer's editor at 390 px");
  await button(bar, "Submit for review").click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  const editUrl = page.url().replace(/\?.*$/, "");

  const editor = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signIn(editor, "editor");
  await editor.goto(editUrl);
  const editorBar = actionBar(editor);
  for (const name of ["Save draft", "Approve", "Publish", "Schedule", "Reject"]) {
    await expect(button(editorBar, name), name).toBeVisible();
  }
  await expect(editorBar.getByLabel("Publish date", { exact: true })).toBeVisible();
  await expectFits(editor, "the editor's editor");
  await expectAccessible(editor, "the editor's editor at 390 px");

  // On a desktop the buttons without fields share Save draft's row.
  await editor.setViewportSize({ width: 1280, height: 900 });
  const saveWide = (await button(editorBar, "Save draft").boundingBox())!;
  for (const name of ["Approve", "Publish"]) {
    const box = (await button(editorBar, name).boundingBox())!;
    expect(Math.abs(box.y - saveWide.y), `${name} on Save draft's row`).toBeLessThan(8);
  }
  await button(editorBar, "Publish").click();
  await expect(editor.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  await expect(button(actionBar(editor), "Withdraw")).toBeVisible();
  await expect(button(actionBar(editor), "Unpublish")).toBeVisible();
  expect((await releaseByHeadline(data.headline))?.status).toBe("PUBLISHED");
  await editor.context().close();
});
