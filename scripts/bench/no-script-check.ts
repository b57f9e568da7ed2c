// What a reader sees on a page served with a policy that allows no script (`script-src 'none'`, issue
// 17's moonshot): in Debian's Chromium, the page's CSP violations, the scripts the browser fetched,
// whether the page's links lead on with full page loads, and what the share bar's two script-backed
// controls (Copy link, Download as PDF) do. Compares with the same page under the nonce policy.
//
//   npx tsx scripts/bench/no-script-check.ts --origin http://127.0.0.1:3341 --path /releases/<slug> [--path …]
import { parseArgs } from "node:util";
import type { Page } from "@playwright/test";
import { launchChromium } from "./chromium";

const { values } = parseArgs({
  options: { origin: { type: "string" }, path: { type: "string", multiple: true } },
  strict: true,
});
if (!values.origin || !values.path?.length) {
  console.error("usage: tsx scripts/bench/no-script-check.ts --origin URL --path /a [--path /b]");
  process.exit(2);
}

interface Report {
  path: string;
  csp: string | null;
  htmlBytes: number;
  scriptTags: number;
  inlineScriptBytes: number;
  scriptsFetched: number;
  cspViolations: number;
  violationSamples: string[];
  pageErrors: number;
  headline: string | null;
  copyLink: string;
  printButton: string;
  brandLink: string;
}

async function check(page: Page, origin: string, path: string): Promise<Report> {
  const violations: string[] = [];
  let pageErrors = 0;
  let scriptsFetched = 0;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Log.enable");
  cdp.on("Log.entryAdded", ({ entry }) => {
    if (/Content Security Policy/i.test(entry.text)) violations.push(entry.text.slice(0, 160));
  });
  page.on("pageerror", () => pageErrors++);
  // Responses, not requests: Chromium reports a request for a script the policy then blocks.
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scriptsFetched++;
  });
  const response = await page.goto(origin + path, { waitUntil: "load" });
  await page.waitForTimeout(500); // late violations (a chunk the runtime would load) are reported too
  // Counted on the first load only: the clicks below lead to other pages.
  const firstLoad = { violations: [...violations], scriptsFetched, pageErrors };
  const html = (await response?.text()) ?? "";
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const executable = scripts.filter(([, attributes]) => !/type="application\/ld\+json"/.test(attributes!));

  // Copy link: with a script it copies; without one it is a plain link to the page itself.
  const copy = page.getByRole("link", { name: "Copy link" });
  let copyLink = "absent";
  if (await copy.count()) {
    const href = await copy.getAttribute("href");
    await copy.click();
    await page.waitForTimeout(500);
    await page.waitForLoadState("load");
    const status =
      (await page
        .locator(".share-status")
        .first()
        .textContent()
        .catch(() => null)) ?? "";
    copyLink = `href ${href}; after a click: at ${page.url()}, status "${status}"`;
  }
  if (page.url() !== origin + path) await page.goto(origin + path, { waitUntil: "load" });
  const print = page.locator(".share-print");
  const printButton = (await print.count())
    ? `visibility ${await print.evaluate((element) => getComputedStyle(element).visibility)}`
    : "absent";
  // Navigation: the site's brand link, a Next <Link>: a client transition with the runtime, a full
  // document load without it. Either way the reader must arrive at /.
  let documentLoads = 0;
  page.on("request", (request) => {
    if (request.resourceType() === "document") documentLoads++;
  });
  await page.locator("a.brand").click();
  await page.waitForURL(origin + "/");
  await page.waitForLoadState("load");
  const brandLink = `arrived at ${new URL(page.url()).pathname} with ${documentLoads} document load(s), h1 "${await page.locator("h1").first().textContent()}"`;
  await page.goto(origin + path, { waitUntil: "load" });
  const headline = await page.locator("h1").first().textContent();
  return {
    path,
    csp: response?.headers()["content-security-policy"]?.match(/script-src [^;]+/)?.[0] ?? null,
    htmlBytes: Buffer.byteLength(html),
    scriptTags: executable.length,
    inlineScriptBytes: executable.reduce((sum, [, , body]) => sum + Buffer.byteLength(body!), 0),
    scriptsFetched: firstLoad.scriptsFetched,
    cspViolations: firstLoad.violations.length,
    violationSamples: [...new Set(firstLoad.violations.map((v) => v.slice(0, 110)))].slice(0, 3),
    pageErrors: firstLoad.pageErrors,
    headline,
    copyLink,
    printButton,
    brandLink,
  };
}

async function main(origin: string, paths: string[]) {
  const browser = await launchChromium();
  try {
    for (const path of paths) {
      const context = await browser.newContext();
      console.log(JSON.stringify(await check(await context.newPage(), origin, path), null, 2));
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main(values.origin, values.path).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
