import { defineConfig } from "vitest/config";
import path from "node:path";

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
    fileParallelism: false,
    testTimeout: 20000,
    // The authorization matrix imports every action module in beforeAll: slow on a busy 2-core machine.
    hookTimeout: 60000,
  },
});
