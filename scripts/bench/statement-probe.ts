// A statement-by-statement look at a search, for before/after comparisons of one change: runs the
// listing's data call (searchPublishedReleases) for each of the bench's search terms with a no-op
// `from` date, several rounds, and reports each statement kind's mean and p95 wall time as Prisma's
// query log sees it (the database's time plus the round trip), and the whole call's.
//
//   DATABASE_URL=… npx tsx --conditions=react-server scripts/bench/statement-probe.ts [--rounds 3]
//     [--whole-up-to N]   (the largest archive a search reads in one statement, slicing.wholeArchiveUpTo)
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { Prisma } from "@prisma/client";
import { installQueryClient } from "./query-client";
import { percentiles } from "./report-format";
import { SEARCH_TERMS, noopFrom } from "./vocabulary";

const { values } = parseArgs({
  options: { rounds: { type: "string", default: "3" }, "whole-up-to": { type: "string" } },
});

const kindOf = (sql: string) => sql.replace(/\s+/g, " ").trim().slice(0, 40);
const byKind = new Map<string, number[]>();
installQueryClient((event: Prisma.QueryEvent) => {
  const list = byKind.get(kindOf(event.query)) ?? [];
  list.push(event.duration);
  byKind.set(kindOf(event.query), list);
});

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function main() {
  const { searchPublishedReleases } = await import("../../lib/dal/public/search");
  const { parseReleaseQuery } = await import("../../lib/validation/public-query");
  const { slicing } = await import("../../lib/dal/public/search-candidates");
  if (values["whole-up-to"] !== undefined) slicing.wholeArchiveUpTo = Number(values["whole-up-to"]);
  const calls: number[] = [];
  let i = 0;
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const term of SEARCH_TERMS) {
      const { query } = parseReleaseQuery({ q: term, from: noopFrom(i++) });
      const started = performance.now();
      await searchPublishedReleases(query);
      if (round > 0) calls.push(performance.now() - started);
    }
    if (round === 0) byKind.clear(); // the first round warms the caches and the plans
  }
  const call = percentiles(calls);
  console.log(
    `calls: ${calls.length}, mean ${mean(calls).toFixed(2)} ms, p50 ${call.p50.toFixed(2)}, p95 ${call.p95.toFixed(2)}`,
  );
  for (const [kind, list] of byKind)
    console.log(
      `${kind.padEnd(42)} n=${String(list.length).padStart(4)} mean ${mean(list).toFixed(2)} ms, p95 ${percentiles(list).p95.toFixed(2)}`,
    );
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
