import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test";

// Issue 11.4: every distinct anonymous search used to become a file in Next's data cache on disk,
// never removed (200 searches → 200 files, +828 KB). Search results now live in a bounded in-memory
// LRU (lib/dal/search-cache.ts), so the cache directory does not grow with the searches.

const CACHE_DIR = path.resolve(__dirname, "..", ".next", "cache");

function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? sizeOf(full) : statSync(full).size;
  }
  return total;
}

// @exclusive: other tests publish meanwhile, and their cache entries would move the figure.
test("issue 11.4: 2 000 distinct searches leave the cache directory's size unchanged @exclusive", async ({
  request,
}) => {
  test.setTimeout(300_000);
  // Warm what every search shares (the content generation, the facets) before measuring.
  expect((await request.get("/api/v1/releases?q=warmup")).status()).toBe(200);
  const before = sizeOf(CACHE_DIR);
  const run = Date.now().toString(36);
  let next = 0;
  const worker = async () => {
    while (next < 2_000) {
      const i = next++;
      const response = await request.get(`/api/v1/releases?q=${run}zq${i}`);
      expect(response.status()).toBe(200);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const after = sizeOf(CACHE_DIR);
  expect(Math.abs(after - before), `${before} → ${after} bytes`).toBeLessThan(8 * 1024);
});
