// Vitest global setup: unit tests touch a real PostgreSQL database, never one that matters.
// `npm test` hands over a throwaway database (PRESSROOM_TEST_DATABASE=1); run alone, vitest makes its own.
import { createTestDatabase, type TestDatabase } from "../scripts/test-db";
import { prepareDatabase } from "../scripts/prepare-database";

let db: TestDatabase | undefined;

export async function setup() {
  if (process.env.PRESSROOM_TEST_DATABASE === "1" && process.env.DATABASE_URL) return;
  db = await createTestDatabase();
  await prepareDatabase(db.url);
  process.env.DATABASE_URL = db.url;
  process.env.PRESSROOM_TEST_DATABASE = "1";
}

export async function teardown() {
  await db?.drop();
}
