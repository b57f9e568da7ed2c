import { expect, test, type Page } from "./support/test";
import { releaseByHeadline, releaseState, sql } from "./support/db";
import { fillRelease, isAutosavePost, sampleRelease, signIn, unique } from "./support/pages";

// Issue 12.1, "No lost work, ever": a form with unsaved changes asks before it is left (the browser's
// own prompt for closing or reloading, the app's dialog for its links and the Back button), a release
// that was never saved autosaves into one new draft, and Ctrl/Cmd+S saves.

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const leaveDialog = (page: Page) => page.getByRole("dialog", { name: "Leave without saving?" });
const autosaveStatus = (page: Page) => page.getByRole("status", { name: "Autosave" });
const editorLink = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Editor" }).getByRole("link", { name, exact: true });

/** Autosaves fail while held (as on a dropped connection), so what was typed stays unsaved. */
async function holdAutosave(page: Page) {
  await page.route("**/admin/releases/**", (route) =>
    isAutosavePost(route.request()) ? route.abort() : route.continue(),
  );
}

/**
 * The browser's Back button. page.goBack() would wait for a navigation, and a held one never comes:
 * this asks the browser for the same step (what Playwright does underneath) without waiting.
 */
async function pressBack(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { currentIndex, entries } = await cdp.send("Page.getNavigationHistory");
  await cdp.send("Page.navigateToHistoryEntry", { entryId: entries[currentIndex - 1]!.id });
  await cdp.detach();
}

/** How many releases carry `token` in a headline of any of their editions. */
async function releasesNamed(token: string): Promise<number> {
  const [row] = await sql<{ n: number }>(
    `SELECT count(DISTINCT "releaseId")::int AS n FROM "Edition" WHERE headline LIKE $1`,
    [`%${token}%`],
  );
  return row!.n;
}

async function savedDraft(page: Page) {
  const data = sampleRelease();
  await page.goto("/admin/releases/new");
  await fillRelease(page, data);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const { id } = (await releaseByHeadline(data.headline))!;
  return { data, id, editUrl: `/admin/releases/${id}` };
}

test("issue 12.1: leaving a release with unsaved changes asks first; Stay keeps every typed word, Leave leaves", async ({
  page,
}) => {
  test.slow();
  await signIn(page, "writer");
  const { data, id, editUrl } = await savedDraft(page);
  const historyUrl = `${editUrl}/history`;
  await page.goto(editUrl);
  await holdAutosave(page);

  // Nothing changed: links leave at once, no question asked.
  await editorLink(page, "Releases").click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(leaveDialog(page)).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(editUrl);
  await page.getByRole("link", { name: "History", exact: true }).click();
  await expect(page).toHaveURL(historyUrl);
  await page.getByRole("link", { name: "Back to the editor" }).click();
  await expect(page).toHaveURL(editUrl);

  // A headline change, then "Releases" half a second later: the dialog names the choice.
  const changed = `${data.headline} (changed, not saved)`;
  const typed = async () => {
    await expect(field(page, "Headline")).toHaveValue(changed);
    await expect(field(page, "Summary")).toHaveValue("A summary typed just now.");
  };
  await field(page, "Headline").fill(changed);
  await field(page, "Summary").fill("A summary typed just now.");
  await editorLink(page, "Releases").click();
  await expect(leaveDialog(page)).toBeVisible();
  await expect(leaveDialog(page)).toContainText("not been saved");
  await leaveDialog(page).getByRole("button", { name: "Stay" }).click();
  await expect(leaveDialog(page)).toBeHidden();
  await expect(page).toHaveURL(editUrl);
  await typed();

  // The page's own links (History) ask too.
  await page.getByRole("link", { name: "History", exact: true }).click();
  await expect(leaveDialog(page)).toBeVisible();
  await leaveDialog(page).getByRole("button", { name: "Stay" }).click();
  await expect(page).toHaveURL(editUrl);
  await typed();

  // So does the browser's Back button within the app.
  await pressBack(page);
  await expect(leaveDialog(page)).toBeVisible();
  await expect(page).toHaveURL(editUrl);
  await leaveDialog(page).getByRole("button", { name: "Stay" }).click();
  await expect(page).toHaveURL(editUrl);
  await typed();

  // Escape is "Stay" too.
  await editorLink(page, "Releases").click();
  await expect(leaveDialog(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(leaveDialog(page)).toBeHidden();
  await expect(page).toHaveURL(editUrl);
  await typed();

  // Leave after Back goes where Back was going; what was typed was never saved (the person chose so).
  await pressBack(page);
  await leaveDialog(page).getByRole("button", { name: "Leave" }).click();
  await expect(page).toHaveURL(historyUrl);
  expect((await releaseState(id))?.headline).toBe(data.headline);

  // Leave after a link follows the link.
  await page.getByRole("link", { name: "Back to the editor" }).click();
  await expect(page).toHaveURL(editUrl);
  await expect(field(page, "Headline")).toHaveValue(data.headline);
  await field(page, "Headline").fill(changed);
  await editorLink(page, "Releases").click();
  await leaveDialog(page).getByRole("button", { name: "Leave" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  expect((await releaseState(id))?.headline).toBe(data.headline);
});

test("issue 12.1: Back asks too in browsers without the Navigation API (older Firefox and Safari)", async ({
  page,
}) => {
  test.slow();
  await page.addInitScript(() => Object.defineProperty(window, "navigation", { value: undefined }));
  await signIn(page, "writer");
  const { data, id, editUrl } = await savedDraft(page);
  const historyUrl = `${editUrl}/history`;
  await page.goto(historyUrl);
  await page.getByRole("link", { name: "Back to the editor" }).click();
  await expect(page).toHaveURL(editUrl);
  await holdAutosave(page);
  const changed = `${data.headline} (changed, not saved)`;
  await field(page, "Headline").fill(changed);

  await page.goBack();
  await expect(leaveDialog(page)).toBeVisible();
  await expect(page).toHaveURL(editUrl);
  await leaveDialog(page).getByRole("button", { name: "Stay" }).click();
  await expect(field(page, "Headline")).toHaveValue(changed);

  await page.goBack();
  await leaveDialog(page).getByRole("button", { name: "Leave" }).click();
  await expect(page).toHaveURL(historyUrl);
  expect((await releaseState(id))?.headline).toBe(data.headline);
});

test("issue 12.1: the browser asks before closing or reloading a form with unsaved changes, never for an untouched or saved one", async ({
  page,
  context,
}) => {
  test.slow();
  await signIn(page, "writer");
  const untouched = await context.newPage();
  await untouched.goto("/admin/releases/new");
  await expect(field(untouched, "Headline")).toBeEditable();
  const noDialogs: string[] = [];
  untouched.on("dialog", (d) => {
    noDialogs.push(d.type());
    void d.dismiss();
  });
  await untouched.close({ runBeforeUnload: true });
  await expect.poll(() => untouched.isClosed()).toBe(true);
  expect(noDialogs).toEqual([]);

  await page.goto("/admin/releases/new");
  const token = unique("Before unload");
  await field(page, "Headline").click();
  await page.keyboard.type(token);
  const asked = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.dismiss();
  // Dismissed: the page stays, with the text.
  expect(page.isClosed()).toBe(false);
  await expect(field(page, "Headline")).toHaveValue(token);

  // Once autosaved, closing asks nothing.
  await field(page, "Body").fill("Saved before closing.");
  await field(page, "Issuer").fill("Ministry of Transport");
  await expect(autosaveStatus(page)).toHaveText(/^Saved \d{2}:\d{2}$/);
  const later: string[] = [];
  page.on("dialog", (d) => {
    later.push(d.type());
    void d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(later).toEqual([]);
  expect(await releasesNamed(token)).toBe(1);
});

test("issue 12.1: a never-saved release autosaves into one new draft, and the address becomes /admin/releases/<id> without a reload, focus or caret lost", async ({
  page,
}) => {
  test.slow();
  await signIn(page, "writer");
  await page.goto("/admin/releases/new");
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const token = unique("Autosaved first draft");

  // Not yet enough for a draft: autosave waits, says why, and creates nothing.
  await field(page, "Headline").fill(token);
  await expect(autosaveStatus(page)).toHaveText("Autosave waits: Body is required");
  expect(await releasesNamed(token)).toBe(0);

  await field(page, "Issuer").fill("Ministry of Transport");
  await field(page, "Body").fill("The ministers met in Baku.");
  // The caret at the start of the body while the draft is created.
  await field(page, "Body").press("Control+Home");
  await expect(autosaveStatus(page)).toHaveText(/^Saved \d{2}:\d{2}$/);
  await expect(page).toHaveURL(/\/admin\/releases\/[A-Za-z0-9_-]+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  expect(id).not.toBe("new");
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(await releasesNamed(token)).toBe(1);
  expect((await releaseState(id))?.headline).toBe(token);

  // Typing carries on where the caret was, and later autosaves update the same draft.
  await expect(field(page, "Body")).toBeFocused();
  await page.keyboard.type("Today ");
  await expect(field(page, "Body")).toHaveValue("Today The ministers met in Baku.");
  const saved = page.waitForResponse((r) => isAutosavePost(r.request()) && r.ok());
  await field(page, "Headline").fill(`${token} (renamed)`);
  await saved;
  await expect.poll(async () => (await releaseState(id))?.headline).toBe(`${token} (renamed)`);
  expect(await releasesNamed(token)).toBe(1);
  const [stored] = await sql<{ body: string }>(
    `SELECT body FROM "Edition" WHERE "releaseId" = $1 ORDER BY number DESC LIMIT 1`,
    [id],
  );
  expect(stored!.body).toBe("Today The ministers met in Baku.");

  // Saved: leaving asks nothing. Back returns to the draft as it was stored, never to an empty form.
  await editorLink(page, "Releases").click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(leaveDialog(page)).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(`/admin/releases/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit release");
  await expect(field(page, "Headline")).toHaveValue(`${token} (renamed)`);
  await expect(field(page, "Body")).toHaveValue("Today The ministers met in Baku.");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit release");
  await expect(field(page, "Headline")).toHaveValue(`${token} (renamed)`);
  expect(await releasesNamed(token)).toBe(1);
});

test("issue 12.1: Save draft pressed while the first autosave is still creating the draft makes one release, not two", async ({
  page,
}) => {
  test.slow();
  await signIn(page, "writer");
  // The first autosave takes its time on the way to the server.
  let delayed = false;
  await page.route("**/admin/releases/**", async (route) => {
    if (isAutosavePost(route.request()) && !delayed) {
      delayed = true;
      await new Promise((resolve) => setTimeout(resolve, 2_500));
    }
    await route.continue();
  });
  await page.goto("/admin/releases/new");
  const data = sampleRelease();
  const posted = page.waitForRequest((r) => isAutosavePost(r));
  await fillRelease(page, data);
  await posted;
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const { id } = (await releaseByHeadline(data.headline))!;
  await expect(page).toHaveURL(`/admin/releases/${id}?done=draft`);
  expect(await releasesNamed(data.headline)).toBe(1);
});

test("issue 12.1: Ctrl+S (Cmd+S on a Mac) saves the form like Save draft, and the browser's own save dialog never opens", async ({
  page,
}) => {
  test.slow();
  await signIn(page, "writer");
  await page.goto("/admin/releases/new");
  await holdAutosave(page);
  await page.evaluate(() => {
    const w = window as unknown as { saveKeys: boolean[] };
    w.saveKeys = [];
    window.addEventListener("keydown", (e) => {
      // Read once every listener has run, the page's own included.
      if (e.key.toLowerCase() === "s" && (e.ctrlKey || e.metaKey))
        setTimeout(() => w.saveKeys.push(e.defaultPrevented));
    });
  });
  const data = sampleRelease();
  await fillRelease(page, data);
  await field(page, "Body").press("Control+s");
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const { id, version } = (await releaseByHeadline(data.headline))!;
  await expect(page).toHaveURL(`/admin/releases/${id}?done=draft`);
  expect(await releasesNamed(data.headline)).toBe(1);
  // The browser saw the key as handled (no "Save page as" dialog).
  expect(await page.evaluate(() => (window as unknown as { saveKeys: boolean[] }).saveKeys)).toEqual([true]);

  // On the edit form, Cmd+S (Meta) does the same: the change is stored and the form says nothing is wrong.
  await field(page, "Headline").fill(`${data.headline} (Cmd+S)`);
  await field(page, "Headline").press("Meta+s");
  await expect.poll(async () => (await releaseState(id))?.headline).toBe(`${data.headline} (Cmd+S)`);
  expect((await releaseState(id))!.version).toBe(version + 1);
  await expect(page.getByRole("alert", { name: "Save problem" })).toHaveCount(0);
  // Saved by the key (the page holds the new version): leaving asks nothing.
  // (Save draft sits in the action bar after the form since issue 12.5: the form is the one with the fields.)
  const releaseForm = page.locator("form", { has: field(page, "Headline") });
  await expect(releaseForm.locator('input[name="version"]')).toHaveValue(String(version + 1));
  await expect(field(page, "Headline")).toHaveValue(`${data.headline} (Cmd+S)`);
  await editorLink(page, "Releases").click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(leaveDialog(page)).toHaveCount(0);
});
