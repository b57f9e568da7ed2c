// Issue 17's table in the results file: every row of the issue ("now" as the issue measured it on
// this kind of machine, from `npm run bench` of 2026-11-28 and an outside run), this run's figure,
// the goal and whether it is met. Rows measured at a smaller archive than the goal names say so
// and are not marked met.
import type { BenchReport } from "./report";
import { executionMs } from "./scale";
import { int, mb, median, ms, yes } from "./report-format";

const MILLION = 1_000_000;

interface Row {
  path: string;
  before: string;
  goal: string;
  measured: string;
  ok: boolean | null;
}

export function issue17Rows(r: BenchReport): Row[] {
  const by = (key: string) => r.load.find((l) => l.key === key);
  const a = by("a");
  const b = by("b");
  const release = by("c-release");
  const home = by("c-home");
  const api = by("c-api");
  const search = by("c-search");
  const large = r.scale[r.scale.length - 1];
  const atMillion = large !== undefined && large.releases >= MILLION;
  const at = large ? `at ${int(large.releases)}` : "";
  const dal = (key: string) => large?.dal.scenarios.find((s) => s.key === key);
  const http = (key: string) => large?.http.find((h) => h.key === key);
  const cpu = (l: typeof release) =>
    l ? `${ms(l.cpuMsPerRequest, 2)} ms (+${ms(l.dbCpuMsPerRequest, 2)} PostgreSQL), ${int(l.rps)} req/s` : "–";
  const rows: Row[] = [];
  rows.push({
    path: "release page through deploy/nginx",
    before: "0.92–2.07 × nginx static",
    goal: "≥ 0.9 ×",
    measured: a && b ? `${int(b.rps)} / ${int(a.rps)} req/s = ${(b.rps / a.rps).toFixed(2)} ×` : "–",
    ok: a && b ? b.rps / a.rps >= 0.9 : null,
  });
  rows.push({
    path: "release page at the origin, CPU per request",
    before: "12.8–16.6 ms",
    goal: "≤ 2 ms",
    measured: cpu(release),
    ok: release ? release.cpuMsPerRequest <= 2 : null,
  });
  rows.push({
    path: "`/` at the origin, CPU per request",
    before: "11.4–15.4 ms",
    goal: "≤ 3 ms",
    measured: cpu(home),
    ok: home ? home.cpuMsPerRequest <= 3 : null,
  });
  rows.push({
    path: "`/api/v1/releases` at the origin, CPU per request",
    before: "2.9–8.6 ms",
    goal: "≤ 1.5 ms",
    measured: cpu(api),
    ok: api ? api.cpuMsPerRequest <= 1.5 : null,
  });
  rows.push({
    path: `search, a new query each request (${int(r.options.releases)} releases)`,
    before: "27–74 ms app + 12–28 ms PostgreSQL, 5–39 req/s, p99 0.4–2.2 s",
    goal: "≤ 8 ms app + ≤ 3 ms PostgreSQL, p99 ≤ 70 ms at 10 connections",
    measured: search
      ? `${ms(search.cpuMsPerRequest)} ms app + ${ms(search.dbCpuMsPerRequest)} ms PostgreSQL, ${int(search.rps)} req/s, p99 ${ms(search.p99)} ms`
      : "–",
    ok: search ? search.cpuMsPerRequest <= 8 && (search.dbCpuMsPerRequest ?? Infinity) <= 3 && search.p99 <= 70 : null,
  });
  const facetSql = large ? Math.max(...large.dal.facetQueries.map((q) => executionMs(q.plan))) : NaN;
  rows.push({
    path: `facet lists (\`listPublicFacets\`) ${at}`,
    before: "0.6–1.4 s at 100 000, paid by the first reader after every publish",
    goal: "≤ 5 ms at 1 000 000",
    measured: large
      ? `p50 ${ms(large.dal.facets.p50)} / p95 ${ms(large.dal.facets.p95)} ms (DAL call); SQL ${ms(facetSql, 2)} ms`
      : "–",
    ok: atMillion ? large.dal.facets.p95 <= 5 : null,
  });
  const rotating = dal("search");
  const common = dal("search-common");
  rows.push({
    path: `search data uncached ${at}: a rotating term / "cooperation"`,
    before: "p95 0.4–1.2 s / 0.6–2.1 s at 100 000",
    goal: "p95 ≤ 50 ms at 1 000 000",
    measured:
      rotating && common
        ? `p95 ${ms(rotating.listing.p95)} / ${ms(common.listing.p95)} ms (DAL call); HTTP p95 ${ms(http("search")?.stats.p95)} / ${ms(http("search-common")?.stats.p95)} ms`
        : "–",
    ok: atMillion && rotating && common ? rotating.listing.p95 <= 50 && common.listing.p95 <= 50 : null,
  });
  const pages = ["first", "deep", "middle", "country"].map((k) => http(k)).filter((h) => h !== undefined);
  rows.push({
    path: `listing / filter pages ${at}, HTTP p95`,
    before: "24–50 ms quiet, 120–250 ms busy at 100 000",
    goal: "≤ 30 ms at 1 000 000",
    measured: pages.length ? pages.map((h) => `${h.key} ${ms(h.stats.p95)}`).join(", ") + " ms" : "–",
    ok: atMillion && pages.length ? pages.every((h) => h.stats.p95 <= 30 && h.non200 === 0) : null,
  });
  const card = r.shareCard;
  rows.push({
    path: "share image render",
    before: "~90 ms CPU, anonymous, per distinct URL",
    goal: "rendered once per edition",
    measured: card
      ? `drawn at publish: ${card.cardCpuMs} ms CPU, ${card.cardMs} ms wall (median of ${card.publishes}); its page's og:image ${card.pageLinksStoredCard ? "is the stored /media/share/<sha256>.png" : "is not a stored card"} (${card.cardServed})`
      : "–",
    ok: card ? card.pageLinksStoredCard && card.cardServed.startsWith("HTTP 200") : null,
  });
  const dev = r.devStart;
  rows.push({
    path: "`npm run dev` first page / a later start",
    before: "70 s / 49.5 s",
    goal: "≤ 30 s / ≤ 10 s",
    measured: dev ? `${dev.firstSeconds.toFixed(1)} s / ${dev.laterSeconds.toFixed(1)} s` : "not run (--no-dev-start)",
    ok: dev ? dev.firstSeconds <= 30 && dev.laterSeconds <= 10 : null,
  });
  const mem = r.memory;
  rows.push({
    path: `memory (RSS) under a ${mem?.connections ?? 50}-connection mixed public load (${mem?.seconds ?? 90} s)`,
    before: "plateau ~510 MB (209 MB idle)",
    goal: "≤ 300 MB, 0 errors",
    measured: mem
      ? `plateau ${mb(mem.plateauBytes)}, peak ${mb(mem.peakBytes)}, idle ${mb(mem.idleBytes)}; ${mem.errors} errors, ${mem.non2xx} non-2xx`
      : "–",
    ok: mem ? mem.plateauBytes <= 300 * 1024 * 1024 && mem.errors === 0 && mem.non2xx === 0 : null,
  });
  const direct = median(r.publish.map((p) => p.directMs));
  const proxy = median(r.publish.map((p) => p.proxyMs));
  rows.push({
    path: "publish → visible, medians: direct / through deploy/nginx",
    before: "813 ms / 1 324 ms (2026-11-28)",
    goal: "≤ 1 s / ≤ 2 s (no regression)",
    measured: r.publish.length ? `${int(direct)} ms / ${int(proxy)} ms (${r.publish.length} publishes)` : "–",
    ok: r.publish.length ? direct <= 1000 && proxy <= 2000 : null,
  });
  return rows;
}

export function renderIssue17(r: BenchReport): string[] {
  const out = [
    "## Issue 17: the table, before and now",
    "",
    "Before: the issue's figures (bench/results/2026-11-28.md and an outside run on this machine). The origin rows at 10 connections and " +
      `${int(r.options.releases)} releases; the scale rows at the largest point of this run (the DAL call is the listing's data, uncached; HTTP is sequential requests to the app, each URL distinct).`,
    "",
    "| path | before | this run | goal | |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const row of issue17Rows(r))
    out.push(`| ${row.path} | ${row.before} | ${row.measured} | ${row.goal} | ${yes(row.ok)} |`);
  out.push("");
  return out;
}

export function renderPhases(r: BenchReport): string[] {
  if (!r.phases?.length) return [];
  const out = [
    "## Phases of this run",
    "",
    "| phase | wall time | load average (1 min) at its start |",
    "| --- | ---: | ---: |",
  ];
  for (const p of r.phases) {
    const t = p.seconds >= 120 ? `${(p.seconds / 60).toFixed(1)} min` : `${p.seconds.toFixed(0)} s`;
    out.push(`| ${p.name} | ${t} | ${p.loadAtStart.toFixed(2)} |`);
  }
  const total = r.phases.reduce((n, p) => n + p.seconds, 0);
  out.push(`| total | ${(total / 60).toFixed(1)} min | |`, "");
  return out;
}
