import { expect, test, request as playwrightRequest, type Browser, type Page, type Request } from "./support/test";
import { E2E_PASSWORD, USERS, ensureUser, sql } from "./support/db";
import { draftAndSubmit, sampleRelease, signIn } from "./support/pages";

// Every test makes its own users (unique emails), so the suite can run in any order on one database.
const uniqueEmail = (label: string) =>
  `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@pressroom.test`;

async function signInAs(page: Page, email: string, password: string, landing: RegExp = /\/admin$/) {
  await page.goto("/login");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(landing);
}

async function newPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

async function userRow(email: string) {
  const [row] = await sql<{
    id: string;
    name: string;
    role: string;
    active: boolean;
    mustChangePassword: boolean;
    passwordHash: string;
  }>(`SELECT id, name, role, active, "mustChangePassword", "passwordHash" FROM "User" WHERE email = $1`, [email]);
  return row;
}

const rowOf = (page: Page, email: string) => page.getByRole("row").filter({ hasText: email });

test.describe("user management", () => {
  test("an admin creates a user with a one-time password; at first sign-in the user must choose their own, then reaches /admin", async ({
    page,
    browser,
  }) => {
    const email = uniqueEmail("nadia");
    const oneTime = "one-time-password-123";
    await signIn(page, "admin");
    await page.getByRole("navigation", { name: "Editor" }).getByRole("link", { name: "Users" }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();

    await page.getByLabel("Name", { exact: true }).fill("Nadia New");
    await page.getByLabel("Email", { exact: true }).fill(`  ${email.toUpperCase()} `);
    await page.getByLabel("Role", { exact: true }).selectOption({ label: "Editor" });
    await page.getByLabel("Password", { exact: true }).fill(oneTime);
    await page.getByRole("button", { name: "Create user" }).click();

    await expect(page.getByRole("status").filter({ hasText: "User created" })).toContainText(email);
    const row = rowOf(page, email);
    await expect(row).toContainText("Nadia New");
    await expect(row).toContainText("Editor");
    await expect(row).toContainText("Yes");
    await expect(row).toContainText("Still on the one-time password");
    // The form is empty again for the next user.
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");

    // Stored lower-case, as an argon2id hash, flagged for a change; never shown.
    const stored = (await userRow(email))!;
    expect(stored).toMatchObject({ name: "Nadia New", role: "EDITOR", active: true, mustChangePassword: true });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await page.content()).not.toContain("$argon2");

    // The new user signs in with the one-time password and is held on /admin/account.
    const user = await newPage(browser);
    await signInAs(user, email, oneTime, /\/admin\/account$/);
    await expect(user.getByText("Choose a new password to continue")).toBeVisible();
    for (const path of ["/admin", "/admin/releases/new", "/admin/users"]) {
      await user.goto(path);
      await expect(user, path).toHaveURL(/\/admin\/account$/);
    }
    await user.getByRole("link", { name: "Releases" }).click();
    await expect(user).toHaveURL(/\/admin\/account$/);
    // The link's client navigation (to /admin, redirected back here) renders the page again whenever
    // its payload arrives, which can empty the form after typing: the URL is the same before and after,
    // so nothing tells the test when it is over (CI typed into the old form three times, once after
    // waiting for network idle). The password is changed on a page loaded afresh instead.
    await user.goto("/admin/account");
    await expect(user.getByText("Choose a new password to continue")).toBeVisible();

    const own = "nadias-own-password-456";
    await user.getByLabel("Current password", { exact: true }).fill(oneTime);
    await user.getByLabel("New password", { exact: true }).fill(own);
    await user.getByRole("button", { name: "Change password" }).click();
    await expect(user.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();
    await expect(user.getByText("Choose a new password to continue")).toHaveCount(0);

    await user.getByRole("link", { name: "Releases" }).click();
    await expect(user).toHaveURL(/\/admin$/);
    await expect(user.getByRole("heading", { name: "Releases" })).toBeVisible();
    await user.goto("/admin/releases/new");
    await expect(user.getByRole("heading", { name: "New release" })).toBeVisible();
    expect((await userRow(email))?.mustChangePassword).toBe(false);

    // The one-time password is gone; the chosen one works.
    await user.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(user).toHaveURL(/\/login/);
    await user.getByLabel("Email", { exact: true }).fill(email);
    await user.getByLabel("Password", { exact: true }).fill(oneTime);
    await user.getByRole("button", { name: "Sign in" }).click();
    await expect(user.getByRole("alert", { name: "Sign-in error" })).toHaveText("Invalid email or password");
    await signInAs(user, email, own);
  });

  test("a duplicate email (in any case) is a field error that keeps everything typed; so is a short password", async ({
    page,
  }) => {
    await signIn(page, "admin");
    await page.goto("/admin/users");
    const name = page.getByLabel("Name", { exact: true });
    const email = page.getByLabel("Email", { exact: true });
    const role = page.getByLabel("Role", { exact: true });
    const password = page.getByLabel("Password", { exact: true });

    await name.fill("Dora Duplicate");
    await email.fill(USERS.editor.email.toUpperCase());
    await role.selectOption({ label: "Admin" });
    await password.fill("long-enough-password");
    await page.getByRole("button", { name: "Create user" }).click();

    await expect(page.getByRole("alert", { name: "Create problem" })).toContainText("no user was created");
    await expect(page.locator("#email-error")).toHaveText("A user with this email already exists");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(name).toHaveValue("Dora Duplicate");
    await expect(email).toHaveValue(USERS.editor.email.toUpperCase());
    await expect(role).toHaveValue("ADMIN");
    await expect(password).toHaveValue("long-enough-password");
    // The existing account is untouched.
    expect(await userRow(USERS.editor.email)).toMatchObject({ name: USERS.editor.name, role: "EDITOR" });
    expect(await sql(`SELECT 1 FROM "User" WHERE name = 'Dora Duplicate'`)).toHaveLength(0);

    const fresh = uniqueEmail("dora");
    await email.fill(fresh);
    await password.fill("too-short");
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.locator("#password-error")).toHaveText("Password must be at least 12 characters");
    await expect(page.locator("#email-error")).toHaveCount(0);
    await expect(name).toHaveValue("Dora Duplicate");
    await expect(email).toHaveValue(fresh);
    await expect(password).toHaveValue("too-short");
    expect(await userRow(fresh)).toBeUndefined();
  });

  test("a role change applies at the user's next request: a demoted editor loses the Publish button", async ({
    page,
    browser,
  }) => {
    const email = uniqueEmail("ed");
    await ensureUser(email, "Ed Demoted", "EDITOR");
    // A writer's submitted release: the editor is offered Publish on it.
    const writer = await newPage(browser);
    await signIn(writer, "writer");
    const editUrl = await draftAndSubmit(writer, sampleRelease());
    const editor = await newPage(browser);
    await signInAs(editor, email, E2E_PASSWORD);
    await editor.goto(editUrl);
    await expect(editor.getByRole("button", { name: "Publish", exact: true })).toBeVisible();

    await signIn(page, "admin");
    await page.goto("/admin/users");
    const row = rowOf(page, email);
    await row.getByRole("combobox", { name: "Role of Ed Demoted" }).selectOption("WRITER");
    await row.getByRole("button", { name: "Change role" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Role changed" })).toHaveText(
      "Role changed: Ed Demoted is now writer.",
    );
    await expect(rowOf(page, email)).toContainText("Writer");
    expect((await userRow(email))?.role).toBe("WRITER");

    // The same session, no new sign-in: the next page load reads the role from the database.
    await editor.reload();
    // Now a writer who is no author of this release: it is shown read-only (issue 11.7).
    await expect(editor.locator("#not-an-author")).toBeVisible();
    await expect(editor.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
    await expect(editor.getByText("Ed Demoted (writer)")).toBeVisible();
  });

  test("an admin can neither demote nor deactivate themselves, and is told why", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/admin/users");
    const row = rowOf(page, USERS.admin.email);
    await expect(row).toContainText("(you)");
    await row.getByRole("combobox").selectOption("WRITER");
    await row.getByRole("button", { name: "Change role" }).click();
    await expect(row.getByRole("alert", { name: "Role change problem" })).toHaveText(
      "You cannot change your own role: ask another admin to do it.",
    );
    await row.getByRole("button", { name: "Deactivate" }).click();
    await expect(row.getByRole("alert", { name: "Access problem" })).toHaveText(
      "You cannot deactivate your own account: ask another admin to do it.",
    );
    expect(await userRow(USERS.admin.email)).toMatchObject({ role: "ADMIN", active: true });
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  });

  test("deactivation ends the session at the next request and refuses the stale page's action; reactivation restores access", async ({
    page,
    browser,
  }) => {
    const email = uniqueEmail("dee");
    await ensureUser(email, "Dee Activated", "WRITER");
    const user = await newPage(browser);
    await signInAs(user, email, E2E_PASSWORD);
    await user.goto("/admin/account");
    const hashBefore = (await userRow(email))!.passwordHash;

    await signIn(page, "admin");
    await page.goto("/admin/users");
    await rowOf(page, email).getByRole("button", { name: "Deactivate" }).click();
    await expect(page.getByRole("status").filter({ hasText: "is deactivated" })).toBeVisible();
    await expect(rowOf(page, email)).toContainText("No");
    await expect(rowOf(page, email).getByRole("button", { name: "Reactivate" })).toBeVisible();
    expect((await userRow(email))?.active).toBe(false);

    // Same browser session, a new page load: back to the sign-in page.
    const next = await user.context().newPage();
    await next.goto("/admin");
    await expect(next).toHaveURL(/\/login/);
    await expect(next.getByRole("heading", { name: "Sign in to Pressroom" })).toBeVisible();

    // The page opened before the deactivation still has its form: its server action is refused.
    await user.getByLabel("Current password", { exact: true }).fill(E2E_PASSWORD);
    await user.getByLabel("New password", { exact: true }).fill("stale-page-password-789");
    await user.getByRole("button", { name: "Change password" }).click();
    await expect(user.getByRole("alert", { name: "Password problem" })).toContainText("session has ended");
    expect((await userRow(email))?.passwordHash).toBe(hashBefore);

    // Signing in again is refused like a wrong password.
    await next.getByLabel("Email", { exact: true }).fill(email);
    await next.getByLabel("Password", { exact: true }).fill(E2E_PASSWORD);
    await next.getByRole("button", { name: "Sign in" }).click();
    await expect(next.getByRole("alert", { name: "Sign-in error" })).toHaveText("Invalid email or password");

    await rowOf(page, email).getByRole("button", { name: "Reactivate" }).click();
    await expect(page.getByRole("status").filter({ hasText: "is active again" })).toBeVisible();
    // Access is back, after a fresh sign-in: the deactivation ended the old session for good.
    await next.goto("/admin");
    await expect(next).toHaveURL(/\/login/);
    await signInAs(next, email, E2E_PASSWORD);
    await expect(next.getByRole("heading", { name: "Releases" })).toBeVisible();
  });

  test("writers and editors get no user or audit pages, and their replayed admin action posts change nothing", async ({
    page,
    browser,
    baseURL,
  }) => {
    for (const role of ["writer", "editor"] as const) {
      const other = await newPage(browser);
      await signIn(other, role);
      const nav = other.getByRole("navigation", { name: "Editor" });
      await expect(nav.getByRole("link", { name: "Account" })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
      await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
      for (const path of ["/admin/users", "/admin/audit"]) {
        const response = await other.goto(path);
        expect(response?.status(), `${role} ${path}`).toBeLessThan(500);
        await expect(other.getByRole("heading", { name: "Not allowed" })).toBeVisible();
        await expect(other.getByRole("button", { name: "Create user" })).toHaveCount(0);
        await expect(other.getByRole("table")).toHaveCount(0);
      }
    }

    // Capture the admin's real action posts (aborted, so they never reach the server)…
    const target = uniqueEmail("target");
    await ensureUser(target, "Tara Target", "WRITER");
    const created = uniqueEmail("smuggled");
    await signIn(page, "admin");
    await page.route("**/admin/users**", (route) =>
      route.request().method() === "POST" ? route.abort() : route.continue(),
    );
    const capture = async (act: () => Promise<void>): Promise<Request> => {
      await page.goto("/admin/users");
      const [posted] = await Promise.all([
        page.waitForRequest(
          (r) =>
            /* form posts only: heartbeats and autosaves are server-action posts too */ r.method() === "POST" &&
            Boolean(r.headers()["next-action"]) &&
            (r.headers()["content-type"] ?? "").includes("multipart/form-data"),
        ),
        act(),
      ]);
      return posted;
    };
    const posts = [
      await capture(async () => {
        await page.getByLabel("Name", { exact: true }).fill("Smuggled Admin");
        await page.getByLabel("Email", { exact: true }).fill(created);
        await page.getByLabel("Role", { exact: true }).selectOption("ADMIN");
        await page.getByLabel("Password", { exact: true }).fill("smuggled-password-1");
        await page.getByRole("button", { name: "Create user" }).click();
      }),
      await capture(async () => {
        await rowOf(page, target).getByRole("combobox").selectOption("ADMIN");
        await rowOf(page, target).getByRole("button", { name: "Change role" }).click();
      }),
      await capture(() => rowOf(page, target).getByRole("button", { name: "Deactivate" }).click()),
    ];

    // …then replay them as a writer, an editor and with no session at all.
    const writer = await newPage(browser);
    await signIn(writer, "writer");
    const editor = await newPage(browser);
    await signIn(editor, "editor");
    const anonymous = await playwrightRequest.newContext({ baseURL });
    for (const posted of posts) {
      const headers = Object.fromEntries(
        Object.entries(posted.headers()).filter(([name]) => !["cookie", "content-length"].includes(name.toLowerCase())),
      );
      const body = posted.postDataBuffer()!;
      for (const [who, context] of [
        ["writer", writer.request],
        ["editor", editor.request],
      ] as const) {
        const response = await context.post(posted.url(), { headers, data: body, maxRedirects: 0 });
        expect(response.status(), who).toBeLessThan(500);
        expect(await response.text(), who).toContain("does not allow this");
      }
      const response = await anonymous.post(posted.url(), { headers, data: body, maxRedirects: 0 });
      expect(response.status()).toBeLessThan(500);
    }
    expect(await userRow(created)).toBeUndefined();
    expect(await userRow(target)).toMatchObject({ role: "WRITER", active: true });
  });
});
