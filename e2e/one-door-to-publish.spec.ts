// Issue 10: publishing has one door, and what the editor says is what the database holds.
import { expect, test, type Browser, type Page } from "./support/test";
import { ensureUser, releaseByHeadline, releaseState, sql } from "./support/db";
import { draftAndSubmit, fillRelease, sampleRelease, signIn } from "./support/pages";

async function as(browser: Browser, role: "writer" | "editor" | "admin"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role);
  return page;
}

const notice = (page: Page) => page.locator("#workflow-notice");
const publicStatus = async (page: Page, slug: string) => (await page.request.get(`/releases/${slug}`)).status();

test("issue 10: the new-release form offers Save draft and Save and submit for review only, and says the real state", async ({
  page,
}) => {
  const data = sampleRelease();
  await signIn(page, "editor");
  await page.goto("/admin/releases/new");
  await fillRelease(page, data);
  // The form's buttons are in its action bar (issue 12.5), outside the <form> so workflow steps can share it.
  const buttons = page.getByRole("group", { name: "Release actions" }).getByRole("button");
  await expect(buttons.filter({ hasText: /^(Save draft|Save and submit for review|Publish)$/ })).toHaveText([
    "Save draft",
    "Save and submit for review",
  ]);
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(notice(page)).toContainText("Submitted for review.");
  const { id, slug } = (await releaseByHeadline(data.headline))!;
  expect((await releaseState(id))?.status).toBe("SUBMITTED");
  await expect(notice(page)).toContainText(`Nothing is public at /releases/${slug}.`);
  expect(await publicStatus(page, slug)).toBe(404);
  // The submitter is told in one sentence why Approve and Publish are not offered.
  await expect(page.locator("#workflow-guidance")).toHaveText(
    "You submitted this release, so another editor must approve and publish it.",
  );
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
});

test("issue 10: an editor who rewrites a submitted release cannot publish it; the record names who did what", async ({
  page,
  browser,
}) => {
  await ensureUser("second.editor@pressroom.test", "Second Editor", "EDITOR");
  const data = sampleRelease();
  await signIn(page, "writer");
  const editUrl = await draftAndSubmit(page, data);
  const { id, slug } = (await releaseByHeadline(data.headline))!;

  const editor = await as(browser, "editor");
  await editor.goto(editUrl);
  await editor.getByLabel("Summary", { exact: true }).fill("Entirely new text nobody else has seen.");
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(notice(editor)).toContainText("Submitted for review.");
  // The bypass is gone: no Approve, Schedule or Publish for the editor who changed it, and why.
  await expect(editor.locator("#workflow-guidance")).toHaveText(
    "You edited it after submission, so another editor must approve and publish it.",
  );
  for (const name of ["Publish", "Approve", "Schedule"])
    await expect(editor.getByRole("button", { name, exact: true })).toHaveCount(0);
  expect((await releaseState(id))?.status).toBe("SUBMITTED");
  expect(await publicStatus(editor, slug)).toBe(404);
  const [audit] = await sql<{ detail: { editedUnderReview?: boolean } }>(
    `SELECT detail FROM "AuditEntry" WHERE "releaseId" = $1 AND action = 'release.save' ORDER BY "createdAt" DESC LIMIT 1`,
    [id],
  );
  expect(audit?.detail.editedUnderReview).toBe(true);

  // An admin who only read it publishes it: the message, the database and the public URL agree.
  const admin = await as(browser, "admin");
  await admin.goto(editUrl);
  await admin.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(notice(admin)).toHaveText(`Published: the release is live at /releases/${slug}.`);
  expect((await releaseState(id))?.status).toBe("PUBLISHED");
  expect(await publicStatus(admin, slug)).toBe(200);
});

test("issue 10: every workflow button, for the role that has it, reports the state the database holds", async ({
  page,
  browser,
}) => {
  const data = sampleRelease();
  await signIn(page, "writer");
  await page.goto("/admin/releases/new");
  await fillRelease(page, data);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(notice(page)).toContainText("Draft saved. Nothing is public at");
  const { id, slug } = (await releaseByHeadline(data.headline))!;
  const editUrl = `/admin/releases/${id}`;
  const expectState = async (p: Page, status: string, publicCode: number) => {
    expect((await releaseState(id))?.status).toBe(status);
    expect(await publicStatus(p, slug)).toBe(publicCode);
  };
  await expectState(page, "DRAFT", 404);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(notice(page)).toContainText("Submitted for review.");
  await expectState(page, "SUBMITTED", 404);

  const editor = await as(browser, "editor");
  await editor.goto(editUrl);
  await editor.getByLabel("Remark", { exact: true }).fill("Please shorten the summary.");
  await editor.getByRole("button", { name: "Reject" }).click();
  await expect(notice(editor)).toContainText("Rejected");
  await expectState(editor, "REJECTED", 404);

  await page.goto(editUrl);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(notice(page)).toContainText("Submitted for review.");
  await editor.goto(editUrl);
  await editor.getByRole("button", { name: "Approve" }).click();
  await expect(notice(editor)).toContainText("Approved. It is not public yet");
  await expectState(editor, "SUBMITTED", 404);
  await editor.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(notice(editor)).toHaveText(`Published: the release is live at /releases/${slug}.`);
  await expectState(editor, "PUBLISHED", 200);
  await editor.getByRole("button", { name: "Unpublish" }).click();
  await expect(notice(editor)).toContainText(`Unpublished: /releases/${slug} is no longer public.`);
  await expectState(editor, "UNPUBLISHED", 404);

  // The admin's escape hatch, with its reason and the flag for a later review.
  const admin = await as(browser, "admin");
  await admin.goto(editUrl);
  await admin.getByLabel("Reason for publishing without review", { exact: true }).fill("Minister's deadline.");
  await admin.getByRole("button", { name: "Force publish" }).click();
  await expect(notice(admin)).toHaveText(
    `Force-published: the release is live at /releases/${slug}. It is flagged until someone else reviews it.`,
  );
  await expectState(admin, "PUBLISHED", 200);
  await editor.goto(editUrl);
  await editor.getByRole("button", { name: "Mark force-publish as reviewed" }).click();
  await expect(notice(editor)).toHaveText(`Published: the release is live at /releases/${slug}.`);
  await editor.getByLabel("Reason", { exact: true }).fill("Issued in error.");
  await editor.getByRole("button", { name: "Withdraw" }).click();
  await expect(notice(editor)).toHaveText(`Withdrawn: readers see the withdrawal notice at /releases/${slug}.`);
  expect((await releaseState(id))?.status).toBe("WITHDRAWN");
  await editor.goto(`/releases/${slug}`);
  await expect(editor.getByText("Issued in error.")).toBeVisible();
});
