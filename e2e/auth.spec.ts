import { expect, test } from "./support/test";
import { USERS } from "./support/db";
import { signInWithForm } from "./support/pages";

test.describe("signing in", () => {
  test("anonymous visitors to /admin pages are sent to /login", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/admin/releases/new");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Sign in to Pressroom" })).toBeVisible();
  });

  test("a wrong password and an unknown email get the same message and keep the email", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email", { exact: true }).fill(USERS.admin.email);
    await page.getByLabel("Password", { exact: true }).fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("alert", { name: "Sign-in error" });
    await expect(alert).toHaveText("Invalid email or password");
    await expect(page.getByLabel("Email", { exact: true })).toHaveValue(USERS.admin.email);
    await expect(page).toHaveURL(/\/login/);

    await page.getByLabel("Email", { exact: true }).fill("nobody@pressroom.test");
    await page.getByLabel("Password", { exact: true }).fill("whatever-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toHaveText("Invalid email or password");
    await expect(page.getByLabel("Email", { exact: true })).toHaveValue("nobody@pressroom.test");
  });

  test("signing in lands on /admin, and Sign out ends the session", async ({ page }) => {
    await signInWithForm(page, "admin");
    await expect(page.getByRole("heading", { name: "Releases" })).toBeVisible();
    await expect(page.getByRole("link", { name: "New release" })).toBeVisible();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the email is case-insensitive", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email", { exact: true }).fill(USERS.editor.email.toUpperCase());
    await page.getByLabel("Password", { exact: true }).fill(USERS.editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);
  });
});
