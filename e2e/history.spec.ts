import { expect, request as playwrightRequest, test, type Page } from "./support/test";
import { releaseByHeadline, releaseState, sql } from "./support/db";
import { fillRelease, sampleRelease, signIn, type ReleaseData } from "./support/pages";

const revisionCount = async (releaseId: string) =>
  (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Revision" WHERE "releaseId" = $1`, [releaseId]))[0]!.n;

const revisionRows = (page: Page) => page.getByRole("table", { name: "Revisions" }).locator("tbody tr");

/** Picks "Revision N · …" in one of the compare form's selects (labels carry times, so match the start). */
async function choose(page: Page, label: "From revision" | "To revision", number: number) {
  const select = page.getByLabel(label, { exact: true });
  const value = await select.locator("option", { hasText: new RegExp(`^Revision ${number} `) }).getAttribute("value");
  await select.selectOption(value!);
}

/** A saved draft, then a second save with the headline, the body and one agreement's parties edited. */
async function draftSavedTwice(page: Page): Promise<{ data: ReleaseData; revised: string; id: string }> {
  const data = sampleRelease();
  await page.goto("/admin/releases/new");
  await fillRelease(page, data);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();

  const revised = data.headline.replace("transport", "freight");
  await page.getByLabel("Headline", { exact: true }).fill(revised);
  await page.getByLabel("Body", { exact: true }).fill(data.body.replace("the capital", "Ganja"));
  // Agreements are neither added, removed nor reordered: only the second one's parties change.
  await page
    .getByRole("group", { name: "Agreement 2" })
    .getByLabel("Parties", { exact: true })
    .fill("State Customs Committee\nGeorgia Revenue Service");
  await page.getByRole("button", { name: "Save draft" }).click();
  // The page already says "Draft saved." from the first save: wait for the second in the database,
  // then for the page to have the save's answer (the form at version 2). Until then the form holds
  // changes it has not heard were saved, and a link click meets the unsaved-changes guard (a
  // clean-clone CI run clicked History too early and stayed on the editor).
  await expect.poll(async () => (await releaseByHeadline(revised))?.version).toBe(2);
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await expect(page.locator('form#release-form input[name="version"]')).toHaveValue("2");
  const { id } = (await releaseByHeadline(revised))!;
  return { data, revised, id };
}

test("history compares two saves field by field, and restoring the first makes a third revision", async ({ page }) => {
  await signIn(page, "writer");
  const { data, revised, id } = await draftSavedTwice(page);

  // The saved page settles first: clicked while the save's re-render is on its way, the link met the
  // unsaved-changes guard of the form being replaced (issue 12.1) and stayed put.
  await page.waitForLoadState("networkidle");
  await page.getByRole("link", { name: "History", exact: true }).click();
  await expect(page).toHaveURL(`/admin/releases/${id}/history`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("History");
  await expect(revisionRows(page)).toHaveCount(2);
  await expect(revisionRows(page).nth(0)).toContainText("Walt Writer");
  await expect(revisionRows(page).nth(0)).toContainText("draft");

  // By default the previous revision is compared with the newest.
  await expect(page.getByRole("heading", { name: "Changes from revision 1 to revision 2" })).toBeVisible();
  const headline = page.getByRole("region", { name: "Headline", exact: true });
  await expect(headline.locator("del")).toHaveText("removed: transport");
  await expect(headline.locator("ins")).toHaveText("added: freight");
  const body = page.getByRole("region", { name: "Body", exact: true });
  await expect(body.locator("del")).toContainText("the capital");
  await expect(body.locator("ins")).toContainText("Ganja");
  await expect(page.getByRole("region", { name: "Summary", exact: true })).toContainText("Unchanged.");

  // One agreement changed (its parties), the other untouched: nothing reported as added or removed.
  const agreements = page.getByRole("region", { name: "Agreements", exact: true });
  await expect(agreements.getByRole("listitem")).toHaveCount(1);
  const changed = agreements.getByRole("listitem").filter({ hasText: "Changed" });
  await expect(changed).toContainText("Protocol on customs cooperation");
  await expect(changed.getByRole("rowheader")).toHaveText(["Parties"]);
  await expect(changed.locator("ins")).toHaveText("added: Georgia Revenue Service");
  await expect(changed.locator("del")).toHaveText("removed: Revenue Service");
  await expect(agreements).toContainText("1 unchanged.");
  await expect(page.getByRole("region", { name: "Quotes", exact: true })).toContainText("Unchanged.");

  // The pair is chosen in a GET form and kept in the URL: the other way round, the words swap sides.
  await choose(page, "From revision", 2);
  await choose(page, "To revision", 1);
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(page).toHaveURL(/\?from=[^&]+&to=[^&]+$/);
  await expect(page.getByRole("heading", { name: "Changes from revision 2 to revision 1" })).toBeVisible();
  await expect(headline.locator("del")).toHaveText("removed: freight");
  await expect(headline.locator("ins")).toHaveText("added: transport");

  // The newest revision has no Restore; the first one does.
  await expect(revisionRows(page).nth(0).getByRole("button")).toHaveCount(0);
  await page.getByRole("button", { name: "Restore revision 1", exact: true }).click();
  await expect(page).toHaveURL(`/admin/releases/${id}?done=draft`);
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue(data.headline);
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue(data.body);
  await expect(page.getByRole("group", { name: "Agreement 2" }).getByLabel("Parties", { exact: true })).toHaveValue(
    data.agreements[1]!.parties.join("\n"),
  );
  expect(await releaseState(id)).toEqual({ headline: data.headline, status: "DRAFT", version: 3 });
  expect(await releaseByHeadline(revised)).toBeUndefined();

  await page.getByRole("link", { name: "History", exact: true }).click();
  await expect(revisionRows(page)).toHaveCount(3);
  await expect(revisionRows(page).nth(0)).toContainText("Restored revision 1");
  await expect(revisionRows(page).nth(0).getByRole("rowheader")).toHaveText("3");
  // Revision 3 holds revision 1's content again.
  await choose(page, "From revision", 1);
  await choose(page, "To revision", 3);
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "No differences" })).toBeVisible();
});

test("a restore is refused without a session and from a stale page; bad addresses are 404s", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, "editor");
  const { revised, id } = await draftSavedTwice(page);
  await page.goto(`/admin/releases/${id}/history`);
  const before = (await releaseState(id))!;
  expect(before.version).toBe(2);

  // Capture the Restore post as the browser sends it, then replay it with no cookies at all.
  const [posted] = await Promise.all([
    page.waitForRequest(
      (r) =>
        /* form posts only: heartbeats and autosaves are server-action posts too */ r.method() === "POST" &&
        Boolean(r.headers()["next-action"]) &&
        (r.headers()["content-type"] ?? "").includes("multipart/form-data"),
    ),
    page.route("**/admin/releases/**", (route) =>
      route.request().method() === "POST" ? route.abort() : route.continue(),
    ),
    page.getByRole("button", { name: "Restore revision 1", exact: true }).click(),
  ]);
  const headers = Object.fromEntries(
    Object.entries(posted.headers()).filter(([name]) => !["cookie", "content-length"].includes(name.toLowerCase())),
  );
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const response = await anonymous.post(posted.url(), { headers, data: posted.postDataBuffer()!, maxRedirects: 0 });
  expect(response.status()).toBeLessThan(500);
  expect(await releaseState(id)).toEqual(before);
  expect(await revisionCount(id)).toBe(2);
  await page.unroute("**/admin/releases/**");

  // Someone else saves while this history page is open: its Restore is now stale.
  await page.goto(`/admin/releases/${id}/history`);
  const other = await (await browser.newContext()).newPage();
  // An admin (a writer may not edit an editor's release: issue 11.7).
  await signIn(other, "admin");
  await other.goto(`/admin/releases/${id}`);
  await other.getByLabel("Summary", { exact: true }).fill("A summary saved by someone else.");
  await other.getByRole("button", { name: "Save draft" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();

  await page.getByRole("button", { name: "Restore revision 1", exact: true }).click();
  await expect(page.getByRole("alert", { name: "Restore problem" })).toHaveText(
    "This release was changed by someone else since you opened it",
  );
  expect(await releaseState(id)).toEqual({ headline: revised, status: "DRAFT", version: 3 });
  expect(await revisionCount(id)).toBe(3);

  // Garbage in the address is "not found" (a NUL byte: "bad request", issue 11.13), never a server error.
  for (const path of [
    `/admin/releases/${"x".repeat(100)}/history`,
    `/admin/releases/no-such-release/history`,
    `/admin/releases/%00/history`,
    `/admin/releases/${id}/history?from=nonsense`,
    `/admin/releases/${id}/history?to=${"y".repeat(65)}`,
    `/admin/releases/${id}/history?from=%00`,
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(path.includes("%00") ? 400 : 404);
  }
});
