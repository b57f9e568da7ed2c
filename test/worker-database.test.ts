// The unit tests' database per worker (test/worker-database.ts): under `npm test` on PostgreSQL two files
// run at a time, and a file must read and write only its own worker's database.
import { expect, test } from "vitest";
import { db } from "../lib/db";
import { workerDatabaseUrl } from "./worker-database";

test("each worker gets the database of its pool id, and a worker without one is refused", () => {
  const urls = "postgresql://h/a,postgresql://h/b";
  expect(workerDatabaseUrl(urls, "1")).toBe("postgresql://h/a");
  expect(workerDatabaseUrl(urls, "2")).toBe("postgresql://h/b");
  expect(() => workerDatabaseUrl(urls, "3")).toThrow("No test database for vitest worker 3 (2 given)");
  expect(workerDatabaseUrl("postgresql://h/a", "1")).toBeUndefined();
  expect(workerDatabaseUrl(undefined, "1")).toBeUndefined();
});

test("the data layer of a test file connects to its worker's database", async () => {
  const expected =
    workerDatabaseUrl(process.env.PRESSROOM_TEST_DATABASE_URLS, process.env.VITEST_POOL_ID) ?? process.env.DATABASE_URL;
  const rows = await db().$queryRaw<Array<{ name: string }>>`SELECT current_database()::text AS name`;
  expect(rows[0]?.name).toBe(new URL(expected!).pathname.slice(1));
});
