/**
 * Screenshots of the reader's release page for the README (docs/screenshots/reader-*.png): the seed
 * release at 1280 and 390 px, its first screen (headline, share bar, body) and its second quote with
 * the "Quoted in this release" index.
 *
 *   npx tsx scripts/screenshots/reader.ts http://127.0.0.1:3000
 *
 * against a running app whose database has the seed (`npm run dev`, or `next start` after a build).
 */
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumPath } from "../../e2e/support/browser";

const SEED = "/releases/azerbaijan-and-china-raise-relations-to-strategic-partnership";
const OUT = path.resolve(__dirname, "../../docs/screenshots");
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

async function main() {
  const base = process.argv[2] ?? "http://127.0.0.1:3000";
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
  try {
    for (const viewport of VIEWPORTS) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${base}${SEED}`);
      await page.getByRole("button", { name: "Download as PDF" }).waitFor();
      await page.screenshot({ path: path.join(OUT, `reader-release-${viewport.width}.png`) });
      // The last quote where the body says it, with the index below it.
      await page.locator("#quote-2").scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById("quote-2")!.scrollIntoView({ block: "start" }));
      await page.locator("#quote-2").hover();
      await page.screenshot({ path: path.join(OUT, `reader-quotes-${viewport.width}.png`) });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`Screenshots written to ${path.relative(process.cwd(), OUT)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
