// Vitest setup file, run in each worker before a test file is imported: when `npm test` hands over one
// database per worker (PRESSROOM_TEST_DATABASE_URLS, see vitest.config.ts), this worker's files use the
// one of its pool id (1 … maxWorkers), so the files running side by side never share a database.

/** The database of worker `poolId` among the comma-separated `urls`; none when fewer than two are given. */
export function workerDatabaseUrl(urls: string | undefined, poolId: string | undefined): string | undefined {
  const list = (urls ?? "").split(",").filter(Boolean);
  if (list.length < 2) return undefined;
  const url = list[Number(poolId) - 1];
  if (!url) throw new Error(`No test database for vitest worker ${poolId} (${list.length} given)`);
  return url;
}

const url = workerDatabaseUrl(process.env.PRESSROOM_TEST_DATABASE_URLS, process.env.VITEST_POOL_ID);
if (url) process.env.DATABASE_URL = url;
