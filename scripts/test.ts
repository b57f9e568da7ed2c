// `npm test`: typecheck, lint, format check, unit tests, then the Playwright suite against the production build, all on
// a throwaway database (see scripts/test-db.ts) that is dropped afterwards.
import { createTestDatabase } from "./test-db";
import { bin, migrateAndSeed, run } from "./run";

async function main() {
  const started = Date.now();
  const step = (name: string) => console.log(`\n=== ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

  step("typecheck");
  await run(bin("tsc"), ["--noEmit"]);
  step("lint (zero warnings) and format check");
  await run(bin("eslint"), [".", "--max-warnings=0"]);
  await run(bin("prettier"), ["--check", "."]);

  const db = await createTestDatabase();
  console.log(`Test database: ${db.kind} ${db.url.replace(/\/\/[^@]*@/, "//")}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    PRESSROOM_TEST_DATABASE: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "test-secret-not-for-production-0123456789",
  };
  try {
    step("migrate and seed");
    await migrateAndSeed(db.url, env);
    step("unit tests");
    await run(bin("vitest"), ["run"], env);
    step("extractor evaluation");
    await run(bin("tsx"), ["scripts/eval-extract.ts"], env);
    step("build");
    await run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
    step("e2e");
    await run(bin("playwright"), ["test"], env);
    step("done");
  } finally {
    await db.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
