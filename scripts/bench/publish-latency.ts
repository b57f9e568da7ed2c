// Publish → visible: an editor publishes a release that a writer submitted (two-person rule), in
// Chromium, by clicking Publish on the editor page, the real path a person takes (server action,
// transaction, revalidation). Meanwhile readers poll / and the release page, directly and through the
// nginx proxy, until the headline appears. Latency = first response showing it − the action's
// response; the click → action response time is reported too.
import type { Page } from "@playwright/test";
import { launchChromium } from "./chromium";
import { performance } from "node:perf_hooks";

export interface PreparedRelease {
  id: string;
  slug: string;
  headline: string;
}

export interface PublishSample {
  headline: string;
  /** Click → the action's response (what the editor waits for). */
  actionMs: number;
  /** Action response → the headline on both / and the release page. */
  directMs: number;
  proxyMs: number;
  /** Per URL, for the report's detail. */
  detail: Record<string, number>;
}

const POLL_INTERVAL_MS = 50;
const GIVE_UP_MS = 20_000;

/** Polls one URL until its body contains `text`; resolves with the performance.now() of that response. */
function pollUntil(url: string, text: string, stop: { done: boolean }): Promise<number> {
  return (async () => {
    const deadline = performance.now() + GIVE_UP_MS;
    while (!stop.done && performance.now() < deadline) {
      try {
        const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
        const body = await res.text();
        if (res.status === 200 && body.includes(text)) return performance.now();
      } catch {
        // a failed poll is not a visible page: try again
      }
      await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
    }
    return NaN;
  })();
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/admin$/, { timeout: 30_000 });
}

export async function measurePublishLatency(o: {
  appUrl: string;
  proxyUrl: string;
  releases: PreparedRelease[];
  editor: { email: string; password: string };
  log: (line: string) => void;
}): Promise<PublishSample[]> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ baseURL: o.appUrl });
    const page = await context.newPage();
    await signIn(page, o.editor.email, o.editor.password);
    const samples: PublishSample[] = [];
    for (const release of o.releases) {
      await page.goto(`/admin/releases/${release.id}`);
      const publish = page.getByRole("button", { name: "Publish", exact: true });
      await publish.waitFor({ state: "visible" });
      // Readers are already looking (and the proxy already holds the current / in its cache).
      const stop = { done: false };
      const urls = {
        "direct /": `${o.appUrl}/`,
        "direct release": `${o.appUrl}/releases/${release.slug}`,
        "proxy /": `${o.proxyUrl}/`,
        "proxy release": `${o.proxyUrl}/releases/${release.slug}`,
      };
      for (const url of [urls["proxy /"], urls["direct /"]]) await fetch(url).then((r) => r.arrayBuffer());
      const polls = Object.fromEntries(
        Object.entries(urls).map(([k, url]) => [k, pollUntil(url, release.headline, stop)]),
      );
      // The publish action's response: a POST whose redirect goes back to the editor with done=publish
      // (autosave and presence heartbeats are server-action POSTs too).
      const actionResponse = page.waitForResponse(
        (r) => r.request().method() === "POST" && (r.headers()["x-action-redirect"] ?? "").includes("done=publish"),
        { timeout: 30_000 },
      );
      const clicked = performance.now();
      await publish.click();
      await actionResponse;
      const responded = performance.now();
      const seen: Record<string, number> = {};
      try {
        for (const [key, promise] of Object.entries(polls)) seen[key] = await promise;
      } finally {
        stop.done = true;
      }
      await page.getByRole("status").filter({ hasText: "Published" }).waitFor({ timeout: 30_000 });
      // A response that started before the action answered may already show the release (the
      // transaction committed before the response was sent): that counts as 0, not as negative.
      const after = (t: number) => (Number.isNaN(t) ? NaN : Math.max(0, t - responded));
      const detail = Object.fromEntries(Object.entries(seen).map(([k, t]) => [k, after(t)]));
      const sample: PublishSample = {
        headline: release.headline,
        actionMs: responded - clicked,
        directMs: Math.max(detail["direct /"]!, detail["direct release"]!),
        proxyMs: Math.max(detail["proxy /"]!, detail["proxy release"]!),
        detail,
      };
      samples.push(sample);
      o.log(
        `  publish ${samples.length}/${o.releases.length}: action ${sample.actionMs.toFixed(0)} ms, visible direct ${sample.directMs.toFixed(0)} ms, proxy ${sample.proxyMs.toFixed(0)} ms`,
      );
    }
    return samples;
  } finally {
    await browser.close();
  }
}
