import { expect, test } from "./support/test";
import { releaseByHeadline } from "./support/db";
import { fillRelease, sampleRelease, signIn } from "./support/pages";

test("two editors on the same release: the second save is refused with the conflict message and keeps its text", async ({
  browser,
}) => {
  const data = sampleRelease();
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, "editor");
  await signIn(second, "admin"); // writers edit only their own releases (issue 11.7)

  await first.goto("/admin/releases/new");
  await fillRelease(first, data);
  await first.getByRole("button", { name: "Save draft" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const editUrl = first.url().replace(/\?.*$/, "");

  // Both open version 1; the first saves, the second saves from the stale version.
  await second.goto(editUrl);
  await first.getByLabel("Headline", { exact: true }).fill(`${data.headline} (first)`);
  await first.getByRole("button", { name: "Save draft" }).click();
  await expect.poll(async () => (await releaseByHeadline(`${data.headline} (first)`))?.version).toBe(2);

  const mine = "My careful rewrite that must not be lost.\n\nSecond paragraph.";
  await second.getByLabel("Headline", { exact: true }).fill(`${data.headline} (second)`);
  await second.getByLabel("Body", { exact: true }).fill(mine);
  await second.getByRole("button", { name: "Save draft" }).click();

  await expect(second.getByRole("alert", { name: "Save problem" })).toContainText(
    "This release was changed by someone else since you opened it",
  );
  await expect(second.getByLabel("Headline", { exact: true })).toHaveValue(`${data.headline} (second)`);
  await expect(second.getByLabel("Body", { exact: true })).toHaveValue(mine);
  await expect(second.getByRole("link", { name: "open the newer version" })).toBeVisible();

  // The database holds the first save only.
  expect(await releaseByHeadline(`${data.headline} (second)`)).toBeUndefined();
  expect((await releaseByHeadline(`${data.headline} (first)`))?.version).toBe(2);
});
