// Scale: p95 of the first and a deep page of /, a search and a country filter, at two database sizes.
// Two views of each:
//  - HTTP: sequential requests to the app, each URL distinct. The app caches public data by tag, so
//    every request carries a different no-op `from` date (before the oldest release: the same rows, a
//    different cache key) and searches rotate over many terms: the figures are rendering + database,
//    not cache hits.
//  - DAL: the listing's data-access calls in a child process (scripts/bench/dal-probe.ts), uncached by
//    construction, with EXPLAIN (ANALYZE, BUFFERS) of the SQL they send.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { encodeCursor } from "../../lib/validation/public-query";
import { bin, root } from "../run";
import type { ScaleProbeOutput, ScaleScenario } from "./dal-probe";
import { percentiles, type Percentiles } from "./report-format";
import { COUNTRIES, SEARCH_TERMS, noopFrom } from "./vocabulary";

export interface ScalePoint {
  releases: number;
  http: Array<{ key: string; label: string; example: string; stats: Percentiles; non200: number }>;
  dal: ScaleProbeOutput;
}

const DEEP_PAGE = 50;
const PER_PAGE = 20;

function visibleCount(sql: pg.Client): Promise<number> {
  return sql
    .query<{ n: string }>(
      `SELECT count(*) AS n FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
       WHERE r."publishedAt" <= now() AND e.status = 'PUBLISHED' AND e."publishedAt" <= now()`,
    )
    .then(({ rows }) => Number(rows[0]!.n));
}

/** Keyset cursors of `count` consecutive rows ending about `position` rows down the listing (all distinct). */
async function cursorsAt(sql: pg.Client, position: number, count: number, visible: number): Promise<string[]> {
  const last = Math.max(0, Math.min(position, visible - PER_PAGE - 1));
  const first = Math.max(0, last - count + 1);
  const { rows } = await sql.query<{ id: string; publishedAt: Date }>(
    `SELECT r.id, r."publishedAt" FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
     WHERE r."publishedAt" <= now() AND e.status = 'PUBLISHED' AND e."publishedAt" <= now()
     ORDER BY r."publishedAt" DESC, r.id DESC OFFSET $1 LIMIT $2`,
    [first, last - first + 1],
  );
  return rows.map((r) => encodeCursor({ publishedAt: r.publishedAt, id: r.id, rank: null }));
}

interface Scenario {
  key: string;
  label: string;
  /** Query parameters of sample i (for HTTP, a no-op `from` is added). */
  params: (i: number) => Record<string, string>;
}

async function scenarios(sql: pg.Client, samples: number): Promise<Scenario[]> {
  const visible = await visibleCount(sql);
  const deep = await cursorsAt(sql, DEEP_PAGE * PER_PAGE, samples, visible);
  const middle = await cursorsAt(sql, Math.floor(visible / 2), samples, visible);
  return [
    { key: "first", label: "first page of /", params: () => ({}) },
    {
      key: "deep",
      label: `page ~${DEEP_PAGE} of / (keyset cursor)`,
      params: (i) => ({ after: deep[i % deep.length]! }),
    },
    {
      key: "middle",
      label: "a page in the middle of the archive (keyset cursor)",
      params: (i) => ({ after: middle[i % middle.length]! }),
    },
    {
      key: "search",
      label: "search (one term or phrase, rotating)",
      params: (i) => ({ q: SEARCH_TERMS[i % SEARCH_TERMS.length]! }),
    },
    {
      key: "search-common",
      label: 'search for a word in most releases ("cooperation")',
      params: () => ({ q: "cooperation" }),
    },
    {
      key: "country",
      label: "country filter (rotating)",
      params: (i) => ({ country: COUNTRIES[i % COUNTRIES.length]!.code }),
    },
  ];
}

async function timeHttp(url: string): Promise<{ ms: number; status: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { redirect: "manual" });
  await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status };
}

export async function measureScale(o: {
  sql: pg.Client;
  appUrl: string;
  releases: number;
  samples: number;
  tmpDir: string;
  env: NodeJS.ProcessEnv;
  /** The release page whose reads the probe also times and EXPLAINs. */
  slug?: string;
}): Promise<ScalePoint> {
  const list = await scenarios(o.sql, o.samples);
  const http: ScalePoint["http"] = [];
  let bust = 0;
  for (const s of list) {
    const urlAt = (i: number) =>
      `${o.appUrl}/?${new URLSearchParams({ ...s.params(i), from: noopFrom(bust++) }).toString()}`;
    for (let i = 0; i < 3; i++) await timeHttp(urlAt(i)); // warm-up
    const times: number[] = [];
    let non200 = 0;
    for (let i = 0; i < o.samples; i++) {
      const { ms, status } = await timeHttp(urlAt(i));
      times.push(ms);
      if (status !== 200) non200++;
    }
    http.push({
      key: s.key,
      label: s.label,
      example: urlAt(0).replace(o.appUrl, ""),
      stats: percentiles(times),
      non200,
    });
  }

  // The DAL view, in a child process with the react-server condition (the DAL is server-only).
  const scenarioFile = path.join(o.tmpDir, `scale-${o.releases}.json`);
  const outFile = path.join(o.tmpDir, `scale-${o.releases}-out.json`);
  const probeScenarios: ScaleScenario[] = list.map((s) => ({
    key: s.key,
    label: s.label,
    queries: Array.from({ length: Math.min(o.samples, 200) }, (_, i) => s.params(i)),
  }));
  writeFileSync(scenarioFile, JSON.stringify(probeScenarios));
  execFileSync(
    bin("tsx"),
    [
      "--conditions=react-server",
      path.join(root, "scripts", "bench", "dal-probe.ts"),
      "scale",
      outFile,
      scenarioFile,
      String(o.samples),
      ...(o.slug ? [o.slug] : []),
    ],
    {
      cwd: root,
      env: o.env,
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const dal = JSON.parse(readFileSync(outFile, "utf8")) as ScaleProbeOutput;
  return { releases: o.releases, http, dal };
}

/** "Index Scan using X on Y", "Seq Scan on Y" …: the access paths of a plan, for the summary table. */
export function accessPaths(plan: string): string[] {
  const found = new Set<string>();
  for (const line of plan.split("\n")) {
    const m =
      /(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan)(?: Backward)? (?:using|on) ("[^"]+"|\S+)(?: on ("[^"]+"|\S+))?/.exec(
        line,
      );
    if (m)
      found.add(m[1] === "Seq Scan" ? `Seq Scan ${m[2]!.replace(/"/g, "")}` : `${m[1]} ${m[2]!.replace(/"/g, "")}`);
  }
  return [...found];
}

export function executionMs(plan: string): number {
  const m = /Execution Time: ([\d.]+) ms/.exec(plan);
  return m ? Number(m[1]) : NaN;
}

/** A short name for a captured statement (which part of the page sent it). */
export function queryName(sql: string): string {
  // Since issue 17's ranks-with-candidates change the opening walk also asks whether q has a word.
  if (sql.includes("WITH walked AS MATERIALIZED")) return "search: opening walk";
  if (sql.includes("numnode(")) return "search has words?";
  if (sql.includes("ts_headline")) return "highlights";
  if (sql.includes("AS rank") && sql.includes('"searchVector"')) return "search: time slice";
  if (sql.includes('AS "originalSlug"')) return "load the page's releases";
  // The summary of issue 17 (before it, a scan: SELECT DISTINCT 'country' …).
  if (sql.includes('"PublicFacet"') || sql.includes("SELECT DISTINCT 'country'")) return "facets (filter choices)";
  if (/ORDER BY[\s\S]*LIMIT/.test(sql) && sql.includes('JOIN "Edition" e ON e.id = r."liveEditionId"'))
    return "listing page (keyset)";
  const table = /FROM "public"\."(\w+)"/.exec(sql);
  return table ? `load ${table[1]}` : sql.trim().slice(0, 40);
}
