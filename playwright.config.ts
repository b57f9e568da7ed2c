import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium (no browser download on these machines); the flags keep it off the network.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    ...devices["Desktop Chrome"],
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
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
  webServer: {
    // The production build made by `npm test` (next build runs before this).
    command: `node_modules/.bin/next start --port ${PORT} --hostname 127.0.0.1`,
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { NEXTAUTH_URL: baseURL, PRESSROOM_TEST_HOOKS: "1", SCHEDULER_INTERVAL_MS: "60000" },
    stdout: "ignore",
    stderr: "pipe",
  },
});
