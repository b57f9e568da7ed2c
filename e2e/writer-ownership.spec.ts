// Issue 11.7: a writer edits only the releases they created or co-author; editors decide the Authors.
import { expect, test } from "./support/test";
import { E2E_PASSWORD, ensureUser, releaseByHeadline, releaseState, sql } from "./support/db";
import { fillRelease, sampleRelease, signIn } from "./support/pages";

test("issue 11.7: another writer cannot change a release until an editor adds them to its Authors", async ({
  page,
  browser,
}) => {
  const data = sampleRelease();
  await signIn(page, "writer");
  await page.goto("/admin/releases/new");
  await fillRelease(page, data);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("#workflow-notice")).toContainText("Draft saved.");
  const { id } = (await releaseByHeadline(data.headline))!;
  const editUrl = `/admin/releases/${id}`;

  const email = `writer-b-${Date.now().toString(36)}@pressroom.test`;
  await ensureUser(email, "Writer Bee", "WRITER");
  const other = await (await browser.newContext()).newPage();
  await other.goto("/login");
  await other.getByLabel("Email", { exact: true }).fill(email);
  await other.getByLabel("Password", { exact: true }).fill(E2E_PASSWORD);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other).toHaveURL(/\/admin$/);
  await other.goto(editUrl);
  await expect(other.locator("#not-an-author")).toContainText("You are not an author of this release");
  await expect(other.getByRole("button", { name: "Save draft" })).toHaveCount(0);
  await expect(other.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
  await expect(other.getByRole("button", { name: "Create preview link" })).toHaveCount(0);

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor");
  await editor.goto(editUrl);
  // A choice made before the page has settled can be lost to its first re-render.
  await editor.waitForLoadState("networkidle");
  const authors = editor.locator("select#release-authors");
  const current = await authors.evaluate((el: HTMLSelectElement) => [...el.selectedOptions].map((o) => o.value));
  const bee = await authors.locator("option", { hasText: email }).getAttribute("value");
  await authors.selectOption([...current, bee!]);
  await editor.getByRole("button", { name: "Save authors" }).click();
  await expect(editor.locator("select#release-authors option:checked")).toHaveCount(current.length + 1);
  // Stored, not only selected: the other writer's next request must find it.
  await expect
    .poll(
      async () =>
        (await sql(`SELECT 1 FROM "ReleaseAuthor" WHERE "releaseId" = $1 AND "userId" = $2`, [id, bee])).length,
    )
    .toBe(1);

  await other.goto(editUrl);
  await other.getByLabel("Summary", { exact: true }).fill("Edited by a co-author.");
  await other.getByRole("button", { name: "Save draft" }).click();
  await expect(other.locator("#workflow-notice")).toContainText("Draft saved.");
  expect((await releaseState(id))?.status).toBe("DRAFT");
});
