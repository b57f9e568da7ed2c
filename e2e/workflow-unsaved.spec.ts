import { expect, test, type Page } from "./support/test";
import { savedSession } from "./support/auth-state";
import { releaseByHeadline, sql } from "./support/db";
import { draftAndSubmit, fillRelease, sampleRelease, signIn, unique } from "./support/pages";

// Issue 12.1, "No lost work, ever", for the workflow steps beside Save draft: a step acts on the stored
// edition, so what was typed and not yet saved (autosave waits 3 s) is saved first, and the step runs on
// that new version; when the save fails, the step does not run and the form keeps every typed word.

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** The newest edition of a release as stored. */
async function stored(id: string) {
  const [row] = await sql<{ headline: string; body: string; status: string }>(
    `SELECT e.headline, e.body, e.status FROM "Edition" e WHERE e."releaseId" = $1 ORDER BY e.number DESC LIMIT 1`,
    [id],
  );
  return row!;
}

/** Types a new headline and one more body sentence; returns them. */
async function typeChanges(page: Page, label: string) {
  const headline = unique(`${label} headline`);
  const sentence = `${unique(label)} was agreed late on Tuesday.`;
  await field(page, "Headline").fill(headline);
  const body = field(page, "Body");
  await body.fill(`${await body.inputValue()}\n\n${sentence}`);
  return { headline, sentence };
}

test("issue 12.1: a writer's typed changes are saved before Submit for review, which submits them", async ({
  page,
}) => {
  await signIn(page, "writer");
  const data = sampleRelease();
  await page.goto("/admin/releases/new");
  await fillRelease(page, data);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const { id } = (await releaseByHeadline(data.headline))!;

  const typed = await typeChanges(page, "Submitted");
  // Well within autosave's 3 s: only the click can save this.
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();

  const edition = await stored(id);
  expect(edition.status).toBe("SUBMITTED");
  expect(edition.headline).toBe(typed.headline);
  expect(edition.body).toContain(typed.sentence);
  await page.reload();
  await expect(field(page, "Headline")).toHaveValue(typed.headline);
  await expect(field(page, "Body")).toHaveValue(new RegExp(typed.sentence.replace(/\./g, "\\.")));
});

test("issue 12.1: an editor who types and clicks Publish on someone else's release saves the change and is told why it cannot be published", async ({
  page,
  browser,
}) => {
  const data = sampleRelease();
  await signIn(page, "writer");
  const editUrl = await draftAndSubmit(page, data);
  const { id } = (await releaseByHeadline(data.headline))!;

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor");
  await editor.goto(editUrl);
  const typed = await typeChanges(editor, "Edited by the editor");
  await editor.getByRole("button", { name: "Publish", exact: true }).click();

  // The change is kept (saved), and the editor is now one of its authors: the two-person rule says why
  // Publish is not possible, and nothing went live.
  await expect(
    editor.getByText(/You edited it after submission, so another editor must approve and publish it/).first(),
  ).toBeVisible();
  const edition = await stored(id);
  expect(edition.headline).toBe(typed.headline);
  expect(edition.body).toContain(typed.sentence);
  expect(edition.status).toBe("SUBMITTED");
  await expect(field(editor, "Headline")).toHaveValue(typed.headline);
  await editor.context().close();
});

test("issue 12.1: when the save before a step fails, the step is not run and the form shows why, keeping what was typed", async ({
  page,
}) => {
  await signIn(page, "writer");
  const data = sampleRelease();
  await page.goto("/admin/releases/new");
  await fillRelease(page, data);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const { id } = (await releaseByHeadline(data.headline))!;

  const typed = await typeChanges(page, "Invalid");
  await field(page, "Headline").fill("");
  await page.getByRole("button", { name: "Submit for review" }).click();

  await expect(page.getByRole("alert", { name: "Save problem" })).toContainText("Some fields need attention");
  await expect(field(page, "Headline")).toHaveAccessibleDescription(/.+/);
  await expect(field(page, "Body")).toHaveValue(new RegExp(typed.sentence.replace(/\./g, "\\.")));
  const edition = await stored(id);
  expect(edition.status).toBe("DRAFT");
  expect(edition.headline).toBe(data.headline);
  expect(edition.body).not.toContain(typed.sentence);
});

test("issue 12.1: without JavaScript a workflow step is a plain form post and still works", async ({
  page,
  browser,
}) => {
  await signIn(page, "writer");
  const data = sampleRelease();
  await page.goto("/admin/releases/new");
  await fillRelease(page, data);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const { id } = (await releaseByHeadline(data.headline))!;

  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies(savedSession("writer"));
  const noScript = await context.newPage();
  await noScript.goto(`/admin/releases/${id}`);
  await noScript.getByRole("button", { name: "Submit for review" }).click();
  await expect(noScript.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  expect((await stored(id)).status).toBe("SUBMITTED");
  await context.close();
});
