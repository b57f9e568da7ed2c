// Issue 17: search and the filter choices at scale, without the rest of `npm run bench` (no build, no
// server, no nginx: the DAL calls the listing makes, uncached, in the child process of dal-probe.ts,
// with EXPLAIN (ANALYZE, BUFFERS) of every statement they send).
//
//   npx tsx scripts/bench/search-scale.ts [--releases 100000] [--db pr_bench_search] [--reuse] [--keep]
//     [--samples 50] [--probe-root DIR] [--out FILE]
//
// Creates (or with --reuse, keeps using) the database --db on the local PostgreSQL of DATABASE_URL,
// migrates and seeds it, bulk-adds --releases releases (scripts/bench/bulk-seed.ts, timed), then times
// a rotating search, a search for a word in most releases ("cooperation"), the first page and the
// filter choices. --probe-root runs dal-probe.ts of another checkout (the code before a change) against
// the same database, for a before/after on identical data. Prints a Markdown summary (and writes it to
// --out), with the load average before and after: the machine may be shared.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { prepareDatabase } from "../prepare-database";
import { bin, root } from "../run";
import { bulkSeedReleases, checkBulkSeed, seedPeople } from "./bulk-seed";
import type { ScaleProbeOutput, ScaleScenario } from "./dal-probe";
import { accessPaths, executionMs } from "./scale";
import { createBenchUsers } from "./users";
import { SEARCH_TERMS } from "./vocabulary";

const { values } = parseArgs({
  options: {
    releases: { type: "string", default: "100000" },
    db: { type: "string", default: "pr_bench_search" },
    reuse: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    samples: { type: "string", default: "50" },
    "probe-root": { type: "string" },
    out: { type: "string" },
  },
});

const releases = Number(values.releases);
const samples = Number(values.samples);
const server = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
if (!["127.0.0.1", "localhost", "::1"].includes(server.hostname)) throw new Error("A local PostgreSQL only.");
const urlOf = (name: string) => Object.assign(new URL(server), { pathname: `/${name}` }).toString();
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");

async function prepare(url: string): Promise<string> {
  const admin = new pg.Client({ connectionString: urlOf("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${values.db}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${values.db}"`);
  await admin.end();
  await prepareDatabase(url, { ...process.env, DATABASE_URL: url });
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  try {
    const users = await createBenchUsers(sql);
    await seedPeople(sql);
    const t0 = Date.now();
    await bulkSeedReleases(sql, 1, releases, users, new Date(), (done) =>
      console.log(`  ${done.toLocaleString("en-US")} releases (${((Date.now() - t0) / 1000).toFixed(0)} s)`),
    );
    const seeded = (Date.now() - t0) / 1000;
    await checkBulkSeed(sql);
    const t1 = Date.now();
    await sql.query("VACUUM ANALYZE");
    return `bulk seed of ${releases.toLocaleString("en-US")} releases: ${seeded.toFixed(0)} s, then VACUUM ANALYZE ${((Date.now() - t1) / 1000).toFixed(0)} s`;
  } finally {
    await sql.end();
  }
}

function scenarios(): ScaleScenario[] {
  const terms = SEARCH_TERMS;
  const n = Math.min(samples, 200);
  return [
    { key: "first", label: "first page of /", queries: [{}] },
    {
      key: "search",
      label: "search (one term or phrase, rotating)",
      queries: Array.from({ length: n }, (_, i) => ({ q: terms[i % terms.length]! })),
    },
    {
      key: "search-common",
      label: 'search for a word in most releases ("cooperation")',
      queries: [{ q: "cooperation" }],
    },
  ];
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));

function report(output: ScaleProbeOutput, title: string, seed: string | null, loads: string[]): string {
  const lines = [`## ${title}`, "", `Load average (1, 5, 15 min) before: ${loads[0]}, after: ${loads[1]}.`];
  if (seed) lines.push("", seed + ".");
  lines.push("", "| what | p50 ms | p95 ms | max ms |", "| --- | --: | --: | --: |");
  for (const s of output.scenarios)
    lines.push(
      `| ${s.label} (${s.samples} calls) | ${ms(s.listing.p50)} | ${ms(s.listing.p95)} | ${ms(s.listing.max)} |`,
    );
  const f = output.facets;
  lines.push(`| filter choices (listPublicFacets, ${f.samples} calls) | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.max)} |`);
  const plans = [
    ...output.scenarios.flatMap((s) => s.queries.map((q) => ({ label: s.label, ...q }))),
    ...output.facetQueries.map((q) => ({ label: "filter choices", ...q })),
  ];
  lines.push("", "| statement | of | SQL ms (EXPLAIN ANALYZE) | access paths |", "| --- | --- | --: | --- |");
  for (const p of plans) {
    const name = p.sql.trim().split("\n")[0]!.slice(0, 60).replace(/\|/g, "/");
    lines.push(`| \`${name}\` | ${p.label} | ${ms(executionMs(p.plan))} | ${accessPaths(p.plan).join(", ")} |`);
  }
  // The plans of the statements search and the choices are made of; the Prisma loads of the rows
  // shown (SELECT "public"…, by primary key) only in the table above.
  lines.push("", "<details><summary>EXPLAIN (ANALYZE, BUFFERS)</summary>", "");
  for (const p of plans.filter((q) => !q.sql.trimStart().startsWith('SELECT "public".')))
    lines.push(`${p.label}:`, "", "```sql", p.sql.trim(), "```", "", "```", p.plan, "```", "");
  lines.push("</details>", "");
  return lines.join("\n");
}

async function main() {
  const url = urlOf(values.db!);
  const loadBefore = load();
  const seed = values.reuse ? null : await prepare(url);
  if (seed) console.log(seed);
  const probeRoot = values["probe-root"] ? path.resolve(values["probe-root"]) : root;
  const tmp = mkdtempSync(path.join(os.tmpdir(), "search-scale-"));
  try {
    const scenarioFile = path.join(tmp, "scenarios.json");
    const outFile = path.join(tmp, "out.json");
    writeFileSync(scenarioFile, JSON.stringify(scenarios()));
    const loadProbe = load();
    execFileSync(
      bin("tsx"),
      [
        "--conditions=react-server",
        path.join(probeRoot, "scripts", "bench", "dal-probe.ts"),
        "scale",
        outFile,
        scenarioFile,
        String(samples),
      ],
      { cwd: probeRoot, env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "inherit", "inherit"] },
    );
    const output = JSON.parse(readFileSync(outFile, "utf8")) as ScaleProbeOutput;
    const counter = new pg.Client({ connectionString: url });
    await counter.connect();
    const { rows } = await counter.query<{ n: string }>(`SELECT count(*) AS n FROM "Release"`);
    await counter.end();
    const title = `${Number(rows[0]!.n).toLocaleString("en-US")} releases, ${probeRoot === root ? "this checkout" : probeRoot} (${new Date().toISOString().slice(0, 16)} UTC)`;
    const text = report(output, title, seed, [values.reuse ? loadProbe : loadBefore, load()]);
    console.log(text.split("<details>")[0]);
    if (values.out) writeFileSync(values.out, text);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    if (!values.keep && !values.reuse) {
      const admin = new pg.Client({ connectionString: urlOf("postgres") });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${values.db}" WITH (FORCE)`);
      await admin.end();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
