import path from "node:path";
import { expect, test, type Page } from "./support/test";
import { startApp, type AppInstance } from "./support/app-instance";
import { releaseByHeadline } from "./support/db";
import { publishThroughReview, sampleRelease } from "./support/pages";
const { NETWORK_MARK, GUARD_LOADED } = require("./support/no-network.cjs") as {
  NETWORK_MARK: string;
  GUARD_LOADED: string;
};

// The share image draws headlines with the fonts in assets/fonts (drawn once, when the release goes live,
// and stored: issue 17; the old address redirects to the stored file, which these tests follow). Names in the releases need more
// than the basic latin subset (Əliyev, Şuşa, Łódź, Dvořák, İlham, Nguyễn …); a missing glyph is drawn
// as the same empty box (.notdef) whatever the letter.

async function shareImage(page: Page, headline: string, origin = ""): Promise<Buffer> {
  const release = await releaseByHeadline(headline);
  expect(release, headline).toBeTruthy();
  const response = await page.request.get(`${origin}/releases/${release!.slug}/share-image`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  return png;
}

test("the share image draws Azerbaijani, Turkish, Polish, Czech, Hungarian and Vietnamese letters", async ({
  browser,
}) => {
  test.slow(); // two releases through review
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  // Same text, same length, only the extended letters differ: with the glyphs missing both would be
  // a row of identical boxes and so pixel-for-pixel the same image.
  const first = `Əliyev Şuşa Łódź Dvořák Ğ ı İ ő Nguyễn ${suffix}`;
  const second = `əliyev şuşa łódź Dvořák ğ ı İ Ő Nguyện ${suffix}`;
  for (const headline of [first, second]) {
    const { editorPage } = await publishThroughReview(browser, sampleRelease(headline));
    await editorPage.context().close();
  }
  const page = await browser.newPage();
  const [a, b] = [await shareImage(page, first), await shareImage(page, second)];
  expect(a.equals(b), "the two headlines render differently (real glyphs, not boxes)").toBe(false);
  await page.close();
});

test("issue 17: the card is stored when the release goes live, linked by its hash, immutable, and gone after unpublish", async ({
  browser,
}) => {
  test.slow(); // a release through review, then an unpublish
  const headline = `Stored share card ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const { editorPage, editUrl } = await publishThroughReview(browser, sampleRelease(headline));
  const release = await releaseByHeadline(headline);
  const path = `/releases/${release!.slug}`;
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(path);

  // The page's og:image, twitter:image and JSON-LD image are the stored card, named by its content hash.
  const image = await reader.locator('meta[property="og:image"]').getAttribute("content");
  const card = new URL(image!);
  expect(card.pathname).toMatch(/^\/media\/share\/[0-9a-f]{64}\.png$/);
  expect(card.search).toBe("");
  await expect(reader.locator('meta[name="twitter:image"]')).toHaveAttribute("content", image!);
  const ld = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!) as {
    image: { url: string };
  };
  expect(ld.image.url).toBe(image);

  const response = await reader.request.get(card.pathname, { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const cacheControl = response.headers()["cache-control"]!;
  expect(cacheControl).toContain("public");
  expect(cacheControl).toContain("max-age=31536000");
  expect(cacheControl).toContain("immutable");
  const png = await response.body();
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

  // The old address (in emails, and in pages whose card is not stored yet) redirects to it, whatever
  // its query: never a render per request.
  for (const query of ["", "?v=1", `?v=${Math.random()}`]) {
    const old = await reader.request.get(`${path}/share-image${query}`, { maxRedirects: 0 });
    expect(old.status(), query).toBe(308);
    expect(old.headers()["location"], query).toBe(card.pathname);
  }

  // Unpublished, the card is no longer served under any public URL (the app remembers a visible file
  // at most 10 s, lib/media/serve.ts).
  await editorPage.goto(editUrl);
  await editorPage.getByRole("button", { name: "Unpublish" }).click();
  await expect(editorPage.getByRole("status").filter({ hasText: "Unpublished" })).toBeVisible();
  await expect
    .poll(async () => (await reader.request.get(card.pathname, { maxRedirects: 0 })).status(), { timeout: 20_000 })
    .toBe(404);
  expect((await reader.request.get(`${path}/share-image`, { maxRedirects: 0 })).status()).toBe(404);
  await reader.context().close();
  await editorPage.context().close();
});

test.describe("without a network", () => {
  // A second instance of the build with a preload that logs every connection leaving this machine
  // (e2e/support/no-network.cjs). next/og fetched Google Fonts for Arabic, Chinese or Cyrillic letters
  // and emoji images from a CDN while the request waited; on a server without internet that hung or
  // drew boxes.
  const PORT = Number(process.env.E2E_PORT ?? 3100) + 5;
  let app: AppInstance;

  test.beforeAll(async () => {
    const preload = `--require ${path.resolve(__dirname, "support", "no-network.cjs")}`;
    app = await startApp({
      port: PORT,
      env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} ${preload}`.trim(), PRESSROOM_NETWORK_GUARD: "1" },
    });
  });
  test.afterAll(async () => {
    await app?.stop();
  });

  test("issue 11.12: Arabic, Chinese, Cyrillic and emoji headlines render without any network request", async ({
    browser,
  }) => {
    test.slow(); // two releases through review
    const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    // The same number of characters of each script in the same places: drawn as boxes (no font) or with
    // the emoji left out, the two cards would be the same image.
    const first = `سلام عليكم 外交部长会见总统 Привет мир 🤝🎉 ${suffix}`;
    const second = `شكرا جزيلا 双方讨论交通合作 Добрый дом 😀👍 ${suffix}`;
    for (const headline of [first, second]) {
      const { editorPage } = await publishThroughReview(browser, sampleRelease(headline));
      await editorPage.context().close();
    }
    const page = await browser.newPage();
    const [a, b] = [await shareImage(page, first, app.url), await shareImage(page, second, app.url)];
    expect(a.equals(b), "the two headlines are drawn, not boxes").toBe(false);
    await page.close();
    expect(app.output(), "the network guard ran in the app").toContain(GUARD_LOADED);
    const outbound = app
      .output()
      .split("\n")
      .filter((line) => line.startsWith(NETWORK_MARK));
    expect(outbound, "connections past this machine while rendering").toEqual([]);
  });
});
