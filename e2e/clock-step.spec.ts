import path from "node:path";
import { expect, test } from "./support/test";
import { startApp, type AppInstance } from "./support/app-instance";
import { releaseByHeadline } from "./support/db";
import { draftAndSubmit, sampleRelease, signIn, unique } from "./support/pages";
const { WALL_CLOCK_MARK } = require("./support/wall-clock-ahead.cjs") as { WALL_CLOCK_MARK: string };

// Publish → visible on a server whose wall clock stepped ahead of its monotonic clock, as after the
// machine was paused and resumed. CI, 4 December 2026: the kernel logged "crng reseeded due to virtual
// machine fork" in the middle of the e2e run, and from then on every publish, unpublish and new edition
// stayed invisible to readers (12 tests, for the rest of the run). Next's data cache stamps entries
// and tag invalidations with Date.now() but decides whether an invalidation has happened yet with
// performance.timeOrigin + performance.now(), which does not count the pause: every invalidation then
// waited for the pause's length. The instance here starts with its wall clock 10 minutes ahead
// (e2e/support/wall-clock-ahead.cjs).

const PORT = Number(process.env.E2E_PORT ?? 3100) + 14;
const AHEAD_MS = 10 * 60_000;
let app: AppInstance;

test.beforeAll(async () => {
  const preload = `--require ${path.resolve(__dirname, "support", "wall-clock-ahead.cjs")}`;
  app = await startApp({
    port: PORT,
    env: {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} ${preload}`.trim(),
      PRESSROOM_WALL_CLOCK_AHEAD_MS: String(AHEAD_MS),
    },
  });
});
test.afterAll(async () => {
  await app?.stop();
});

test("issue 17: after the wall clock steps ahead (a paused machine resumed), a publish is visible at once", async ({
  browser,
}) => {
  expect(app.output(), "the preload is in place").toContain(WALL_CLOCK_MARK);
  const data = sampleRelease(unique("Clock step"));
  const writer = await (await browser.newContext()).newPage();
  await signIn(writer, "writer");
  const editPath = new URL(await draftAndSubmit(writer, data)).pathname;
  await writer.context().close();
  const { slug } = (await releaseByHeadline(data.headline))!;

  // Readers ask the instance before the release is published: it caches the page's "no such
  // release" and the feed without it.
  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(`${app.url}/releases/${slug}`))?.status()).toBe(404);
  const feed = async () => (await reader.request.get(`${app.url}/feed.xml`)).text();
  expect(await feed()).not.toContain(`/releases/${slug}<`);

  // An editor publishes it on the same instance; the readers' next requests show it.
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor");
  await editor.goto(`${app.url}${editPath}`);
  await editor.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  expect(await feed(), "the feed's first answer after the publish").toContain(`/releases/${slug}<`);
  expect((await reader.goto(`${app.url}/releases/${slug}`))?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1, name: data.headline })).toBeVisible();
  await editor.context().close();
  await reader.context().close();
});
