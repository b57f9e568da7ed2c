// `npm test`: typecheck, lint, format check, unit tests, then the Playwright suite against the production build, all on
// a throwaway database (see scripts/test-db.ts) that is dropped afterwards.
import { createTestDatabase } from "./test-db";
import { prepareDatabase } from "./prepare-database";
import { bin, run, runCaptured } from "./run";

const STATIC_CHECKS: Array<[string, string[]]> = [
  ["tsc", ["--noEmit"]],
  ["eslint", [".", "--max-warnings=0"]],
  ["prettier", ["--check", "."]],
];

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const step = (name: string) => console.log(`\n=== ${name} (${seconds()})`);
const stopChecks = new AbortController();

/** Typecheck, lint, format check, one after the other; each one's output is printed when it ends. */
async function staticChecks() {
  for (const [name, args] of STATIC_CHECKS) {
    try {
      const output = await runCaptured(bin(name), args, { signal: stopChecks.signal });
      console.log(`\n=== ${name} passed (${seconds()})${output.trim() ? `\n${output.trim()}` : ""}`);
    } catch (error) {
      // Shown at once; the run stops when the step running beside the checks has ended.
      console.error(`\n=== ${name} FAILED (${seconds()})\n${error instanceof Error ? error.message : String(error)}`);
      throw new Error(`${name} failed (its output is above)`);
    }
  }
}

async function main() {
  // The static checks need no database and keep one core busy; the database steps and the unit tests
  // (one file at a time) mostly wait on PostgreSQL. On a 2-core machine they run side by side, and
  // the build starts once both have passed.
  step("typecheck, lint and format check (beside the steps below)");
  const checks = staticChecks();
  checks.catch(() => undefined); // awaited before the build; this only keeps an early failure from being "unhandled"

  const db = await createTestDatabase();
  console.log(`Test database: ${db.kind} ${db.url.replace(/\/\/[^@]*@/, "//")}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    EMBEDDED_DATABASE: db.kind === "embedded" ? "1" : "0",
    PRESSROOM_TEST_DATABASE: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "test-secret-not-for-production-0123456789",
  };
  try {
    step("migrate and seed");
    await prepareDatabase(db.url, env);
    step("unit tests");
    await run(bin("vitest"), ["run"], env);
    step("extractor evaluation");
    await run(bin("tsx"), ["scripts/eval-extract.ts"], env);
    await checks;
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
  stopChecks.abort();
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
