import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type Browser,
  type Locator,
  type Page,
} from "./support/test";
import { E2E_PASSWORD, ensureUser, releaseByHeadline, sql } from "./support/db";
import { fillRelease, publishThroughReview, sampleRelease, signIn } from "./support/pages";

const shiftClock = (request: APIRequestContext, offsetMs: number) =>
  request.post("/api/test/clock", { data: { offsetMs } });

test.afterEach(async ({ request }) => {
  await shiftClock(request, 0);
});

const TOKEN_URL = /^http:\/\/127\.0\.0\.1:\d+\/preview\/[A-Za-z0-9_-]{43}$/;

/** Creates a link with the chosen expiry on the open editor page; returns the one-time URL shown. */
async function createLink(page: Page, expiresIn: "1 hour" | "24 hours" | "7 days"): Promise<string> {
  const field = page.getByLabel("Preview link", { exact: true });
  const before = (await field.count()) > 0 ? await field.inputValue() : "";
  await page.getByLabel("Expires in", { exact: true }).selectOption({ label: expiresIn });
  await page.getByRole("button", { name: "Create preview link" }).click();
  await expect(field).toHaveValue(TOKEN_URL);
  await expect(field).not.toHaveValue(before);
  await expect(field).toHaveAttribute("readonly", "");
  return field.inputValue();
}

/** A browser context with no session at all: whoever the link was sent to. */
async function anonymousPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

// @exclusive: moves the app's clock two hours ahead, which other tests' preview links and
// sign-in limits would see.
test("a writer shares a draft: anyone with the link sees it, marked and unindexed, until it expires or is revoked @exclusive", async ({
  page,
  browser,
  request,
}) => {
  const data = sampleRelease();
  await signIn(page, "writer");
  await page.goto("/admin/releases/new");
  await fillRelease(page, data);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const { id, slug } = (await releaseByHeadline(data.headline))!;

  await expect(page.getByLabel("Expires in", { exact: true })).toHaveValue("24h");
  const hourLink = await createLink(page, "1 hour");
  const dayLink = await createLink(page, "24 hours");
  expect(dayLink).not.toBe(hourLink);
  const revokeButtons = page.getByRole("button", {
    name: /^Revoke preview link created \d{1,2} \w{3} \d{4}, \d{2}:\d{2}:\d{2} UTC/,
  });
  await expect(revokeButtons).toHaveCount(2);
  await expect(page.getByRole("table", { name: "Active preview links" })).toContainText("Walt Writer");

  // Only hashes are stored: neither token is anywhere in the database.
  const tokens = [hourLink, dayLink].map((url) => url.split("/").pop()!);
  const rows = await sql<{ tokenHash: string }>(`SELECT "tokenHash" FROM "PreviewLink" WHERE "releaseId" = $1`, [id]);
  expect(rows).toHaveLength(2);
  for (const row of rows) expect(tokens).not.toContain(row.tokenHash);

  const reader = await anonymousPage(browser);
  const response = await reader.goto(hourLink);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["cache-control"]).toContain("no-store");
  expect(response?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  await expect(reader.getByRole("heading", { level: 1, name: data.headline })).toBeVisible();
  await expect(reader.getByRole("note", { name: "Preview — not published" })).toContainText("Preview — not published");
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", /nofollow/);
  // The same rendering as the public page: agreements and quotes are there.
  await expect(reader.locator("ul.agreements > li")).toHaveCount(2);
  await expect(reader.locator("figure.quote blockquote q")).toContainText(data.quotes[0]!.text.replace(/\.$/, ""));

  // The draft itself is still not public, and bad tokens are plain 404s (never 500s).
  expect((await reader.goto(`/releases/${slug}`))?.status()).toBe(404);
  expect((await reader.goto("/preview/not-a-token"))?.status()).toBe(404);
  expect((await reader.goto(`/preview/${"A".repeat(43)}`))?.status()).toBe(404);
  expect((await reader.goto(`/preview/${tokens[0]}x`))?.status()).toBe(404);

  // Revoking the newest link (listed first) ends it at once; the other one keeps working.
  await revokeButtons.first().click();
  await expect(revokeButtons).toHaveCount(1);
  expect((await reader.goto(dayLink))?.status()).toBe(404);
  expect((await reader.goto(hourLink))?.status()).toBe(200);

  // Two hours later the one-hour link has expired too, and leaves the editor's list.
  await shiftClock(request, 2 * 3_600_000);
  const expired = await reader.goto(hourLink);
  expect(expired?.status()).toBe(404);
  expect(expired?.headers()["cache-control"]).toContain("no-store");
  await page.reload();
  await expect(revokeButtons).toHaveCount(0);

  const audit = await sql<{ action: string; n: number }>(
    `SELECT action, count(*)::int AS n FROM "AuditEntry" WHERE "releaseId" = $1 AND action LIKE 'release.preview_%' GROUP BY action ORDER BY action`,
    [id],
  );
  expect(audit).toEqual([
    { action: "release.preview_create", n: 2 },
    { action: "release.preview_revoke", n: 1 },
  ]);
});

test("a preview shows the newest edition: a draft correction of a published release, while readers keep the live one", async ({
  browser,
}) => {
  const data = sampleRelease();
  const { editorPage: page } = await publishThroughReview(browser, data);
  const { slug } = (await releaseByHeadline(data.headline))!;

  await page.getByLabel("Summary", { exact: true }).fill("A corrected summary, not yet public.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("note")).toContainText("Readers see edition 1 until this edition (2) is published.");
  const link = await createLink(page, "7 days");

  const reader = await anonymousPage(browser);
  await reader.goto(link);
  await expect(reader.getByRole("note", { name: "Preview — not published" })).toBeVisible();
  await expect(reader.locator(".summary")).toHaveText("A corrected summary, not yet public.");
  await reader.goto(`/releases/${slug}`);
  await expect(reader.locator(".summary")).toHaveText(data.summary);
});

test("create and revoke posts replayed without a session, or after the user was deactivated, change nothing", async ({
  page,
  browser,
  baseURL,
}) => {
  // A user of this test's own: it gets deactivated below.
  const email = `preview.${Date.now().toString(36)}@pressroom.test`;
  await ensureUser(email, "Petra Preview", "WRITER");
  await page.goto("/login");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);

  const data = sampleRelease();
  await page.goto("/admin/releases/new");
  await fillRelease(page, data);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const { id } = (await releaseByHeadline(data.headline))!;
  const link = await createLink(page, "24 hours");
  const activeLinks = async () =>
    (
      await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM "PreviewLink" WHERE "releaseId" = $1 AND "revokedAt" IS NULL`,
        [id],
      )
    )[0]!.n;

  // Capture the browser's own posts (aborted before they reach the server)…
  await page.route("**/admin/releases/**", (route) =>
    route.request().method() === "POST" ? route.abort() : route.continue(),
  );
  const capture = async (button: Locator) => {
    const [posted] = await Promise.all([
      page.waitForRequest(
        (r) =>
          /* form posts only: heartbeats and autosaves are server-action posts too */ r.method() === "POST" &&
          Boolean(r.headers()["next-action"]) &&
          (r.headers()["content-type"] ?? "").includes("multipart/form-data"),
      ),
      button.click(),
    ]);
    const headers = Object.fromEntries(
      Object.entries(posted.headers()).filter(([name]) => !["cookie", "content-length"].includes(name.toLowerCase())),
    );
    return { url: posted.url(), headers, body: posted.postDataBuffer()! };
  };
  const create = await capture(page.getByRole("button", { name: "Create preview link" }));
  await page.reload(); // the aborted post left that page without an answer
  const revoke = await capture(page.getByRole("button", { name: /^Revoke preview link created / }));

  // …replay them with no cookies at all…
  const anonymous = await playwrightRequest.newContext({ baseURL });
  for (const post of [create, revoke]) {
    const response = await anonymous.post(post.url, { headers: post.headers, data: post.body, maxRedirects: 0 });
    expect(response.status()).toBeLessThan(500);
  }
  // …and with the session of a user deactivated meanwhile: the proxy lets the token through, the
  // actions themselves refuse (they read the user from the database).
  await sql(`UPDATE "User" SET active = false WHERE email = $1`, [email]);
  for (const post of [create, revoke]) {
    const response = await page.request.post(post.url, { headers: post.headers, data: post.body, maxRedirects: 0 });
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).toContain("You are not signed in");
  }

  expect(await activeLinks()).toBe(1);
  const reader = await anonymousPage(browser);
  expect((await reader.goto(link))?.status()).toBe(200);
});
