import { expect, test, type APIRequestContext, type Page } from "./support/test";
import { ensureUser, releaseByHeadline, releaseState } from "./support/db";
import { draftAndSubmit, fillRelease, publishThroughReview, sampleRelease, signIn } from "./support/pages";

const shiftClock = (request: APIRequestContext, offsetMs: number) =>
  request.post("/api/test/clock", { data: { offsetMs } });

test.afterEach(async ({ request }) => {
  await shiftClock(request, 0);
});

async function asNewUser(page: Page, role: "editor" | "writer" | "admin") {
  const context = await page.context().browser()!.newContext();
  const p = await context.newPage();
  await signIn(p, role);
  return p;
}

test("review with two people: the submitter cannot publish; a rejection remark goes back to the writer; another editor publishes", async ({
  page,
}) => {
  const data = sampleRelease();
  await signIn(page, "writer");
  const editUrl = await draftAndSubmit(page, data);
  // Writers never see Publish, and the submitter's own page offers no approval either.
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);

  const editor = await asNewUser(page, "editor");
  await editor.goto(editUrl);
  await editor.getByLabel("Remark", { exact: true }).fill("Add the signing date of the memorandum.");
  await editor.getByRole("button", { name: "Reject" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Rejected" })).toBeVisible();

  await page.goto(editUrl);
  await expect(page.getByRole("note", { name: "Reviewer's remark" })).toContainText(
    "Add the signing date of the memorandum.",
  );
  await page.getByRole("group", { name: "Agreement 1" }).getByLabel("Signed on", { exact: true }).fill("2025-03-14");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();

  await editor.goto(editUrl);
  await editor.getByRole("button", { name: "Approve" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Approved." })).toBeVisible();
  await editor.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  const { slug } = (await releaseByHeadline(data.headline))!;
  expect((await editor.goto(`/releases/${slug}`))?.status()).toBe(200);
});

test("an editor who submitted their own release cannot approve or publish it (two-person rule)", async ({ page }) => {
  await ensureUser("second.editor@pressroom.test", "Second Editor", "EDITOR");
  const data = sampleRelease();
  await signIn(page, "editor");
  const editUrl = await draftAndSubmit(page, data);
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Schedule" })).toHaveCount(0);
  const { id } = (await releaseByHeadline(data.headline))!;
  expect((await releaseState(id))?.status).toBe("SUBMITTED");
  await page.goto(editUrl);
  await expect(page.getByRole("button", { name: "Reject" })).toBeVisible();
});

// @exclusive: moves the app's clock a day ahead and runs scheduler passes, both process-wide.
test("schedule with an IANA zone: embargoed (invisible everywhere) until due, then the scheduler publishes it @exclusive", async ({
  page,
  request,
}) => {
  const data = sampleRelease();
  const writer = await asNewUser(page, "writer");
  const editUrl = await draftAndSubmit(writer, data);
  await signIn(page, "editor");
  await page.goto(editUrl);

  // Tomorrow 09:00 in Baku (UTC+04:00, no daylight saving) = 05:00 UTC.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Publish date", { exact: true }).fill(tomorrow);
  await page.getByLabel("Publish time", { exact: true }).fill("09:00");
  await page.getByLabel("Publish UTC offset", { exact: true }).fill("Asia/Baku");
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Scheduled." })).toBeVisible();
  await expect(page.getByText(`(UTC+04:00, Asia/Baku) (${tomorrow}T05:00:00.000Z)`)).toBeVisible();

  const { slug } = (await releaseByHeadline(data.headline))!;
  // Not yet due: a scheduler pass publishes nothing, and the public cannot see it.
  expect((await (await request.post("/api/test/scheduler")).json()).published).not.toContain(slug);
  expect((await page.goto(`/releases/${slug}`))?.status()).toBe(404);
  await page.goto("/");
  await expect(page.getByRole("link", { name: data.headline })).toHaveCount(0);

  // The clock moves past the instant; the next scheduler pass publishes it at its scheduled time.
  const due = new Date(`${tomorrow}T05:00:00Z`).getTime();
  await shiftClock(request, due - Date.now() + 60_000);
  // The pass this test asks for publishes it, or (rarely) the server's own timer pass got there at
  // the same moment and this one skipped the locked row: either way the scheduler, at once.
  await request.post("/api/test/scheduler");
  const { id: scheduledId } = (await releaseByHeadline(data.headline))!;
  await expect.poll(async () => (await releaseState(scheduledId))?.status, { timeout: 5_000 }).toBe("PUBLISHED");
  expect((await page.goto(`/releases/${slug}`))?.status()).toBe(200);
  await page.goto("/");
  await expect(page.getByRole("link", { name: data.headline })).toBeVisible();
  // Idempotent: another pass publishes nothing more.
  expect((await (await request.post("/api/test/scheduler")).json()).published).not.toContain(slug);
});

test("withdraw with a reason: the URL shows the notice and the release leaves the list", async ({ browser }) => {
  const data = sampleRelease();
  const { editorPage: page, editUrl } = await publishThroughReview(browser, data);
  const { slug } = (await releaseByHeadline(data.headline))!;
  await page.goto(editUrl);
  await page.getByLabel("Reason", { exact: true }).fill("Issued in error: the agreement was not signed.");
  await page.getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Withdrawn" })).toBeVisible();

  const response = await page.goto(`/releases/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText("This release was withdrawn")).toBeVisible();
  await expect(page.getByText("Reason: Issued in error: the agreement was not signed.")).toBeVisible();
  await expect(page.locator("ul.agreements")).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByRole("link", { name: data.headline })).toHaveCount(0);
});

test("an admin may force-publish a draft with a written reason, which is shown and flagged", async ({ page }) => {
  const data = sampleRelease();
  const writer = await asNewUser(page, "writer");
  await writer.goto("/admin/releases/new");
  await fillRelease(writer, data);
  await writer.getByRole("button", { name: "Save draft" }).click();
  await expect(writer.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const editUrl = writer.url().replace(/\?.*$/, "");

  await signIn(page, "admin");
  await page.goto(editUrl);
  await page.getByRole("button", { name: "Force publish" }).click();
  await expect(page.locator("#force-publish-reason-error")).toHaveText("Reason is required");
  await page
    .getByLabel("Reason for publishing without review", { exact: true })
    .fill("Minister's statement must go out before the press conference.");
  await page.getByRole("button", { name: "Force publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Force-published" })).toBeVisible();
  await expect(page.getByText("Reason: Minister's statement must go out before the press conference.")).toBeVisible();
  const { slug } = (await releaseByHeadline(data.headline))!;
  expect((await page.goto(`/releases/${slug}`))?.status()).toBe(200);
});
