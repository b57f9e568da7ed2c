import { expect, test } from "./support/test";

// Issue 11.12: a shared cache (deploy/nginx) keys on the whole URL, so "?x=<random>" on a reader page
// got past it and cost a full render every time. Parameters a page does not read now get a 308 to the
// same URL without them, from proxy.ts, before anything renders; the ones it reads stay, in order.

const SEED = "/releases/azerbaijan-and-china-raise-relations-to-strategic-partnership";
const PERSON = "/people/aykhan-hajizade";

const pathAndQuery = (location: string) => {
  const url = new URL(location, "http://site.invalid");
  return `${url.pathname}${url.search}`;
};

test("issue 11.12: unknown query parameters on reader pages redirect to the canonical URL", async ({ request }) => {
  const random = Math.random().toString(36).slice(2);
  const cases: Array<[string, string]> = [
    [`/?x=${random}`, "/"],
    ["/?utm_source=newsletter&q=strategic&fbclid=abc&country=CN", "/?q=strategic&country=CN"],
    [`${SEED}?v=${random}`, SEED],
    [`${PERSON}?utm_campaign=spring`, PERSON],
    ["/agreements?page=1&sort=desc", "/agreements?page=1"],
    ["/feed.xml?country=CN&utm_medium=rss", "/feed.xml?country=CN"],
    [`/rss.xml?${random}`, "/rss.xml"],
    [`/sitemap.xml?x=${random}`, "/sitemap.xml"],
  ];
  for (const [from, to] of cases) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(pathAndQuery(response.headers()["location"] ?? ""), from).toBe(to);
    expect(response.headers()["cache-control"], from).toBe("public, max-age=3600");
    const landed = await request.get(from);
    expect(landed.status(), from).toBe(200);
    expect(pathAndQuery(landed.url()), from).toBe(to);
  }

  // What the pages read answers at once, the empty fields of the search form included.
  for (const url of [
    "/?q=strategic&country=CN",
    "/?q=strategic&country=&type=&issuer=&speaker=&from=&to=",
    "/agreements?country=CN&page=1",
    "/feed.xml?country=CN",
    SEED,
  ]) {
    expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(200);
  }
  // The JSON API keeps its own answer: a 400 that names the parameter.
  const api = await request.get("/api/v1/releases?bogus=1", { maxRedirects: 0 });
  expect(api.status()).toBe(400);
  expect(await api.text()).toContain("bogus");
});

test("issue 11.12: a tracking link lands a reader on the page", async ({ page }) => {
  await page.goto(`${SEED}?utm_source=newsletter&utm_medium=email`);
  await expect(page).toHaveURL(new RegExp(`${SEED}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/?q=strategic&gclid=abc");
  await expect(page).toHaveURL(/\/\?q=strategic$/);
  await expect(page.getByRole("link", { name: /strategic partnership/i }).first()).toBeVisible();
});
