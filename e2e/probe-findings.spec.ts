import { expect, test, request as playwrightRequest, type APIRequestContext, type Browser } from "./support/test";
import { E2E_PASSWORD, ensureUser, sql } from "./support/db";

// Findings of the outside probe (issue 11) that need no proxy in front: redirects after sign-in,
// server-side sessions, what /api/auth/session tells, request ids. Every test uses its own user, so
// ending sessions here never touches the shared e2e accounts.

const uniqueEmail = (label: string) =>
  `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@pressroom.test`;

async function newUser(label: string): Promise<string> {
  const email = uniqueEmail(label);
  await ensureUser(email, `Probe ${label}`, "WRITER");
  return email;
}

/** Signs in through the form in a fresh browser context; returns its page. */
async function signedInPage(browser: Browser, email: string, start = "/login") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(start);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  return page;
}

async function credentials(api: APIRequestContext, email: string, callbackUrl: string) {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return api.post("/api/auth/callback/credentials", {
    form: { email, password: E2E_PASSWORD, csrfToken, callbackUrl, json: "true" },
    maxRedirects: 0,
  });
}

test("issue 11.1: a callbackUrl that leaves the site (tab, newline, backslash, other host) lands on /admin", async ({
  browser,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const email = await newUser("redirect");
  // Signed out, through the form: the browser must end up on this site.
  const page = await signedInPage(browser, email, "/login?callbackUrl=/%09/evil.example/");
  await expect(page).toHaveURL(`${origin}/admin`);

  // Signed in: the login page redirects at once, never to another host, and never a 500.
  for (const bad of [
    "/%09/evil.example/",
    "/%0a/evil.example/",
    "/%5C/evil.example/",
    "//evil.example/",
    "https://evil.example/",
  ]) {
    const response = await page.request.get(`/login?callbackUrl=${bad}`, { maxRedirects: 0 });
    expect(response.status(), bad).toBe(307);
    expect(response.headers()["location"], bad).toBe("/admin");
  }
  const fine = await page.request.get("/login?callbackUrl=%2Fadmin%2Faccount", { maxRedirects: 0 });
  expect(fine.headers()["location"]).toBe("/admin/account");

  // next-auth's own endpoints: a bad callbackUrl is a 400 that says so (it was a 500)…
  for (const path of ["/api/auth/signin", "/api/auth/signout", "/api/auth/callback/credentials", "/api/auth/session"]) {
    const response = await page.request.get(`${path}?callbackUrl=http://127.0.0.1:3000.evil.example/`, {
      maxRedirects: 0,
    });
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("callbackUrl must be a path on this site");
  }
  // …and whatever it is given in a form post, it redirects on this site only.
  const api = await playwrightRequest.newContext({ baseURL });
  for (const bad of ["/\t/evil.example/", "https://evil.example/", "/%09/evil.example"]) {
    const response = await credentials(api, email, bad);
    expect(response.status(), bad).toBe(200);
    expect(((await response.json()) as { url: string }).url, bad).toMatch(new RegExp(`^${origin}/`));
  }
  await page.context().close();
  await api.dispose();
});

test("issue 11.9: after Sign out a copy of the old cookie is worthless; Sign out everywhere ends every session", async ({
  browser,
}) => {
  const email = await newUser("sessions");
  const first = await signedInPage(browser, email);
  await expect(first).toHaveURL(/\/admin$/);
  const captured = await first.context().cookies();
  await first.getByRole("button", { name: "Sign out" }).click();
  await expect(first).toHaveURL(/\/login/);

  // The cookie taken before sign-out, replayed from elsewhere: no session.
  const thief = await browser.newContext();
  await thief.addCookies(captured);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/admin");
  await expect(thiefPage).toHaveURL(/\/login/);
  expect(await (await thiefPage.request.get("/api/auth/session")).json()).toEqual({});

  // Two browsers signed in; "Sign out everywhere" in one ends both.
  const a = await signedInPage(browser, email);
  const b = await signedInPage(browser, email);
  await expect(a).toHaveURL(/\/admin$/);
  await expect(b).toHaveURL(/\/admin$/);
  await a.goto("/admin/account");
  await a.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(a).toHaveURL(/\/login/);
  await b.goto("/admin");
  await expect(b).toHaveURL(/\/login/);
  const [row] = await sql<{ live: string }>(
    `SELECT count(*) AS live FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1 AND s."revokedAt" IS NULL`,
    [email],
  );
  expect(Number(row!.live)).toBe(0);
  // Signing in again works, of course.
  const again = await signedInPage(browser, email);
  await expect(again).toHaveURL(/\/admin$/);
  for (const p of [first, thiefPage, a, b, again]) await p.context().close();
});

test("issue 11.16: /api/auth/session tells nothing about a deactivated user; X-Request-Id is echoed only when plain", async ({
  browser,
  request,
}) => {
  const email = await newUser("deactivated");
  const page = await signedInPage(browser, email);
  await expect(page).toHaveURL(/\/admin$/);
  const before = (await (await page.request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(before.user?.email).toBe(email);
  await sql(`UPDATE "User" SET active = false WHERE email = $1`, [email]);
  const after = await page.request.get("/api/auth/session");
  expect(after.status()).toBe(200);
  const text = await after.text();
  expect(JSON.parse(text)).toEqual({});
  expect(text).not.toContain(email);
  expect(text).not.toContain("Probe deactivated");
  await page.context().close();

  const echoed = async (id: string) =>
    (await request.get("/api/health", { headers: { "x-request-id": id } })).headers()["x-request-id"];
  expect(await echoed("abc_DEF-123")).toBe("abc_DEF-123");
  for (const bad of ["x".repeat(100), "a.b:c", "<script>", "id with spaces"]) {
    const answer = await echoed(bad);
    expect(answer, bad).not.toBe(bad);
    expect(answer, bad).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  }
});
