import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./e2e/support/browser";
import { MAILDIR, SMTP_PORT } from "./e2e/support/mailbox";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${PORT}`;
// Three workers keep both cores of the project's 2-vCPU machine busy (the app server and the
// browsers share them); E2E_WORKERS overrides.
const WORKERS = Number(process.env.E2E_WORKERS ?? 3);
// Three specs need a PostgreSQL server, which the embedded database (`npm test` without
// DATABASE_URL: one PGlite session, one database for every connection) is not, so they are left out
// there (scripts/test.ts says so) and CI runs them on PostgreSQL: the replica spec (a streaming replica
// copies a server's files with pg_basebackup), the S3 spec (its two instances get a database of their
// own, with their own job queue) and the shutdown spec (it counts the instance's sessions in
// pg_stat_activity).
const EMBEDDED = process.env.EMBEDDED_DATABASE === "1";
const SERVER_ONLY = [/replica\.spec\.ts$/, /media-s3\.spec\.ts$/, /shutdown\.spec\.ts$/];

export default defineConfig({
  testDir: "e2e",
  workers: WORKERS,
  forbidOnly: true,
  // One retry, taken only by a test whose page stopped drawing (a browser fault, see
  // e2e/support/rendering.ts); any other failure is refused its retry and fails the run.
  retries: 1,
  // Generous for a loaded machine (three workers and the server on two cores); a real failure still
  // fails, just later.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    ...devices["Desktop Chrome"],
    baseURL,
    // Traces cost CPU on every test; E2E_TRACE=1 records them (kept for failed tests).
    trace: process.env.E2E_TRACE === "1" ? "retain-on-failure" : "off",
    launchOptions: {
      executablePath: chromiumPath(),
      // Keep the browser off the network.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    // Signs each role in through the form once and saves the session (e2e/.auth/, git-ignored).
    { name: "setup", testMatch: /auth\.setup\.ts$/, fullyParallel: true },
    // Queued first (projects are queued in this order, files alphabetically): the XSS corpus test takes
    // minutes and would otherwise start last and run alone at the end.
    {
      name: "long",
      dependencies: ["setup"],
      testMatch: /xss\.spec\.ts$/,
      grepInvert: /@exclusive/,
      fullyParallel: true,
    },
    // Everything else runs in parallel, test by test.
    {
      name: "parallel",
      dependencies: ["setup"],
      testIgnore: EMBEDDED ? [/xss\.spec\.ts$/, ...SERVER_ONLY] : /xss\.spec\.ts$/,
      grepInvert: /@exclusive/,
      fullyParallel: true,
    },
    // Tests tagged @exclusive change or watch what the whole app server shares (its test clock, the
    // scheduler, the reader cache): each runs alone, under the lock of e2e/support/test.ts. Queued last,
    // so they wait only for the last short tests to end.
    { name: "exclusive", dependencies: ["setup"], grep: /@exclusive/, workers: 1 },
  ],
  webServer: [
    {
      // A real SMTP server on loopback for the distribution specs (e2e/support/mailbox.ts reads it).
      command: `node_modules/.bin/tsx e2e/support/smtp-server.ts ${SMTP_PORT} ${MAILDIR}`,
      port: SMTP_PORT,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // The production build made by `npm test` (next build runs before this).
      command: `node_modules/.bin/next start --port ${PORT} --hostname 127.0.0.1`,
      url: `${baseURL}/login`,
      reuseExistingServer: false,
      timeout: 120_000,
      // TRUST_PROXY=1: the suite plays the part of one proxy in front of the app, so sign-in tests give
      // each made-up client its own X-Forwarded-For (e2e/proxy-trust.spec.ts starts an instance without it).
      env: {
        NEXTAUTH_URL: baseURL,
        PRESSROOM_TEST_HOOKS: "1",
        SCHEDULER_INTERVAL_MS: "60000",
        TRUST_PROXY: "1",
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        MAIL_RATE_PER_MINUTE: "0",
        WEBHOOK_ALLOWED_NETWORKS: "127.0.0.0/8,::1/128",
        // "Import from URL" tests fetch pages from a server of their own on 127.0.0.1 (issue 15).
        IMPORT_ALLOW_PRIVATE: "1",
      },
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
