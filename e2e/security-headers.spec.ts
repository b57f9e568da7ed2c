import { expect, test, type APIResponse } from "./support/test";
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "../lib/http/cache-control";
import { releaseByHeadline } from "./support/db";
import { publishThroughReview, sampleRelease, signIn } from "./support/pages";

// Security headers and Cache-Control as a browser, a CDN and the deploy/nginx proxy see them.

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values];
      }),
  );
}

function expectBaseHeaders(response: APIResponse, where: string) {
  const h = response.headers();
  expect(h["x-content-type-options"], where).toBe("nosniff");
  expect(h["referrer-policy"], where).toBeTruthy();
  expect(h["permissions-policy"], where).toContain("camera=()");
  expect(h["x-frame-options"], where).toBe("DENY");
}

const SEED = "azerbaijan-and-china-raise-relations-to-strategic-partnership";

test("every kind of response carries the security headers; HTML gets a strict nonce CSP", async ({ request }) => {
  const paths = [
    "/",
    `/releases/${SEED}`,
    "/agreements",
    "/login",
    "/feed.xml",
    "/sitemap.xml",
    "/api/oembed?url=x",
    "/no-such-page",
    "/admin",
  ];
  const nonces = new Set<string>();
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expectBaseHeaders(response, path);
    const csp = directives(response.headers()["content-security-policy"] ?? "");
    expect(csp.get("frame-ancestors"), path).toEqual(["'none'"]);
    expect(csp.get("object-src"), path).toEqual(["'none'"]);
    const scripts = csp.get("script-src") ?? [];
    expect(scripts, path).not.toContain("'unsafe-inline'");
    expect(scripts, path).not.toContain("'unsafe-eval'");
    const nonce = scripts.find((s) => s.startsWith("'nonce-"));
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    expect(response.headers()["x-request-id"], path).toMatch(/^[\w.:-]{8,}$/);
    // Plain HTTP here: no HSTS (browsers ignore it without TLS and it would pin a dev host).
    expect(response.headers()["strict-transport-security"], path).toBeUndefined();
  }
  expect(nonces.size, "a fresh nonce per response").toBe(paths.length);

  // Static build files get the same base headers from next.config.js.
  const html = await (await request.get("/login")).text();
  const asset = html.match(/\/_next\/static\/[^"']+\.js/)?.[0];
  expect(asset).toBeTruthy();
  expectBaseHeaders(await request.get(asset!), asset!);
});

test("behind TLS (X-Forwarded-Proto: https) responses carry HSTS and upgrade-insecure-requests", async ({
  request,
}) => {
  const response = await request.get("/", { headers: { "X-Forwarded-Proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toMatch(/max-age=\d{8,}/);
  expect(response.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test("the page's scripts all carry the response's nonce, and nothing is blocked in the browser", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/", `/releases/${SEED}`, "/login"]) {
    const response = await page.goto(path);
    const nonce = /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"]!)![1];
    const scripts = await page
      .locator("script:not([type='application/ld+json'])")
      .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const n of scripts) expect(n, path).toBe(nonce);
  }
  // The editor form is a client component: it must hydrate (its Save button reacts) under the CSP.
  await signIn(page, "writer");
  await page.goto("/admin/releases/new");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Headline is required").first()).toBeVisible();
  expect(violations).toEqual([]);

  // Markup that slips into the page cannot run script: inline event handlers and parser-inserted
  // scripts without the nonce are blocked (the CSP is enforced, not just sent).
  await page.goto("/login");
  const ran = await page.evaluate(async () => {
    const box = document.createElement("div");
    box.innerHTML = '<img src="/no-such-image.png" onerror="window.__injected = true">';
    document.body.appendChild(box);
    await new Promise((r) => setTimeout(r, 500));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});

test("Cache-Control: reader pages are public for shared caches, editor pages and previews are private", async ({
  browser,
  request,
}) => {
  const data = sampleRelease();
  const { editorPage } = await publishThroughReview(browser, data);
  const { slug } = (await releaseByHeadline(data.headline))!;
  for (const path of [
    "/",
    "/?q=transport",
    `/releases/${slug}`,
    "/agreements",
    "/feed.xml",
    "/rss.xml",
    "/sitemap.xml",
  ]) {
    expect((await request.get(path)).headers()["cache-control"], path).toBe(PUBLIC_CACHE_CONTROL);
  }
  expect(PUBLIC_CACHE_CONTROL).toMatch(/public, .*s-maxage=\d+.*stale-while-revalidate=\d+/);
  expect((await request.get("/login")).headers()["cache-control"]).toBe(PRIVATE_CACHE_CONTROL);
  const admin = await editorPage.request.get("/admin");
  expect(admin.status()).toBe(200);
  expect(admin.headers()["cache-control"]).toBe(PRIVATE_CACHE_CONTROL);
  expect((await request.get("/preview/not-a-real-token")).headers()["cache-control"]).toContain("no-store");
  await editorPage.context().close();
});
