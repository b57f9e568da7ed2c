// Issue 17's memory row: the RSS of the app's process tree idle, and during a mixed public load at 50
// connections (home, release pages, listing and filter pages, search, feeds, API), sampled from /proc
// every second. The plateau is the median of the samples in the last third of the load, after the
// caches and the heap have grown to what the load asks of them; the peak is the largest sample.
// With scripts/bench/memory-usage.cjs preloaded, the server's own view (V8 heap, external) is read
// beside it, so the report says where the memory goes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import type pg from "pg";

import { cpuBetween, cpuSnapshot, processTree, rssOf } from "./proc";
import { root } from "../run";
import type { MachineInfo } from "./report";
import { SEARCH_TERMS } from "./vocabulary";

export interface MemoryUsageSample {
  pid: number;
  at: number;
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

export interface MemoryResult {
  connections: number;
  seconds: number;
  /** RSS of the process tree before the load, after a settle. */
  idleBytes: number;
  /** Largest sample during the load. */
  peakBytes: number;
  /** Median of the samples in the last third of the load. */
  plateauBytes: number;
  /** A few seconds after the load ended. */
  afterBytes: number;
  samples: Array<{ t: number; rssBytes: number }>;
  requests: number;
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Answers by HTTP status (a non-2xx says which). */
  statuses: Record<string, number>;
  cpuMsPerRequest: number;
  /** The mix: what share of the requests each kind of page had. */
  mix: Array<{ kind: string; share: number }>;
  /** The server's own view at the sample nearest the peak, when memory-usage.cjs was preloaded. */
  usageAtPeak: MemoryUsageSample | null;
  usageIdle: MemoryUsageSample | null;
  processes: Array<{ pid: number; command: string; rssBytes: number }>;
  /** The Node flags the app ran with (`npm start`'s, or --node-flags'). */
  nodeFlags: string[];
  /** The variables `npm start` sets before the command (glibc's malloc settings). */
  startEnv: Record<string, string>;
}

/** The app's environment for memory-usage.cjs: preloaded (beside any NODE_OPTIONS given), writing to `usageLog`. */
export function memoryUsageEnv(usageLog: string): Record<string, string> {
  const preload = `--require ${path.join(root, "scripts", "bench", "memory-usage.cjs")}`;
  return {
    NODE_OPTIONS: [process.env.NODE_OPTIONS ?? "", preload].join(" ").trim(),
    PRESSROOM_BENCH_MEMORY_LOG: usageLog,
  };
}

const treeRss = (rootPid: number) => rssOf(processTree(rootPid)).reduce((n, p) => n + p.rssBytes, 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The rotation of paths: each kind weighted by how often it appears, its own URLs rotated inside. */
export async function mixedPaths(sql: pg.Client): Promise<{ next: () => string; mix: MemoryResult["mix"] }> {
  const { rows: releases } = await sql.query<{ slug: string }>(
    `SELECT slug FROM "Release" WHERE "liveEditionId" IS NOT NULL AND "translationOfId" IS NULL
     ORDER BY "publishedAt" DESC NULLS LAST LIMIT 300`,
  );
  const { rows: facets } = await sql.query<{ kind: string; value: string }>(
    `SELECT kind, value FROM "PublicFacet" WHERE scope = '' AND kind IN ('country', 'issuer') ORDER BY kind, value`,
  );
  const countries = facets.filter((f) => f.kind === "country").map((f) => f.value);
  const issuers = facets.filter((f) => f.kind === "issuer").map((f) => f.value);
  const terms = SEARCH_TERMS;
  const counters = new Map<string, number>();
  const tick = (kind: string): number => {
    const i = counters.get(kind) ?? 0;
    counters.set(kind, i + 1);
    return i;
  };
  const pick = <T>(kind: string, list: T[]): T => list[tick(kind) % list.length]!;
  const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + (i % 3650) * 86_400_000).toISOString().slice(0, 10);
  const kinds: Array<{ kind: string; weight: number; path: () => string }> = [
    { kind: "home /", weight: 2, path: () => "/" },
    { kind: "release pages", weight: 6, path: () => `/releases/${pick("release", releases).slug}` },
    {
      kind: "country filter",
      weight: 2,
      path: () => `/?country=${pick("country", countries.length ? countries : ["AZ"])}`,
    },
    {
      kind: "issuer filter",
      weight: 1,
      path: () => `/?issuer=${encodeURIComponent(pick("issuer", issuers.length ? issuers : ["Ministry"]))}`,
    },
    {
      kind: "listing by date (a new URL each time)",
      weight: 1,
      path: () => `/?from=${day(tick("from"))}`,
    },
    { kind: "agreements", weight: 1, path: () => `/agreements?page=${1 + (tick("agreements") % 5)}` },
    {
      kind: "search (a new query each time)",
      weight: 2,
      path: () => {
        const i = tick("q");
        return `/?q=${encodeURIComponent(terms[i % terms.length]!)}&from=${day(Math.floor(i / terms.length))}`;
      },
    },
    { kind: "feeds", weight: 1, path: () => pick("feed", ["/feed.xml", "/rss.xml"]) },
    {
      kind: "API",
      weight: 2,
      path: () => pick("api", ["/api/v1/releases", `/api/v1/releases/${releases[0]?.slug ?? ""}`]),
    },
  ];
  const wheel = kinds.flatMap((k) => Array.from({ length: k.weight }, () => k));
  const total = wheel.length;
  let turn = 0;
  return {
    next: () => wheel[turn++ % total]!.path(),
    mix: kinds.map((k) => ({ kind: k.kind, share: k.weight / total })),
  };
}

function readUsage(file: string | null): MemoryUsageSample[] {
  if (!file || !existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as MemoryUsageSample];
      } catch {
        return [];
      }
    });
}

/** The sample of the largest process (the server) nearest `at`. */
function nearest(usage: MemoryUsageSample[], at: number): MemoryUsageSample | null {
  let best: MemoryUsageSample | null = null;
  for (const u of usage) {
    if (Math.abs(u.at - at) > 2000) continue;
    if (!best || u.rss > best.rss || (u.rss === best.rss && Math.abs(u.at - at) < Math.abs(best.at - at))) best = u;
  }
  return best;
}

export async function measureMemory(o: {
  appUrl: string;
  appPid: number;
  sql: pg.Client;
  seconds: number;
  connections: number;
  usageLog: string | null;
  nodeFlags: string[];
  startEnv?: Record<string, string>;
  log: (line: string) => void;
}): Promise<MemoryResult> {
  const { next, mix } = await mixedPaths(o.sql);
  // Every kind once, so nothing fails later unnoticed (and the routes are loaded before "idle").
  for (let i = 0; i < mix.length * 2; i++) {
    const path = next();
    const res = await fetch(`${o.appUrl}${path}`, { redirect: "manual" });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`memory run: ${path} answered HTTP ${res.status}`);
  }
  await sleep(3000);
  const idleAt = Date.now();
  const idleBytes = treeRss(o.appPid);
  o.log(`  idle: ${(idleBytes / 1048576).toFixed(0)} MB`);

  const samples: MemoryResult["samples"] = [];
  const t0 = Date.now();
  const sampler = setInterval(() => samples.push({ t: Date.now() - t0, rssBytes: treeRss(o.appPid) }), 1000);
  const cpuBefore = cpuSnapshot(processTree(o.appPid));
  const latencies: number[] = [];
  const instance = autocannon({
    url: `${o.appUrl}/`,
    connections: o.connections,
    duration: o.seconds,
    pipelining: 1,
    // The point is memory, not latency: on a busy machine 50 connections wait long for a page, and a
    // request given up would only hide the work the server still holds in memory for it.
    timeout: 60,
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: next() }) }],
  });
  instance.on("response", (_c: unknown, _s: number, _b: number, ms: number) => latencies.push(ms));
  const result = await instance;
  clearInterval(sampler);
  const cpuAfter = cpuSnapshot(processTree(o.appPid));
  await sleep(3000);
  const afterBytes = treeRss(o.appPid);
  const processes = rssOf(processTree(o.appPid));

  const rss = samples.map((s) => s.rssBytes);
  const tail = samples.filter((s) => s.t >= (o.seconds * 1000 * 2) / 3).map((s) => s.rssBytes);
  const sortedTail = [...tail].sort((a, b) => a - b);
  const plateauBytes = sortedTail.length ? sortedTail[Math.floor(sortedTail.length / 2)]! : NaN;
  const peakBytes = rss.length ? Math.max(...rss) : NaN;
  const peakSample = samples.find((s) => s.rssBytes === peakBytes);
  const usage = readUsage(o.usageLog);
  const m = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
  o.log(
    `  idle ${m(idleBytes)}, peak ${m(peakBytes)}, plateau ${m(plateauBytes)}; ${result.requests.total} requests, ${result.errors + result.timeouts} errors, ${result.non2xx} non-2xx`,
  );
  const sorted = latencies.sort((a, b) => a - b);
  const requests = result.requests.total;
  return {
    connections: o.connections,
    seconds: o.seconds,
    idleBytes,
    peakBytes,
    plateauBytes,
    afterBytes,
    samples,
    requests,
    rps: requests / result.duration,
    p99: sorted[Math.max(0, Math.ceil(0.99 * sorted.length) - 1)] ?? NaN,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, st]) => [code, st.count])),
    cpuMsPerRequest: requests > 0 ? cpuBetween(cpuBefore, cpuAfter) / requests : NaN,
    mix,
    usageAtPeak: peakSample ? nearest(usage, t0 + peakSample.t) : null,
    usageIdle: nearest(usage, idleAt),
    processes,
    nodeFlags: o.nodeFlags,
    startEnv: o.startEnv ?? {},
  };
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

/** The report's memory section (also the whole report of `--only memory`). */
export function renderMemory(m: MemoryResult): string[] {
  const out: string[] = [];
  out.push(
    `Mixed public load: ${m.connections} connections for ${m.seconds} s (${m.mix.map((k) => `${k.kind} ${Math.round(k.share * 100)} %`).join(", ")}); RSS of the app's process tree from /proc every second.`,
  );
  out.push("");
  out.push(
    "| idle | peak | plateau (median of the last third) | 3 s after | requests | req/s | p99 ms | errors | non-2xx | CPU ms/request |",
  );
  out.push("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  out.push(
    `| ${mb(m.idleBytes)} | ${mb(m.peakBytes)} | **${mb(m.plateauBytes)}** | ${mb(m.afterBytes)} | ${m.requests.toLocaleString("en-US")} | ${m.rps.toFixed(0)} | ${m.p99.toFixed(0)} | ${m.errors} | ${m.non2xx} | ${m.cpuMsPerRequest.toFixed(2)} |`,
  );
  out.push("");
  out.push(
    `Answers by status: ${Object.entries(m.statuses)
      .map(([code, n]) => `${code} × ${n.toLocaleString("en-US")}`)
      .join(", ")}.`,
  );
  out.push(`Node flags of the app: \`${m.nodeFlags.join(" ") || "(none)"}\`.`);
  const startEnv = Object.entries(m.startEnv).map(([k, v]) => `${k}=${v}`);
  if (startEnv.length) out.push(`Set by \`npm start\` before Node: \`${startEnv.join(" ")}\`.`);
  const usage = (label: string, u: MemoryUsageSample | null) =>
    u
      ? `- ${label} (pid ${u.pid}): RSS ${mb(u.rss)} = V8 heap ${mb(u.heapTotal)} (${mb(u.heapUsed)} used) + external ${mb(u.external)} (array buffers ${mb(u.arrayBuffers)}) + the rest (code, stacks, native allocations)`
      : `- ${label}: no sample of the server's own view`;
  out.push(usage("the server's own view, idle", m.usageIdle));
  out.push(usage("at the peak", m.usageAtPeak));
  for (const p of m.processes)
    out.push(`- pid ${p.pid} \`${p.command.slice(0, 80)}\`: ${mb(p.rssBytes)} after the load`);
  out.push("");
  out.push(
    `RSS over the run (MB, every 5 s): ${m.samples
      .filter((_, i) => i % 5 === 4)
      .map((s) => (s.rssBytes / 1048576).toFixed(0))
      .join(" ")}`,
  );
  return out;
}

/** `npm run bench -- --only memory`: its whole report, printed and written (bench/results/<date>-memory.md). */
export function writeMemoryReport(o: {
  memory: MemoryResult;
  machine: MachineInfo;
  releases: number;
  commandLine: string;
  out: string | null;
  log: (line: string) => void;
}): void {
  const m = o.machine;
  m.loadAfter = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  const markdown = [
    `# Pressroom benchmark, ${m.date}: memory only`,
    "",
    `Machine: ${m.cores} × ${m.cpuModel}, ${m.memory} RAM; Node ${m.node}; ${m.postgres}. Code: ${m.commit}. Load average before: ${m.loadBefore}; after: ${m.loadAfter}. ${o.releases.toLocaleString("en-US")} releases. Command: \`${o.commandLine}\`.`,
    "",
    ...renderMemory(o.memory),
  ].join("\n");
  o.log(markdown);
  if (o.out === "-") return;
  const file = o.out ?? path.join(root, "bench", "results", `${m.date}-memory.md`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${markdown}\n`);
  o.log(`\nWritten to ${path.relative(process.cwd(), file) || file}`);
}
