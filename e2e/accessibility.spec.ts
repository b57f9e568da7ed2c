import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { draftAndSubmit, fillRelease, sampleRelease, signIn, signInWithForm } from "./support/pages";

const SEED = "/releases/azerbaijan-and-china-raise-relations-to-strategic-partnership";

/** Fails on serious and critical violations, listing each rule with the elements it flagged. */
async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(blocking, `${label}: axe violations`).toEqual([]);
}

async function visit(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  await expectAccessible(page, path);
}

// One test per page: axe takes seconds per page on a busy machine.
const PUBLIC_PAGES: Array<[string, number]> = [
  ["/", 200],
  // A search with filters: highlighted matches (<mark>), chosen filters, the "All releases" links.
  ["/?q=strategic+partnership&country=CN&type=JOINT_DECLARATION&from=2020-01-01", 200],
  // No result, and a query string with parts that were not used (the notes are a status region).
  ["/?q=xylophonequasarzzz", 200],
  ["/?from=not-a-date&after=garbage", 200],
  [SEED, 200],
  ["/people/aykhan-hajizade", 200],
  ["/agreements", 200],
  ["/agreements?country=CN&party=people%27s+republic", 200],
  ["/no-such-page", 404],
  ["/releases/no-such-release", 404],
];
for (const [path, status] of PUBLIC_PAGES) {
  test(`${path} has no serious or critical axe violations`, async ({ page }) => {
    await visit(page, path, status);
  });
}

test("the sign-in page has no serious or critical axe violations, also with an error shown", async ({ page }) => {
  await visit(page, "/login");
  await page.getByLabel("Email", { exact: true }).fill("nobody@pressroom.test");
  await page.getByLabel("Password", { exact: true }).fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  // By its name: Next's route announcer, an empty alert, can be on the page too (a CI run saw both).
  await expect(page.getByRole("alert", { name: "Sign-in error" })).toBeVisible();
  await expectAccessible(page, "/login with an error");
});

test("the new release form has no serious or critical axe violations, with rows and with errors", async ({ page }) => {
  test.slow(); // three axe runs
  await signIn(page, "writer");
  await page.goto("/admin/releases/new");
  await expect(page.getByLabel("Headline", { exact: true })).toBeVisible();
  await expectAccessible(page, "/admin/releases/new");
  // With an agreement and a quote row added, the repeated fieldsets are checked too.
  await page.getByRole("button", { name: "Add agreement" }).click();
  await page.getByRole("button", { name: "Add quote" }).click();
  await expect(page.getByRole("group", { name: "Quote 1" })).toBeVisible();
  await expectAccessible(page, "/admin/releases/new with rows");
  // Saved empty: every required field shows its error next to it (aria-invalid, aria-describedby).
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("alert", { name: "Save problem" })).toBeVisible();
  await expect(page.getByLabel("Headline", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "/admin/releases/new with validation errors");
});

test("an existing release's edit form has no serious or critical axe violations, also with errors", async ({
  browser,
}) => {
  test.slow(); // two axe runs after a save
  const writer = await (await browser.newContext()).newPage();
  await signInWithForm(writer, "writer");
  await writer.goto("/admin/releases/new");
  await fillRelease(writer, sampleRelease());
  await writer.getByRole("button", { name: "Save draft" }).click();
  await expect(writer.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await expectAccessible(writer, "edit form of a draft");
  // A validation error on the edit form (the writer's text stays; nothing is saved).
  await writer.getByLabel("Headline", { exact: true }).fill("");
  await writer.getByRole("button", { name: "Save draft" }).click();
  await expect(writer.getByRole("alert", { name: "Save problem" })).toBeVisible();
  await expectAccessible(writer, "edit form with validation errors");
  await writer.context().close();
});

test("the reviewing editor's page, with its workflow steps, has no serious or critical axe violations", async ({
  browser,
}) => {
  test.slow(); // a review round and two axe runs
  const author = await (await browser.newContext()).newPage();
  await signIn(author, "writer");
  const editUrl = await draftAndSubmit(author, sampleRelease());
  await author.context().close();
  // Submitted: the editor sees the workflow steps (approve, schedule with its fields, reject) and Publish.
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor");
  await editor.goto(editUrl);
  await expect(editor.getByRole("form", { name: "Reject" })).toBeVisible();
  await expectAccessible(editor, "edit form of a submitted release, as the editor");
  // A workflow step refused with a field error (a rejection needs a remark).
  await editor.getByRole("button", { name: "Reject" }).click();
  await expect(editor.getByRole("alert", { name: "Reject problem" })).toBeVisible();
  await expectAccessible(editor, "edit form with a workflow error");
  await editor.context().close();
});
