import { expect, test, type Page } from "./support/test";
import { E2E_PASSWORD, ensureUser, sql } from "./support/db";

const uniqueEmail = (label: string) =>
  `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@pressroom.test`;

async function signInAs(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

async function passwordHashOf(email: string) {
  const [row] = await sql<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = $1`, [email]);
  return row?.passwordHash;
}

test.describe("own account", () => {
  test("a wrong current password and a too-short new one are refused at their fields, keeping what was typed", async ({
    page,
  }) => {
    const email = uniqueEmail("ana");
    await ensureUser(email, "Ana Account", "WRITER");
    await signInAs(page, email, E2E_PASSWORD);
    await page.getByRole("navigation", { name: "Editor" }).getByRole("link", { name: "Account" }).click();
    await expect(page).toHaveURL(/\/admin\/account$/);
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    await expect(page.getByRole("row", { name: /Email/ })).toContainText(email);
    await expect(page.getByText("Choose a new password to continue")).toHaveCount(0);
    const before = await passwordHashOf(email);

    const current = page.getByLabel("Current password", { exact: true });
    const next = page.getByLabel("New password", { exact: true });
    await current.fill("not-my-password-1");
    await next.fill("a-perfectly-good-new-one");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.locator("#currentPassword-error")).toHaveText("That is not your current password");
    await expect(current).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("alert", { name: "Password problem" })).toHaveText("Your password was not changed.");
    await expect(current).toHaveValue("not-my-password-1");
    await expect(next).toHaveValue("a-perfectly-good-new-one");

    await current.fill(E2E_PASSWORD);
    await next.fill("too-short");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.locator("#newPassword-error")).toHaveText("New password must be at least 12 characters");
    await expect(next).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#currentPassword-error")).toHaveCount(0);
    await expect(current).toHaveValue(E2E_PASSWORD);
    await expect(next).toHaveValue("too-short");

    await current.fill("");
    await next.fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.locator("#currentPassword-error")).toHaveText("Enter your current password");

    expect(await passwordHashOf(email)).toBe(before);
    await expect(page.getByRole("status").filter({ hasText: "Password changed" })).toHaveCount(0);
  });

  test("a password change is confirmed, audited, and only the new password signs in afterwards", async ({ page }) => {
    const email = uniqueEmail("pat");
    await ensureUser(email, "Pat Password", "EDITOR");
    await signInAs(page, email, E2E_PASSWORD);
    await page.goto("/admin/account");
    const fresh = "pats-brand-new-password";
    await page.getByLabel("Current password", { exact: true }).fill(E2E_PASSWORD);
    await page.getByLabel("New password", { exact: true }).fill(fresh);
    await page.getByRole("button", { name: "Change password" }).click();

    await expect(page.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();
    await expect(page.getByLabel("Current password", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("New password", { exact: true })).toHaveValue("");
    expect(await passwordHashOf(email)).toMatch(/^\$argon2id\$/);
    const entries = await sql<{ action: string; detail: { email?: string } }>(
      `SELECT a.action, a.detail FROM "AuditEntry" a JOIN "User" u ON u.id = a."actorId" WHERE u.email = $1 AND a.action = 'user.password_change'`,
      [email],
    );
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries[0]!.detail)).not.toMatch(/argon2|password/i);

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Password", { exact: true }).fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert", { name: "Sign-in error" })).toHaveText("Invalid email or password");
    await signInAs(page, email, fresh);
  });
});
