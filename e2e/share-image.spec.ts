import { expect, test, type Page } from "./support/test";
import { releaseByHeadline } from "./support/db";
import { publishThroughReview, sampleRelease } from "./support/pages";

// The share image draws headlines with the fonts in assets/fonts. Names in the releases need more
// than the basic latin subset (Əliyev, Şuşa, Łódź, Dvořák, İlham, Nguyễn …); a missing glyph is drawn
// as the same empty box (.notdef) whatever the letter.

async function shareImage(page: Page, headline: string): Promise<Buffer> {
  const release = await releaseByHeadline(headline);
  expect(release, headline).toBeTruthy();
  const response = await page.request.get(`/releases/${release!.slug}/share-image`);
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
