// Command-line options of `npm run bench`.
import { parseArgs } from "node:util";

export interface BenchOptions {
  /** Seconds of measured load per row (after a warm-up that is not counted). */
  duration: number;
  warmup: number;
  connections: number;
  /** Releases in the database for the load and publish runs (and the "small" scale point). */
  releases: number;
  /** Releases for the large scale point; 0 skips the scale part. */
  scale: number;
  /** Publishes measured (each one timed directly and through the proxy). */
  publishes: number;
  /** Sequential requests per scale scenario (p95 needs a few dozen at least). */
  scaleSamples: number;
  build: boolean;
  appPort: number;
  proxyPort: number;
  staticPort: number;
  out: string | null;
  keepDb: boolean;
  /** Issue 17: the memory run (mixed public load) at this many connections for this many seconds. */
  memoryConnections: number;
  memorySeconds: number;
  /** Run only these parts (known: "memory"); null runs everything. */
  only: Set<BenchPart> | null;
  /** Node flags for the app instead of those of package.json's "start" (to compare settings). */
  nodeFlags: string[] | null;
  /** Issue 17: time `npm run dev` (fresh, then a later start) as the last phase; it deletes .next/. */
  devStart: boolean;
  devPort: number;
  /** Issue 17: fresh publishes timed with their share card (scripts/bench/share-image-publish.ts). */
  shareCards: number;
}

export const BENCH_PARTS = ["memory"] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

const HELP = `npm run bench -- [options]

  --quick              3 s runs, 1 s warm-up, 5 publishes, scale 2 000 (for development)
  --duration N         seconds per load run (default 10)
  --connections N      concurrent connections (default 10)
  --releases N         releases for the load runs and the small scale point (default 1000)
  --scale N            releases for the large scale point (default 100000; 0 skips it)
  --publishes N        publish → visible samples (default 20)
  --no-build           use the existing .next build
  --app-port N         app port (default 3300); --proxy-port (8080), --static-port (8081)
  --out FILE           results file (default bench/results/<YYYY-MM-DD>.md; "-" prints only)
  --keep-db            do not drop the bench database at the end (to inspect it)
  --memory-seconds N   seconds of the memory run's mixed public load (default 90; --quick 20)
  --memory-connections N  its connections (default 50)
  --node-flags="F"     Node flags for the app instead of those of \`npm start\` ("" for none), to compare
  --no-dev-start       skip the last phase, \`npm run dev\` timed fresh and again (it deletes .next/,
                       so a later --no-build needs a build; off with --quick)
  --dev-port N         its port (default 3399)
  --share-cards N      publishes timed with their share card (default 10; --quick 3)
  --only PARTS         run only these parts, comma-separated: memory (the app's RSS idle and under
                       the mixed public load; results in bench/results/<YYYY-MM-DD>-memory.md)
`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      duration: { type: "string" },
      connections: { type: "string" },
      releases: { type: "string" },
      scale: { type: "string" },
      publishes: { type: "string" },
      "scale-samples": { type: "string" },
      "no-build": { type: "boolean", default: false },
      "app-port": { type: "string" },
      "proxy-port": { type: "string" },
      "static-port": { type: "string" },
      out: { type: "string" },
      "keep-db": { type: "boolean", default: false },
      "memory-seconds": { type: "string" },
      "memory-connections": { type: "string" },
      only: { type: "string" },
      "node-flags": { type: "string" },
      "no-dev-start": { type: "boolean", default: false },
      "dev-port": { type: "string" },
      "share-cards": { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const num = (raw: string | undefined, fallback: number, min = 0): number => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min) throw new Error(`Not a valid number: ${raw}\n\n${HELP}`);
    return n;
  };
  const quick = values.quick;
  let only: Set<BenchPart> | null = null;
  if (values.only !== undefined) {
    const parts = values.only.split(",").map((p) => p.trim());
    const unknown = parts.filter((p) => !(BENCH_PARTS as readonly string[]).includes(p));
    if (unknown.length > 0 || parts.length === 0) throw new Error(`Unknown part: ${unknown.join(", ")}\n\n${HELP}`);
    only = new Set(parts as BenchPart[]);
  }
  const duration = num(values.duration, quick ? 3 : 10, 1);
  return {
    duration,
    warmup: Math.min(3, Math.max(1, Math.round(duration / 3))),
    connections: num(values.connections, 10, 1),
    releases: num(values.releases, 1000, 20),
    scale: num(values.scale, quick ? 2000 : 100_000, 0),
    publishes: num(values.publishes, quick ? 5 : 20, 1),
    scaleSamples: num(values["scale-samples"], quick ? 30 : 100, 5),
    build: !values["no-build"],
    appPort: num(values["app-port"], 3300, 1),
    proxyPort: num(values["proxy-port"], 8080, 1),
    staticPort: num(values["static-port"], 8081, 1),
    out: values.out ?? null,
    keepDb: values["keep-db"],
    memorySeconds: num(values["memory-seconds"], quick ? 20 : 90, 5),
    memoryConnections: num(values["memory-connections"], 50, 1),
    only,
    nodeFlags: values["node-flags"] === undefined ? null : values["node-flags"].split(/\s+/).filter(Boolean),
    devStart: !quick && !values["no-dev-start"],
    devPort: num(values["dev-port"], 3399, 1),
    shareCards: num(values["share-cards"], quick ? 3 : 10, 1),
  };
}
