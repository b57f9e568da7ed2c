import { defineConfig } from "vitest/config";
import path from "node:path";

// `npm test` gives the unit tests one throwaway database per worker (scripts/test.ts): two files run at
// a time, each worker on its own database, so no two files ever share one (test/worker-database.ts).
// Run alone (`npx vitest`), one database and one file at a time, as the tests were written for.
const workerDatabases = (process.env.PRESSROOM_TEST_DATABASE_URLS ?? "").split(",").filter(Boolean);

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // `server-only` throws outside a React Server Components bundle; unit tests of the DAL run in
      // plain Node, so they get the package's empty variant.
      "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js"),
      "next/cache": path.resolve(__dirname, "test/next-cache-passthrough.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/worker-database.ts"],
    fileParallelism: workerDatabases.length > 1,
    maxWorkers: Math.max(1, workerDatabases.length),
    testTimeout: 20000,
    // The authorization matrix imports every action module in beforeAll: slow on a busy 2-core machine.
    hookTimeout: 60000,
  },
});
