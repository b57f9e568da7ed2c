import type { Page } from "@playwright/test";

/**
 * Fails, saying what the page was waiting for, when it has drawn no frame for `withinMs`.
 *
 * Twice in CI (3 and 4 December 2026, one test of 228 each time) a release form filled in without
 * trouble and then the first click ("Add agreement") waited 4.5 minutes, until the test timed out, at
 * "waiting for element to be visible, enabled and stable": Playwright's stability check waits for
 * animation frames, and the page drew none, although its scripts ran (filling fields needs no frame,
 * and the page's snapshot at the end was complete). Not reproduced locally (45 runs of the two specs
 * under load). Asking for a frame first turns that hang into a failure that names what the page still
 * waited for (a stylesheet, which blocks drawing; the document; its visibility) — the next occurrence
 * says which — a few minutes sooner.
 */
export async function expectPageDraws(page: Page, withinMs = 60_000): Promise<void> {
  const state = await page.evaluate(
    (limit) =>
      new Promise<{ drew: boolean; detail: Record<string, unknown> }>((resolve) => {
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
  if (!state.drew)
    throw new Error(`The page drew no frame for ${withinMs / 1000} s: ${JSON.stringify(state.detail, null, 2)}`);
}
