import path from "node:path";
import { defineConfig } from "prisma/config";
import { cliAdapter } from "./prisma/cli-adapter";

// Run the CLI through `npm run prisma -- …` (prisma/cli.ts): it sets DATABASE_URL (embedded database
// when none is given) and the engine variables that stop Prisma from trying to download binaries.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    // react-server condition: lets the seed import the server-only data-access layer.
    seed: "tsx --conditions=react-server prisma/seed.ts",
  },
  adapter: async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run Prisma through `npm run prisma -- …`");
    return cliAdapter(url);
  },
});
