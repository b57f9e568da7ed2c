import { mkdirSync, rmSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Page, TestInfo } from "@playwright/test";

// A browser page that stops drawing (CI, 3 and 4 December 2026: one test of 229, in 3 of 7 runs;
// never reproduced locally in 45 runs of the same specs under load, nor by stopping and resuming
// any Chromium process). What such a page looked like, each time:
// - its scripts run: fields fill, page.evaluate answers, timers fire on time;
// - requestAnimationFrame never calls back, for minutes, so the first click waits for ever in
//   Playwright's "visible, enabled and stable" check, which compares two animation frames;
// - the document is loaded, visible and focused, and every stylesheet has loaded: nothing the page
//   itself waits for.
// Other projects have met the same state (a renderer without a frame pipeline) and found that it never
// recovers in that browser and that a new browser does not show it. So a test whose page stopped
// drawing is run once more in a fresh worker (a new browser), and only such a test: playwright.config
// allows one retry, and e2e/support/test.ts refuses the retry of a test whose first attempt failed for
// any other reason. The report still names the test as flaky, with the first attempt's details.

const MARKERS = path.join(os.tmpdir(), `pressroom-e2e-stalls-${process.env.E2E_PORT ?? 3100}`);
const marker = (testId: string) => path.join(MARKERS, testId.replace(/[^\w-]/g, "_"));

interface DrawState {
  drew: boolean;
  detail: Record<string, unknown>;
}

/** Waits up to `withinMs` for an animation frame; says what the page looked like when none came. */
async function drawState(page: Page, withinMs: number): Promise<DrawState> {
  return page.evaluate(
    (limit) =>
      new Promise<DrawState>((resolve) => {
        let drew = false;
        requestAnimationFrame(() => {
          drew = true;
          resolve({ drew, detail: {} });
        });
        setTimeout(() => {
          if (drew) return;
          const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
          resolve({
            drew,
            detail: {
              url: location.href,
              readyState: document.readyState,
              visibilityState: document.visibilityState,
              hasFocus: document.hasFocus(),
              stylesheets: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(
                (link) => `${link.getAttribute("href")}: ${link.sheet ? "loaded" : "NOT LOADED"}`,
              ),
              // Whether the page ever drew since it was loaded, and when.
              paints: performance.getEntriesByType("paint").map((p) => `${p.name} at ${Math.round(p.startTime)} ms`),
              navigation: nav && {
                responseEnd: Math.round(nav.responseEnd),
                domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
                load: Math.round(nav.loadEventEnd),
              },
              msSinceNavigation: Math.round(performance.now()),
              resourcesDone: performance.getEntriesByType("resource").length,
            },
          });
        }, limit);
      }),
    withinMs,
  );
}

/** Whether another, new page of the same browser draws: tells a stuck page from a stuck browser. */
async function freshPageDraws(context: BrowserContext): Promise<boolean | string> {
  const probe = await context.newPage();
  try {
    await probe.setContent("<p>probe</p>");
    return (await drawState(probe, 5_000)).drew;
  } catch (error) {
    return error instanceof Error ? error.message.split("\n")[0]! : String(error);
  } finally {
    await probe.close().catch(() => undefined);
  }
}

const STALL = "The page drew no frame";

/**
 * Fails, saying what the page was waiting for, when it has drawn no frame for `withinMs` (see above).
 * Called before the release form's first click, where all three stalls seen so far began.
 */
export async function expectPageDraws(page: Page, withinMs = 20_000): Promise<void> {
  const state = await drawState(page, withinMs);
  if (state.drew) return;
  const detail = { ...state.detail, freshPageInSameBrowserDraws: await freshPageDraws(page.context()) };
  throw new Error(`${STALL} for ${withinMs / 1000} s: ${JSON.stringify(detail, null, 2)}`);
}

/**
 * After a failed test: whether one of its pages stopped drawing while its scripts still ran. If so the
 * test may be retried (the marker), and its report gets what the pages looked like.
 */
export async function noteStalledPages(contexts: BrowserContext[], testInfo: TestInfo): Promise<void> {
  // Noted once (a test's own contexts and the default one are looked at by two fixtures).
  if (testInfo.status === testInfo.expectedStatus || (testInfo.retry === 0 && existsSync(marker(testInfo.testId))))
    return;
  let stalled = testInfo.error?.message?.includes(STALL) ?? false;
  const found: Record<string, unknown>[] = [];
  for (const page of contexts.flatMap((context) => context.pages())) {
    if (page.isClosed()) continue;
    // A page whose scripts do not answer either is not this kind of stall (a busy or hung script is
    // the app's own fault): the race leaves it out.
    const state = await Promise.race([
      drawState(page, 5_000).catch(() => null),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 8_000)),
    ]);
    if (state && !state.drew && state.detail.visibilityState === "visible") {
      stalled = true;
      found.push(state.detail);
    }
  }
  if (!stalled) return;
  mkdirSync(MARKERS, { recursive: true });
  writeFileSync(marker(testInfo.testId), JSON.stringify(found));
  await testInfo.attach("stalled-pages", { body: JSON.stringify(found, null, 2), contentType: "application/json" });
  console.warn(`[e2e] ${testInfo.title}: a page stopped drawing; the test runs once more in a new browser`);
}

/** Throws on a retry whose first attempt did not fail because a page stopped drawing. */
export function allowOnlyStallRetry(testInfo: TestInfo): void {
  if (testInfo.retry === 0) return;
  const file = marker(testInfo.testId);
  if (!existsSync(file)) {
    throw new Error(
      "Not retried: the first attempt failed for another reason than a page that stopped drawing (its error is above); only that browser fault is retried (e2e/support/rendering.ts).",
    );
  }
  console.warn(`[e2e] ${testInfo.title}: retry after a stalled page: ${readFileSync(file, "utf8").slice(0, 400)}`);
}

/** Clears the markers of an earlier run (global set-up). */
export function clearStallMarkers(): void {
  rmSync(MARKERS, { recursive: true, force: true });
}
