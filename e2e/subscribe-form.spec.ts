import { expect, test } from "./support/test";

test("issue 16: an email corrected while the answer to a refused one is on its way stays in the field", async ({
  page,
}) => {
  await page.goto("/subscribe");
  // The refusal is held back until the reader has corrected the address, as on a busy server: a form
  // reset when the answer came would put the refused address back over the corrected one.
  let sent!: () => void;
  const posted = new Promise<void>((resolve) => (sent = resolve));
  let answer!: () => void;
  const corrected = new Promise<void>((resolve) => (answer = resolve));
  await page.route(/\/subscribe$/, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch();
    sent();
    await corrected;
    await route.fulfill({ response });
  });
  await expect
    .poll(() => page.locator("form").evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactProps"))))
    .toBe(true);
  await page.getByLabel("Email").fill("reader.example.org");
  await page.getByLabel("Everything").check();
  await page.getByRole("button", { name: "Subscribe" }).click();
  await posted;
  await page.getByLabel("Email").fill("reader@example.org");
  answer();
  await expect(page.locator("#subscribe-email-error")).toContainText("Enter an email address like");
  await expect(page.getByRole("button", { name: "Subscribe" })).toBeEnabled();
  await expect(page.getByLabel("Email")).toHaveValue("reader@example.org");
  await expect(page.getByLabel("Everything")).toBeChecked();
});
