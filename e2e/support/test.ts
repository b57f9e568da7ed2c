// The `test` every spec uses: Playwright's, plus a lock that lets the suite run in parallel although a
// few tests change what the whole app server shares — the test clock (/api/test/clock), scheduler
// passes (/api/test/scheduler) — or need the reader cache left alone while they watch it. Those
// tests carry the tag @exclusive. Each test holds a PostgreSQL advisory lock for its whole run:
// shared for ordinary tests, exclusive for @exclusive ones. PostgreSQL grants lock requests in
// order, so an exclusive test waits for the tests running now, and tests asking after it wait for it.
// playwright.config.ts queues the @exclusive tests last, after the long ones.
import { test as base } from "@playwright/test";
import pg from "pg";
import { allowOnlyStallRetry, noteStalledPages } from "./rendering";

export * from "@playwright/test";

// pg_advisory_lock(int, int): a key space of the e2e suite's own (lib/dal/sign-in-attempts.ts uses 0x5349_000x).
const LOCK_SPACE = 0x4532_4501;
const LOCK_KEY = 1;

export const test = base.extend<
  { processWideState: void; ownContextsClosed: void; stallRetryOnly: void },
  { lockConnection: pg.Client }
>({
  // The default context: after a failed test, before it is closed, its pages are looked at for the
  // browser fault e2e/support/rendering.ts describes.
  context: async ({ context }, provide, testInfo) => {
    await provide(context);
    await noteStalledPages([context], testInfo);
  },
  // playwright.config.ts allows one retry; it is taken only after a page stopped drawing.
  stallRetryOnly: [
    async ({}, provide, testInfo) => {
      allowOnlyStallRetry(testInfo);
      await provide();
    },
    { auto: true },
  ],
  // Contexts a test opens itself (browser.newContext(): a second person, a reader without a session)
  // are not Playwright's to close, and stayed open for the rest of the worker's life: by the end of a
  // run, dozens of pages per worker still ran their presence heartbeats (a server action every 15 s)
  // and timers, on a 2-core machine where Chromium already took half the CPU (CI, 4 December 2026).
  // Each is closed when its test ends; contexts opened by beforeAll hooks (they exist before this) stay.
  ownContextsClosed: [
    async ({ browser }, provide, testInfo) => {
      const before = new Set(browser.contexts());
      await provide();
      const own = browser.contexts().filter((context) => !before.has(context));
      await noteStalledPages(own, testInfo);
      await Promise.all(own.map((context) => context.close().catch(() => undefined)));
    },
    { auto: true },
  ],
  lockConnection: [
    async ({}, provide) => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await provide(client);
      await client.end();
    },
    { scope: "worker" },
  ],
  processWideState: [
    async ({ lockConnection }, provide, testInfo) => {
      const exclusive = testInfo.tags.includes("@exclusive");
      const suffix = exclusive ? "" : "_shared";
      // Waiting for the lock is not the test's own time: the wait is added to its timeout.
      const timeout = testInfo.timeout;
      const asked = Date.now();
      testInfo.setTimeout(0);
      await lockConnection.query(`SELECT pg_advisory_lock${suffix}($1, $2)`, [LOCK_SPACE, LOCK_KEY]);
      testInfo.setTimeout(timeout + (Date.now() - asked));
      try {
        await provide();
      } finally {
        await lockConnection.query(`SELECT pg_advisory_unlock${suffix}($1, $2)`, [LOCK_SPACE, LOCK_KEY]);
      }
    },
    { auto: true },
  ],
});
