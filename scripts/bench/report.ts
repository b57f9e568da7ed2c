// The results as Markdown: printed, and written to bench/results/<date>.md.
import type { DistributionProbeOutput } from "./distribution-probe";
import type { LoadResult } from "./load";
import type { LcpResult } from "./media-page";
import { renderMedia } from "./report-media";
import { int, maxOf, mb, median, ms, type Percentiles, yes } from "./report-format";
import { renderIssue17, renderPhases } from "./issue17";
import type { Phase } from "./phases";
import type { ShareCardResult } from "./share-card";
import type { DevStartResult } from "./dev-start-run";
import { renderMemory, type MemoryResult } from "./memory";
import type { PublishSample } from "./publish-latency";
import { accessPaths, executionMs, queryName, type ScalePoint } from "./scale";

export interface MachineInfo {
  date: string;
  cpuModel: string;
  cores: number;
  memory: string;
  kernel: string;
  node: string;
  nginx: string;
  postgres: string;
  commit: string;
  loadBefore: string;
  loadAfter: string;
}

export interface HeaderCheck {
  url: string;
  expected: string;
  got: string;
  ok: boolean;
}

export interface ProxyCheck {
  what: string;
  expected: string;
  got: string;
  ok: boolean;
}

export interface BenchReport {
  quick: boolean;
  machine: MachineInfo;
  options: {
    duration: number;
    warmup: number;
    connections: number;
    releases: number;
    scale: number;
    publishes: number;
    scaleSamples: number;
  };
  page: { slug: string; bytes: number };
  /** Issue 13: the release page with six photos and its Largest Contentful Paint on a throttled network. */
  media?: {
    slug: string;
    bytes: number;
    imgElements: number;
    uploadedBytes: number;
    variantSeconds: number;
    lcp: LcpResult;
    /** The seed release page (no photos), measured the same way, for comparison. */
    lcpPlain: LcpResult;
  };
  load: LoadResult[];
  missing: Array<{ key: string; label: string; reason: string }>;
  proxyCache: Record<string, number>;
  headers: HeaderCheck[];
  proxy: ProxyCheck[];
  rss: {
    afterLoad: Array<{ pid: number; command: string; rssBytes: number }>;
    atEnd: Array<{ pid: number; command: string; rssBytes: number }>;
  };
  /** Issue 17: RSS idle and under a mixed public load at 50 connections. */
  memory?: MemoryResult;
  publish: PublishSample[];
  scale: ScalePoint[];
  seedSeconds: Record<string, number>;
  /** Issue 16: one publish's alert fan-out and the senders' throughput (scripts/bench/distribution.ts). */
  distribution?: DistributionProbeOutput & { receivedAtServer: number };
  commandLine: string;
  /** Issue 17: publishes timed with their share card, and whether the page links the stored card. */
  shareCard?: ShareCardResult;
  /** Issue 17: `npm run dev` until the sign-in line, fresh and later (null: not run). */
  devStart?: DevStartResult | null;
  /** Wall time and load average of each phase of this run. */
  phases?: Phase[];
}

// The figures the issue measured on this kind of machine, and its goals.
const REFERENCE = {
  nextFloorCpuMs: 0.8,
  perRequestBaselineRps: 180,
  proxyRatio: 0.5,
  releaseCpuMs: 0.8 * 1.25,
  releaseP99Ms: 50,
  publishDirectMs: 1000,
  publishProxyMs: 2000,
  scaleP95Ms: 50,
  /** "Far below linear": p95 at most this many times the small point's while data grows 100×. */
  scaleGrowthMax: 2,
  /** Issue 16: alerts for 50 000 subscribers enqueued by one publish. */
  enqueueMs: 10_000,
  /** Issue 17: the app's RSS plateau under the mixed public load. */
  memoryPlateauBytes: 300 * 1024 * 1024,
};

function goals(r: BenchReport) {
  const by = (key: string) => r.load.find((l) => l.key === key);
  const a = by("a");
  const b = by("b");
  const release = by("c-release");
  const search = by("c-search");
  const small = r.scale[0];
  const large = r.scale[r.scale.length - 1];
  const direct = median(r.publish.map((p) => p.directMs));
  const proxy = median(r.publish.map((p) => p.proxyMs));
  const rows: Array<{ goal: string; measured: string; ok: boolean | null }> = [];
  rows.push({
    goal: `(b) proxy ≥ ${REFERENCE.proxyRatio} × (a) static`,
    measured: a && b ? `${int(b.rps)} / ${int(a.rps)} req/s = ${(b.rps / a.rps).toFixed(2)} ×` : "–",
    ok: a && b ? b.rps / a.rps >= REFERENCE.proxyRatio : null,
  });
  rows.push({
    goal: `(c) release page ≤ ${REFERENCE.releaseCpuMs.toFixed(2)} ms app CPU per request (1.25 × Next's ${REFERENCE.nextFloorCpuMs} ms floor)`,
    measured: release
      ? `${ms(release.cpuMsPerRequest, 2)} ms app + ${ms(release.dbCpuMsPerRequest, 2)} ms PostgreSQL`
      : "–",
    ok: release ? release.cpuMsPerRequest <= REFERENCE.releaseCpuMs : null,
  });
  rows.push({
    goal: `(c) release page p99 ≤ ${REFERENCE.releaseP99Ms} ms at ${r.options.connections} connections`,
    measured: release ? `p99 ${ms(release.p99)} ms (${int(release.rps)} req/s)` : "–",
    ok: release ? release.p99 <= REFERENCE.releaseP99Ms : null,
  });
  rows.push({
    goal: `(c) search ≥ ${REFERENCE.perRequestBaselineRps} req/s (page rendered per request from PostgreSQL)`,
    measured: search ? `${int(search.rps)} req/s, p99 ${ms(search.p99)} ms` : "–",
    ok: search ? search.rps >= REFERENCE.perRequestBaselineRps && search.errors === 0 && search.non2xx === 0 : null,
  });
  rows.push({
    goal: `publish → visible directly, median ≤ ${REFERENCE.publishDirectMs / 1000} s`,
    measured: r.publish.length
      ? `median ${int(direct)} ms, max ${int(maxOf(r.publish.map((p) => p.directMs)))} ms (${r.publish.length} publishes)`
      : "–",
    ok: r.publish.length ? direct <= REFERENCE.publishDirectMs : null,
  });
  rows.push({
    goal: `publish → visible through the proxy, median ≤ ${REFERENCE.publishProxyMs / 1000} s`,
    measured: r.publish.length ? `median ${int(proxy)} ms, max ${int(maxOf(r.publish.map((p) => p.proxyMs)))} ms` : "–",
    ok: r.publish.length ? proxy <= REFERENCE.publishProxyMs : null,
  });
  if (large && small && large !== small) {
    for (const key of ["first", "deep", "middle", "search", "country"]) {
      const s = small.http.find((h) => h.key === key);
      const l = large.http.find((h) => h.key === key);
      if (!s || !l) continue;
      rows.push({
        goal: `${l.label}: p95 ≤ ${REFERENCE.scaleP95Ms} ms at ${int(large.releases)} releases`,
        measured: `${ms(l.stats.p95)} ms (HTTP); listing data alone ${ms(large.dal.scenarios.find((d) => d.key === key)?.listing.p95)} ms`,
        ok: l.stats.p95 <= REFERENCE.scaleP95Ms && l.non200 === 0,
      });
      rows.push({
        goal: `${l.label}: growth ${int(small.releases)} → ${int(large.releases)} far below linear (≤ ${REFERENCE.scaleGrowthMax}×)`,
        measured: `p95 ${ms(s.stats.p95)} → ${ms(l.stats.p95)} ms = ${(l.stats.p95 / s.stats.p95).toFixed(2)}× for ${(large.releases / small.releases).toFixed(0)}× the data`,
        ok: l.stats.p95 / s.stats.p95 <= REFERENCE.scaleGrowthMax,
      });
    }
  }
  const d = r.distribution;
  rows.push({
    goal: `publishing to ${d ? int(d.subscribers) : "50 000"} subscribers enqueues their alerts in ≤ ${REFERENCE.enqueueMs / 1000} s`,
    measured: d ? `${int(d.deliveries)} alerts in ${ms(d.enqueueMs)} ms (the publish transaction)` : "–",
    ok: d ? d.enqueueMs <= REFERENCE.enqueueMs && d.deliveries === d.subscribers : null,
  });
  const mem = r.memory;
  rows.push({
    goal: `the app's RSS under a ${mem?.connections ?? 50}-connection mixed public load plateaus at ≤ ${mb(REFERENCE.memoryPlateauBytes)}, 0 errors`,
    measured: mem
      ? `plateau ${mb(mem.plateauBytes)}, peak ${mb(mem.peakBytes)}, idle ${mb(mem.idleBytes)}; ${mem.errors} errors, ${mem.non2xx} non-2xx`
      : "–",
    ok: mem ? mem.plateauBytes <= REFERENCE.memoryPlateauBytes && mem.errors === 0 && mem.non2xx === 0 : null,
  });
  const headersOk = r.headers.every((h) => h.ok);
  rows.push({
    goal: "Cache-Control: public pages shared-cacheable with stale-while-revalidate, personal pages private, no-store",
    measured: headersOk ? "as expected (see below)" : "differs (see below)",
    ok: r.headers.length ? headersOk : null,
  });
  const proxyOk = r.proxy.every((p) => p.ok);
  rows.push({
    goal: "deploy/nginx caches published pages, never for signed-in people, editor routes or POSTs",
    measured: proxyOk ? "as expected (see below)" : "differs (see below)",
    ok: r.proxy.length ? proxyOk : null,
  });
  return rows;
}

function pct(p: Percentiles) {
  return `${ms(p.p50)} / ${ms(p.p95)} / ${ms(p.max)}`;
}

export function renderReport(r: BenchReport): string {
  const m = r.machine;
  const o = r.options;
  const a = r.load.find((l) => l.key === "a");
  const out: string[] = [];
  out.push(`# Pressroom benchmark, ${m.date}${r.quick ? " (QUICK development run: not reference figures)" : ""}`);
  out.push("");
  out.push(
    `Machine: ${m.cores} × ${m.cpuModel}, ${m.memory} RAM, Linux ${m.kernel}; Node ${m.node}; ${m.nginx}; ${m.postgres}.`,
  );
  out.push(
    `Code: ${m.commit}. Load average before: ${m.loadBefore}; after: ${m.loadAfter} (the machine is shared: other work running meanwhile lowers these figures).`,
  );
  out.push(
    `Command: \`${r.commandLine}\`. Load generator: autocannon (programmatic API) on the same machine, ${o.connections} connections, ${o.duration} s per row after a ${o.warmup} s warm-up, no compression requested. The app runs alone (\`next start\`, one process) with Next's in-process data cache (REDIS_URL is not passed on).`,
  );
  out.push("");
  out.push("## Goals");
  out.push("");
  out.push("| goal | measured | |");
  out.push("| --- | --- | --- |");
  for (const g of goals(r)) out.push(`| ${g.goal} | ${g.measured} | ${yes(g.ok)} |`);
  out.push("");
  out.push(...renderIssue17(r));
  out.push(
    `## Throughput: the release page (${(r.page.bytes / 1024).toFixed(1)} KB, /releases/${r.page.slug}) and the public listing`,
  );
  out.push("");
  out.push(
    "| row | what | req/s | p50 ms | p99 ms | errors | non-2xx | × (a) | server CPU ms/req | PostgreSQL CPU ms/req |",
  );
  out.push("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const l of r.load) {
    const ratio = a ? (l.rps / a.rps).toFixed(3) : "–";
    out.push(
      `| ${l.key} | ${l.label} | ${int(l.rps)} | ${ms(l.p50, 2)} | ${ms(l.p99, 2)} | ${l.errors} | ${l.non2xx} | ${ratio} | ${ms(l.cpuMsPerRequest, 3)} | ${l.dbCpuMsPerRequest === null ? "–" : ms(l.dbCpuMsPerRequest, 3)} |`,
    );
  }
  for (const x of r.missing) out.push(`| ${x.key} | ${x.label} | missing: ${x.reason} | | | | | | | |`);
  out.push("");
  out.push(
    "Server CPU = utime + stime from /proc of the serving process tree (nginx master + workers; `next start` and its",
  );
  out.push(
    "server child; both for (b)) between the start and the end of the measured run, divided by the requests answered.",
  );
  out.push("PostgreSQL CPU = the same for the database backends serving the bench database.");
  for (const l of r.load) if (l.note) out.push(`- ${l.key}: ${l.note}`);
  if (Object.keys(r.proxyCache).length) {
    out.push(
      `- (b) nginx cache status during the run: ${Object.entries(r.proxyCache)
        .map(([k, v]) => `${k} ${int(v)}`)
        .join(", ")}.`,
    );
  }
  out.push("");
  if (r.media) out.push(...renderMedia(r.media));
  out.push("## Publish → visible");
  out.push("");
  if (r.publish.length) {
    const col = (f: (p: PublishSample) => number) =>
      `${int(median(r.publish.map(f)))} | ${int(maxOf(r.publish.map(f)))}`;
    out.push(
      `An editor publishes a submitted release in Chromium (the writer who submitted it is someone else); readers poll / and the release page every 50 ms. ${r.publish.length} publishes.`,
    );
    out.push("");
    out.push("| measured from the action's response to | median ms | max ms |");
    out.push("| --- | ---: | ---: |");
    out.push(`| visible directly (/ and the release page) | ${col((p) => p.directMs)} |`);
    out.push(`| visible through the proxy (/ and the release page) | ${col((p) => p.proxyMs)} |`);
    for (const key of Object.keys(r.publish[0]!.detail)) out.push(`| … ${key} | ${col((p) => p.detail[key]!)} |`);
    out.push(`| (click → action response, for reference) | ${col((p) => p.actionMs)} |`);
  } else out.push("Not measured.");
  out.push("");
  out.push("## Scale");
  out.push("");
  out.push(
    `Seeding: ${Object.entries(r.seedSeconds)
      .map(([k, v]) => `${k} in ${v.toFixed(0)} s`)
      .join("; ")} (bulk SQL, search vectors by the triggers' own function; VACUUM ANALYZE after).`,
  );
  out.push(
    `HTTP: ${o.scaleSamples} sequential requests per row to the app, each URL distinct (a no-op \`from\` date defeats the app's data cache for the listing; the filter choices, the same for every URL, stay cached as in production). DAL: the listing's data call (searchPublishedReleases) uncached, ${o.scaleSamples} calls per row, and the filter choices (listPublicFacets) on their own: the app computes them again after every publish.`,
  );
  out.push("");
  out.push("| scenario | releases | HTTP p50 / p95 / max ms | DAL listing p50 / p95 / max ms | rows |");
  out.push("| --- | ---: | ---: | ---: | ---: |");
  for (const point of r.scale) {
    for (const h of point.http) {
      const d = point.dal.scenarios.find((s) => s.key === h.key);
      out.push(
        `| ${h.label} | ${int(point.releases)} | ${pct(h.stats)}${h.non200 ? ` (${h.non200} non-200)` : ""} | ${d ? pct(d.listing) : "–"} | ${d ? d.items.toFixed(0) : "–"} |`,
      );
    }
    out.push(
      `| filter choices (listPublicFacets, ${point.dal.facets.samples} calls) | ${int(point.releases)} | | ${pct(point.dal.facets)} | |`,
    );
    const release = point.dal.scenarios.find((s) => s.key === "release");
    if (release)
      out.push(
        `| ${release.label} (DAL, ${release.samples} calls) | ${int(point.releases)} | | ${pct(release.listing)} | |`,
      );
  }
  const large = r.scale[r.scale.length - 1];
  if (large) {
    out.push("");
    out.push(`### EXPLAIN (ANALYZE, BUFFERS) at ${int(large.releases)} releases`);
    out.push("");
    out.push("The SQL each page sends (captured from Prisma's query log), its access paths and execution time:");
    out.push("");
    out.push("| scenario | statement | access paths | execution ms |");
    out.push("| --- | --- | --- | ---: |");
    const scenarios = [
      ...large.dal.scenarios,
      { key: "facets", label: "filter choices", queries: large.dal.facetQueries },
    ];
    for (const s of scenarios) {
      for (const q of s.queries)
        out.push(
          `| ${s.key} | ${queryName(q.sql)} | ${accessPaths(q.plan).join("; ") || "–"} | ${ms(executionMs(q.plan), 2)} |`,
        );
    }
    out.push("");
    out.push(
      "Full plans of the statements the database does real work for (the listing query, the highlights, the filter choices); the",
    );
    out.push("loads by id are index lookups of 20 rows (table above).");
    out.push("");
    for (const s of scenarios) {
      out.push(`<details><summary>${s.label}: plans</summary>`);
      out.push("");
      // The release page is loads by slug and id, one statement each: all of its plans.
      for (const q of s.queries.filter((x) => s.key === "release" || !queryName(x.sql).startsWith("load "))) {
        out.push(`**${queryName(q.sql)}** (parameters: \`${JSON.stringify(q.params).slice(0, 200)}\`)`);
        out.push("");
        out.push("```sql");
        out.push(q.sql.trim());
        out.push("```");
        out.push("```");
        out.push(q.plan);
        out.push("```");
        out.push("");
      }
      out.push("</details>");
      out.push("");
    }
  }
  if (r.distribution) {
    const d = r.distribution;
    out.push("## Distribution");
    out.push("");
    out.push(
      `One release published to ${int(d.subscribers)} confirmed subscribers who follow its topic, on a database of its own: the publish transaction, alert fan-out included, took **${ms(d.enqueueMs)} ms** and wrote ${int(d.deliveries)} deliveries. The senders (4 SMTP connections, as the worker runs them, no rate limit) then sent **${d.messagesPerSecond} messages/s** for ${d.sendSeconds} s (${int(d.sent)} sent; the SMTP server on loopback counted ${int(d.receivedAtServer)}). Each message commits its state before the final dot (exactly-once), which bounds the rate per connection.`,
    );
    out.push("");
  }
  out.push("## Memory");
  out.push("");
  const total = (list: BenchReport["rss"]["afterLoad"]) => list.reduce((n, p) => n + p.rssBytes, 0);
  out.push(
    `RSS of the app (\`next start\` and its children) after the load runs: **${mb(total(r.rss.afterLoad))}**; at the end of the bench (after the scale runs): ${mb(total(r.rss.atEnd))}.`,
  );
  out.push("");
  for (const p of r.rss.afterLoad)
    out.push(`- pid ${p.pid} \`${p.command.slice(0, 80)}\`: ${mb(p.rssBytes)} after load`);
  out.push("");
  if (r.memory) {
    out.push(...renderMemory(r.memory));
    out.push("");
  }
  out.push(...renderPhases(r));
  out.push("## Cache-Control");
  out.push("");
  out.push("| URL | expected | got | |");
  out.push("| --- | --- | --- | --- |");
  for (const h of r.headers) out.push(`| ${h.url} | ${h.expected} | \`${h.got}\` | ${h.ok ? "ok" : "**differs**"} |`);
  out.push("");
  out.push("## deploy/nginx behaviour (X-Cache-Status)");
  out.push("");
  out.push("| request through the proxy | expected | got | |");
  out.push("| --- | --- | --- | --- |");
  for (const p of r.proxy) out.push(`| ${p.what} | ${p.expected} | ${p.got} | ${p.ok ? "ok" : "**differs**"} |`);
  out.push("");
  return out.join("\n");
}

/** The short console version: goals and throughput. */
export function renderSummary(r: BenchReport): string {
  const full = renderReport(r);
  return full.slice(0, full.indexOf("## Scale")).trimEnd();
}
