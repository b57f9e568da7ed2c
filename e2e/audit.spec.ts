import { expect, test, type Page } from "./support/test";
import { ensureUser, sql } from "./support/db";
import { signIn } from "./support/pages";

const uniqueEmail = (label: string) =>
  `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@pressroom.test`;

const bodyRows = (page: Page) => page.locator("table.data tbody tr");
const actionCells = (page: Page) => page.locator("table.data tbody tr td:nth-child(3)");

test.describe("audit log", () => {
  test("shows the admin's user.create entry newest first, and filters by action, user and release", async ({
    page,
  }) => {
    const email = uniqueEmail("audited");
    await signIn(page, "admin");
    await page.goto("/admin/users");
    await page.getByLabel("Name", { exact: true }).fill("Audrey Audited");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("WRITER");
    await page.getByLabel("Password", { exact: true }).fill("audited-one-time-1");
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByRole("status").filter({ hasText: "User created" })).toBeVisible();

    await page.getByRole("navigation", { name: "Editor" }).getByRole("link", { name: "Audit log" }).click();
    await expect(page).toHaveURL(/\/admin\/audit$/);
    await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
    const entry = bodyRows(page).filter({ hasText: email });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText("user.create");
    await expect(entry).toContainText("Administrator");
    await expect(entry).toContainText("role: WRITER");
    await expect(entry.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
    await expect(page.locator("body")).not.toContainText("$argon2");
    // Newest first: the times never increase down the page.
    const times = await page
      .locator("table.data tbody time")
      .evaluateAll((els) => els.map((el) => el.getAttribute("datetime")!));
    expect(times).toEqual([...times].sort().reverse());

    // Filter by action: the choice lands in the URL and every row matches.
    await page.getByLabel("Action", { exact: true }).selectOption("user.create");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/[?&]action=user\.create(&|$)/);
    await expect(page.getByLabel("Action", { exact: true })).toHaveValue("user.create");
    await expect(bodyRows(page).filter({ hasText: email })).toHaveCount(1);
    for (const text of await actionCells(page).allTextContents()) expect(text).toBe("user.create");
    await page.getByLabel("Action", { exact: true }).selectOption("auth.sign_in_failed");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/[?&]action=auth\.sign_in_failed(&|$)/);
    await expect(bodyRows(page).filter({ hasText: email })).toHaveCount(0);

    // Filter by user: entries by or about them (their creation is about them).
    await page.goto("/admin/audit");
    await page.getByLabel("User", { exact: true }).selectOption({ label: `Audrey Audited (${email})` });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/[?&]user=/);
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(bodyRows(page)).toContainText("user.create");

    // Release entries link to the release; the Release filter matches words of its headline.
    await page.goto("/admin/audit?action=release.create");
    const link = bodyRows(page).first().locator("td:nth-child(4) a");
    await expect(link).toHaveAttribute("href", /^\/admin\/releases\/[\w-]+$/);
    await page.goto("/admin/audit");
    await page.getByLabel("Release", { exact: true }).fill("STRATEGIC partnership");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByLabel("Release", { exact: true })).toHaveValue("STRATEGIC partnership");
    await expect(bodyRows(page).first()).toContainText("Azerbaijan and China raise relations to strategic partnership");
    const seedLink = bodyRows(page).first().locator("td:nth-child(4) a");
    const releaseId = (await seedLink.getAttribute("href"))!.split("/").pop()!;
    await page.goto(`/admin/audit?release=${releaseId}`);
    await expect(bodyRows(page).first().locator("td:nth-child(4) a")).toHaveAttribute(
      "href",
      `/admin/releases/${releaseId}`,
    );

    // Dates: a range that ended before this entry excludes it.
    await page.goto(`/admin/audit?action=user.create&to=2000-01-01`);
    await expect(page.getByText("No audit entries match these filters.")).toBeVisible();
    await expect(page.getByLabel("To", { exact: true })).toHaveValue("2000-01-01");
  });

  test("pages of 50 keep the filters, with older and newer links", async ({ page }) => {
    const email = uniqueEmail("pager");
    await ensureUser(email, "Paige Pager", "WRITER");
    const [{ id }] = (await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email])) as [{ id: string }];
    // 55 sign-ins one second apart; n = 1 is the newest.
    await sql(
      `INSERT INTO "AuditEntry" (id, action, "actorId", detail, "createdAt")
       SELECT 'e2e-' || $1 || '-' || g, 'auth.sign_in', $1, jsonb_build_object('n', g), now() - make_interval(secs => g)
       FROM generate_series(1, 55) AS g`,
      [id],
    );
    await signIn(page, "admin");
    await page.goto(`/admin/audit?user=${id}`);
    await expect(bodyRows(page)).toHaveCount(50);
    await expect(bodyRows(page).first().locator("td:nth-child(5)")).toHaveText("n: 1");
    await expect(bodyRows(page).last().locator("td:nth-child(5)")).toHaveText("n: 50");
    const pages = page.getByRole("navigation", { name: "Audit log pages" });
    await expect(pages.getByRole("link", { name: "Newer entries" })).toHaveCount(0);

    await pages.getByRole("link", { name: "Older entries" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]user=${id}.*[?&]before=`));
    await expect(bodyRows(page)).toHaveCount(5);
    await expect(bodyRows(page).first().locator("td:nth-child(5)")).toHaveText("n: 51");
    await expect(bodyRows(page).last().locator("td:nth-child(5)")).toHaveText("n: 55");
    await expect(pages.getByRole("link", { name: "Older entries" })).toHaveCount(0);

    await pages.getByRole("link", { name: "Newer entries" }).click();
    await expect(page).toHaveURL(/[?&]after=/);
    await expect(bodyRows(page)).toHaveCount(50);
    await expect(bodyRows(page).first().locator("td:nth-child(5)")).toHaveText("n: 1");
    await expect(bodyRows(page).last().locator("td:nth-child(5)")).toHaveText("n: 50");
    await expect(pages.getByRole("link", { name: "Newer entries" })).toHaveCount(0);
    await pages.getByRole("link", { name: "Newest entries" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/audit\\?user=${id}$`));
  });

  test("garbage query parameters are explained at their fields, never a 500", async ({ page }) => {
    await signIn(page, "admin");
    const garbage = [
      `?user=%3Cscript%3E&action=DROP%20TABLE&release=${"x".repeat(3000)}&from=2024-02-30&to=yesterday&before=nonsense`,
      "?user=a&user=b&action[]=x&from=&to=9999-99-99&after=1.2.3",
      "?before=99999999999999.zz&release=%E2%80%AE%F0%9F%98%80",
      "?from=2024-07-05&to=2024-07-01",
    ];
    for (const query of garbage) {
      const response = await page.goto(`/admin/audit${query}`);
      expect(response?.status(), query).toBe(200);
      await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
    }
    await page.goto(`/admin/audit${garbage[0]}`);
    await expect(page.locator("#user-error")).toHaveText("Choose a user from the list");
    await expect(page.locator("#action-error")).toHaveText("Choose an action from the list");
    await expect(page.locator("#release-error")).toHaveText("Type at most 200 characters");
    await expect(page.locator("#from-error")).toHaveText("Enter the date as YYYY-MM-DD");
    await expect(page.locator("#to-error")).toHaveText("Enter the date as YYYY-MM-DD");
    // Dropped filters do not empty the list.
    await expect(bodyRows(page).first()).toBeVisible();
    await page.goto(`/admin/audit${garbage[3]}`);
    await expect(page.locator("#to-error")).toHaveText("To must be on or after From");
  });
});
