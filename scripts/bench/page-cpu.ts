// A focused measurement of one page at the origin: several load runs (autocannon, as `npm run bench`
// does) against a server already running, each with the CPU of the server's process tree read from
// /proc, and the median of the runs. The whole bench takes most of an hour; this answers "what does
// this page cost per request" in a minute, so a change can be measured before and after back to back.
//
//   npx tsx scripts/bench/page-cpu.ts --url http://127.0.0.1:3340/releases/<slug> --pid <next start's pid>
//
// --vary adds a distinct no-op `from` date to every request of a listing URL (as the bench's search
// row does), so no request is answered from the app's listing cache: the cost of its data reads shows.
// --terms also rotates the search text over the bench's vocabulary, as the bench's search row does
// (its words are common, middling and rare in the bulk-seeded archive).
import { parseArgs } from "node:util";
import { runLoad } from "./load";
import { SEARCH_TERMS, noopFrom } from "./vocabulary";

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    pid: { type: "string" },
    runs: { type: "string", default: "5" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    database: { type: "string" },
    vary: { type: "boolean", default: false },
    terms: { type: "boolean", default: false },
  },
  strict: true,
});
if (!values.url || !values.pid) {
  console.error(
    "usage: tsx scripts/bench/page-cpu.ts --url URL --pid PID [--runs 5] [--duration 10] [--connections 10] [--vary] [--terms]",
  );
  process.exit(2);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The URL's path with a `from` date no earlier release precedes, a different day each call. */
function varying(url: URL): () => string {
  let i = 0;
  return () => {
    const next = new URL(url);
    if (values.terms) next.searchParams.set("q", SEARCH_TERMS[i % SEARCH_TERMS.length]!);
    next.searchParams.set("from", noopFrom(i++));
    return next.pathname + next.search;
  };
}

async function main(url: URL, duration: number) {
  const cpu: number[] = [];
  const rps: number[] = [];
  // One sequence for all the runs: restarted per run, a run asked the URLs of the run before it again,
  // which the app's caches then answered (a run at a fifth of the others' CPU).
  const next = values.vary ? varying(url) : null;
  for (let run = 1; run <= Number(values.runs); run++) {
    const result = await runLoad(
      {
        key: "page",
        label: url.pathname,
        origin: url.origin,
        path: next ?? url.pathname + url.search,
        serverPids: [Number(values.pid)],
        database: values.database,
      },
      { duration, warmup: Math.min(3, Math.max(1, Math.round(duration / 3))), connections: Number(values.connections) },
    );
    if (result.errors > 0 || result.non2xx > 0) throw new Error(`run ${run}: ${JSON.stringify(result.statuses)}`);
    cpu.push(result.cpuMsPerRequest);
    rps.push(result.rps);
    const db = result.dbCpuMsPerRequest === null ? "" : `, PostgreSQL ${result.dbCpuMsPerRequest.toFixed(2)} ms`;
    console.log(
      `run ${run}: ${result.cpuMsPerRequest.toFixed(2)} ms CPU/request${db}, ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms`,
    );
  }
  console.log(
    `median of ${cpu.length}: ${median(cpu).toFixed(2)} ms CPU/request (runs ${cpu.map((c) => c.toFixed(2)).join(", ")}), ${median(rps).toFixed(0)} req/s`,
  );
}

main(new URL(values.url), Number(values.duration)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
