import { expect, test, type Browser, type Page } from "./support/test";
import { releaseByHeadline, releaseState, USERS } from "./support/db";
import { fillRelease, publishThroughReview, sampleRelease, signIn } from "./support/pages";

async function draft(page: Page) {
  const data = sampleRelease();
  await page.goto("/admin/releases/new");
  await fillRelease(page, data);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  return { data, editUrl: page.url().replace(/\?.*$/, "") };
}

/** The writer drafts a release; an editor, in a browser of their own, is signed in too. */
async function draftAndSecondEditor(page: Page, browser: Browser) {
  await signIn(page, "writer");
  const { editUrl } = await draft(page);
  const other = await (await browser.newContext()).newPage();
  await signIn(other, "editor");
  return { editUrl, other };
}

test("autosave saves while typing, says when, and a later Save draft still goes through", async ({ page }) => {
  await signIn(page, "writer");
  const { data, editUrl } = await draft(page);
  const { id } = (await releaseByHeadline(data.headline))!;
  const before = (await releaseState(id))!.version;

  await page.getByLabel("Summary", { exact: true }).fill("Typed, never saved by hand.");
  await expect(page.getByRole("status", { name: "Autosave" })).toHaveText(/^Saved \d{2}:\d{2}$/);
  expect((await releaseState(id))!.version).toBe(before + 1);

  await page.getByLabel("Headline", { exact: true }).fill("");
  await expect(page.getByRole("status", { name: "Autosave" })).toHaveText("Not saved: Headline is required");

  await page.getByLabel("Headline", { exact: true }).fill(`${data.headline} v2`);
  await page.getByRole("button", { name: "Save draft" }).click();
  // The manual save goes through with the version the autosave produced (no conflict).
  await expect.poll(async () => (await releaseState(id))?.headline).toBe(`${data.headline} v2`);
  await expect(page.getByRole("alert", { name: "Save problem" })).toHaveCount(0);
  await page.goto(editUrl);
  await expect(page.getByLabel("Summary", { exact: true })).toHaveValue("Typed, never saved by hand.");
  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue(`${data.headline} v2`);
});

test("presence: a second editor opening the release is told who else is editing it", async ({ page, browser }) => {
  const { editUrl, other } = await draftAndSecondEditor(page, browser);
  await other.goto(editUrl);
  await expect(other.getByRole("status", { name: "Also editing" })).toContainText(
    `${USERS.writer.name} is also editing`,
  );
});

test("presence: the 'also editing' notice arriving late does not move the field being typed in", async ({
  page,
  browser,
}) => {
  const { editUrl, other } = await draftAndSecondEditor(page, browser);
  // The page's first heartbeat is held back until the editor is already in the Body field, as on a
  // slow connection (CI: the notice pushed the focused field out of view between two Tabs).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await other.route(
    (url) => url.pathname === new URL(editUrl).pathname,
    async (route) => {
      if (route.request().method() === "POST" && route.request().headers()["next-action"]) await held;
      await route.continue();
    },
  );
  await other.goto(editUrl);
  const body = other.getByLabel("Body", { exact: true });
  await body.focus();
  const top = () => body.evaluate((el) => Math.round(el.getBoundingClientRect().top));
  const before = await top();
  release();
  await expect(other.getByRole("status", { name: "Also editing" })).toContainText(
    `${USERS.writer.name} is also editing`,
  );
  await expect(body).toBeFocused();
  expect(await top(), "the focused field stays where it was on the screen").toBe(before);
  await other.context().close();
});

test("a conflict offers the user's own unsaved text to copy and a link to the newer version", async ({
  page,
  browser,
}) => {
  const { editUrl, other } = await draftAndSecondEditor(page, browser);
  await other.goto(editUrl);
  await page.goto(editUrl);
  await other.getByLabel("Issuer", { exact: true }).fill("Ministry of Digital Development");
  await other.getByRole("button", { name: "Save draft" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();

  await page.getByLabel("Body", { exact: true }).fill("My own words, which must survive.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("alert", { name: "Save problem" })).toContainText(
    "This release was changed by someone else since you opened it",
  );
  await expect(page.getByRole("textbox", { name: "Your unsaved text" })).toHaveValue(
    /My own words, which must survive\./,
  );
  await expect(page.getByRole("link", { name: "open the newer version" })).toHaveAttribute(
    "href",
    new URL(editUrl).pathname,
  );
});

test("a correction: an editor adds a public change note; once published, readers see “Updated ‹date›: ‹note›”", async ({
  browser,
}) => {
  const data = sampleRelease();
  const { editorPage: editor, editUrl } = await publishThroughReview(browser, data);
  const { slug } = (await releaseByHeadline(data.headline))!;

  await editor.getByLabel("Change note", { exact: true }).fill("Corrected the name of the Georgian ministry.");
  await editor
    .getByRole("group", { name: "Agreement 1" })
    .getByLabel("Parties", { exact: true })
    .fill("Ministry of Transport of Azerbaijan\nMinistry of Economy and Sustainable Development of Georgia");
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  await admin.goto(editUrl);
  await admin.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Published" })).toBeVisible();

  await admin.goto(`/releases/${slug}`);
  const today = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date());
  await expect(admin.locator(".updated-note")).toHaveText(
    `Updated ${today}: Corrected the name of the Georgian ministry.`,
  );
  await expect(admin.getByRole("region", { name: "Changes to this release" }).getByRole("listitem")).toHaveCount(1);
  await expect(admin.locator("ul.agreements")).toContainText(
    "Ministry of Economy and Sustainable Development of Georgia",
  );
});
