// `npm test`: typecheck, lint, format check, unit tests, then the Playwright suite against the production build, on
// throwaway databases (see scripts/test-db.ts: one for the unit tests, one for the browser suite) dropped afterwards.
import { createTestDatabase, type TestDatabase } from "./test-db";
import { prepareDatabase } from "./prepare-database";
import { bin, nextBuildArgs, run, runCaptured } from "./run";

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

/** Unit-test files at a time on a PostgreSQL server (`UNIT_WORKERS` to change; 1 = one after the other). */
function unitWorkers(): number {
  const n = Number(process.env.UNIT_WORKERS ?? 2);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`UNIT_WORKERS must be a whole number of 1 or more, not "${process.env.UNIT_WORKERS}"`);
  return n;
}

/** `make` called `n` times one after the other (the copies of a template database cannot overlap). */
async function times<T>(n: number, make: () => Promise<T>): Promise<T[]> {
  const made: T[] = [];
  for (let i = 0; i < n; i++) made.push(await make());
  return made;
}

async function main() {
  // The static checks need no database and keep one core busy; the database steps and the unit tests
  // run beside them, and the build starts once both have passed.
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
  // On a PostgreSQL server the unit tests run two files at a time, each worker on a database of its
  // own (vitest.config.ts); the others are copies of the first once it is migrated and seeded, and so is
  // the browser suite's. The browser suite never gets the unit tests' database: they leave thousands of
  // users, contacts and releases behind (pages that list them, /admin/users, grew slow enough under a
  // loaded CI machine to time out) and jobs whose files were in their temporary folders. The embedded
  // database (no DATABASE_URL) is one file at a time; the browser suite gets a new one afterwards.
  const made: TestDatabase[] = [db];
  const drop = async (d: TestDatabase) => {
    made.splice(made.indexOf(d), 1);
    await d.drop();
  };
  try {
    step("migrate and seed");
    await prepareDatabase(db.url, env);
    const copy = async () => {
      const d = await createTestDatabase(process.env.DATABASE_URL, { template: db });
      made.push(d);
      return d;
    };
    const unitDbs = db.kind === "postgresql" ? [db, ...(await times(unitWorkers() - 1, copy))] : [db];
    let e2eDb = db.kind === "postgresql" ? await copy() : undefined;
    const unitEnv = { ...env, PRESSROOM_TEST_DATABASE_URLS: unitDbs.map((d) => d.url).join(",") };
    step(`unit tests (${unitDbs.length} at a time)`);
    await run(bin("vitest"), ["run"], unitEnv);
    step("extractor evaluation");
    await run(bin("tsx"), ["scripts/eval-extract.ts"], env);
    if (!e2eDb) {
      step("e2e database: a new embedded one, migrated and seeded");
      await drop(db);
      e2eDb = await createTestDatabase();
      made.push(e2eDb);
      await prepareDatabase(e2eDb.url, { ...env, DATABASE_URL: e2eDb.url });
    }
    const e2eEnv = { ...env, DATABASE_URL: e2eDb.url };
    await checks;
    step("build");
    await run(bin("next"), nextBuildArgs(), { ...e2eEnv, NODE_ENV: "production" });
    step("e2e");
    if (db.kind === "embedded") {
      console.log(
        "e2e/replica.spec.ts, media-s3.spec.ts and shutdown.spec.ts are left out: they need a PostgreSQL server (a replica, a second database, sessions in pg_stat_activity); set DATABASE_URL to run them",
      );
    }
    await run(bin("playwright"), ["test"], e2eEnv);
    step("done");
  } finally {
    for (const d of made.reverse()) await d.drop();
  }
}

main().catch((error: unknown) => {
  stopChecks.abort();
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
