import { expect, test, type Page } from "./support/test";
import { expectAccessible } from "./support/axe";

// Issue 12.10: sharing a release as journalists do — copy the link, email it, post it — with plain
// links (no third-party script), and "Download as PDF" through the print stylesheet.

const SEED = "/releases/azerbaijan-and-china-raise-relations-to-strategic-partnership";
const HEADLINE = "Azerbaijan and China raise relations to strategic partnership";

const share = (page: Page) => page.getByRole("region", { name: "Share this release" });

test("issue 12.10: the share bar links to each target with the page's address and headline, encoded", async ({
  page,
  baseURL,
}) => {
  const url = encodeURIComponent(`${baseURL}${SEED}`);
  const title = encodeURIComponent(HEADLINE);
  await page.goto(SEED);
  const bar = share(page);
  const targets: Array<[string, string]> = [
    ["Share on X", `https://x.com/intent/tweet?text=${title}&url=${url}`],
    ["Share on LinkedIn", `https://www.linkedin.com/sharing/share-offsite/?url=${url}`],
    ["Share on Facebook", `https://www.facebook.com/sharer/sharer.php?u=${url}`],
    ["Share on WhatsApp", `https://wa.me/?text=${encodeURIComponent(`${HEADLINE} ${baseURL}${SEED}`)}`],
    ["Share on Telegram", `https://t.me/share/url?url=${url}&text=${title}`],
  ];
  for (const [name, href] of targets) {
    const link = bar.getByRole("link", { name, exact: true });
    await expect(link).toHaveAttribute("href", href);
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  }
  await expect(bar.getByRole("link", { name: "Email", exact: true })).toHaveAttribute(
    "href",
    `mailto:?subject=${title}&body=${url}`,
  );
  // No script from anywhere else: every script is this site's own.
  const foreign = await page.evaluate(() =>
    [...document.scripts].map((s) => s.src).filter((src) => src && new URL(src).origin !== location.origin),
  );
  expect(foreign).toEqual([]);

  // Copy link puts the address on the clipboard and says so. (Download as PDF appears once the page's
  // script runs: wait for it, so the click is not a plain link's.)
  await expect(bar.getByRole("button", { name: "Download as PDF" })).toBeVisible();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await bar.getByRole("link", { name: "Copy link" }).click();
  await expect(bar.getByRole("status")).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${SEED}`);
  await expect(page).toHaveURL(SEED);

  // Download as PDF opens the browser's print dialog (stubbed: a headless browser has none).
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await bar.getByRole("button", { name: "Download as PDF" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expectAccessible(page, "release page with its share bar");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("issue 12.10: Copy link is still a link to the release", async ({ page, baseURL }) => {
    await page.goto(SEED);
    await expect(share(page).getByRole("link", { name: "Copy link" })).toHaveAttribute("href", `${baseURL}${SEED}`);
    await expect(share(page).getByRole("link", { name: "Share on LinkedIn" })).toBeVisible();
  });
});

test("issue 12.10: printed, the release is a clean document: no navigation, share bar or permalinks", async ({
  page,
  baseURL,
}) => {
  await page.goto(SEED);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".site-footer")).toBeHidden();
  await expect(share(page)).toBeHidden();
  await expect(page.locator(".quote-permalink").first()).toBeHidden();
  // The paper copy says where it came from.
  await expect(page.getByText(`${baseURL}${SEED}`, { exact: true })).toBeVisible();
  // Quotes and agreements are not cut across pages.
  await expect(page.locator("figure.quote").first()).toHaveCSS("break-inside", "avoid");
  await expect(page.locator(".agreement-card").first()).toHaveCSS("break-inside", "avoid");
  await page.emulateMedia({ media: "screen" });
  await expect(share(page)).toBeVisible();
  await expect(page.getByText(`${baseURL}${SEED}`, { exact: true })).toBeHidden();
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("issue 12.10: the share bar fits a phone", async ({ page }) => {
    await page.goto(SEED);
    await expect(share(page).getByRole("link", { name: "Share on Telegram" })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `the page is ${width} px wide at 390 px`).toBeLessThanOrEqual(390);
    await expectAccessible(page, "release page at 390 px");
  });
});
