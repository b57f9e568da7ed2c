// `npm run bench`: builds and starts Pressroom in production mode on a throwaway, seeded PostgreSQL
// database, puts nginx in front of it with deploy/nginx/pressroom.conf, measures what issue #5 asks
// (throughput against the static-file limit, publish → visible latency, scale to 100 000 releases,
// memory), prints the results and writes them to bench/results/<YYYY-MM-DD>.md.
// Everything it starts is stopped and its database dropped, on success, failure or Ctrl-C.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { bin, nextBuildArgs, root, run } from "../run";
import { appStartCommand } from "./start-command";
import { cleanupAll, installSignalHandlers, onCleanup, stopRequested } from "./cleanup";
import { createBenchDatabase, DEFAULT_SERVER_URL } from "./database";
import { cacheStatuses, headerChecks, machineInfo, proxyChecks } from "./checks";
import { measureDistribution } from "./distribution";
import { seedPeople, seedRange } from "./bulk-seed";
import { backfillBeforeMeasuring } from "./backfill";
import { runLoad, type LoadResult } from "./load";
import { loadTargets } from "./load-targets";
import { createStepper } from "./phases";
import { measureShareCard } from "./share-card";
import { measureDevStart } from "./dev-start-run";
import { ensureNginx, nginxVersion, startNginx } from "./nginx";
import { processTree, rssOf } from "./proc";
import { assertPortFree, startService, waitForHttp } from "./processes";
import { measurePublishLatency, type PreparedRelease } from "./publish-latency";
import { renderReport, renderSummary, type BenchReport } from "./report";
import { measureScale, type ScalePoint } from "./scale";
import { measureLcp, mediaPageFixture } from "./media-page";
import { measureMemory, memoryUsageEnv, writeMemoryReport, type MemoryResult } from "./memory";
import { parseOptions } from "./options";
import { BENCH_EDITOR, BENCH_PASSWORD, BENCH_WRITER, createBenchUsers } from "./users";

const log = (line: string) => console.log(line);
const { step, phases } = createStepper(log);

async function main() {
  const o = parseOptions(process.argv.slice(2));
  installSignalHandlers();
  const commandLine = ["npm run bench", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : [])].join(" ");
  const load1 = os.loadavg()[0] ?? 0;
  if (load1 > 1.5) log(`Note: load average ${load1.toFixed(2)}: other work on this machine will lower the figures.`);

  await assertPortFree(o.appPort, "app");
  // The memory run alone needs neither nginx nor its ports.
  const full = o.only === null;
  if (full) {
    await assertPortFree(o.proxyPort, "nginx proxy");
    await assertPortFree(o.staticPort, "nginx static");
    if (o.devStart) await assertPortFree(o.devPort, "npm run dev");
  }

  let nginxBinary = "";
  let nginxV = "";
  if (full) {
    step("nginx");
    nginxBinary = ensureNginx();
    nginxV = nginxVersion(nginxBinary);
    log(`${nginxBinary}: ${nginxV}`);
  }

  const tmp = mkdtempSync(path.join(os.tmpdir(), "pressroom-bench-"));
  // nginx workers run as an unprivileged user (when the bench runs as root) and must reach the
  // static file below this folder, which mkdtemp creates private.
  chmodSync(tmp, 0o755);
  onCleanup("temporary folder", () => rmSync(tmp, { recursive: true, force: true }));
  // NODE_ENV is set per child: production for build and start; the seed runs with its default
  // (a production seed would demand SEED_ADMIN_PASSWORD).
  // REDIS_URL too: one instance uses Next's own in-process data cache, and the bench's entries stay
  // out of a Redis that something else uses.
  const inherited: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== "NODE_ENV" && key !== "REDIS_URL"),
  );
  const env = {
    ...inherited,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-not-for-production-0123456789",
    // The image row's uploads and variants live in the temporary folder, removed with it.
    MEDIA_DIR: path.join(tmp, "media"),
  } as Record<string, string | undefined> as NodeJS.ProcessEnv;

  step("database");
  const serverUrl = process.env.DATABASE_URL ?? DEFAULT_SERVER_URL;
  const db = await createBenchDatabase(serverUrl, env, o.keepDb);
  env.DATABASE_URL = db.url;
  log(`Database ${db.name}`);
  const users = await createBenchUsers(db.sql);
  await seedPeople(db.sql);
  // Releases are dated back from now; the scale step adds older ones below them, like an archive.
  const base = new Date();
  const seedSeconds: Record<string, number> = {};
  seedSeconds[`${o.releases.toLocaleString("en-US")} releases`] = await seedRange(db, users, log, 1, o.releases, base);
  log(`Seeded ${o.releases} releases`);
  const { rows: pgVersion } = await db.sql.query<{ version: string }>("SELECT version()");
  const machine = machineInfo(pgVersion[0]!.version, nginxV);

  if (o.build) {
    step("next build");
    await run(bin("next"), nextBuildArgs(), { ...env, NODE_ENV: "production" });
  }

  // Next's data cache persists in .next/cache/fetch-cache across runs, keyed by query: entries read
  // from an earlier run's database must not answer this one.
  rmSync(path.join(root, ".next", "cache", "fetch-cache"), { recursive: true, force: true });
  const appUrl = `http://127.0.0.1:${o.appPort}`;
  // Started as `npm start` starts it (its Node flags are part of what is measured), without npm.
  const start = appStartCommand(o.nodeFlags);
  // The memory run reads the server's own view of its memory (V8 heap, external) beside the RSS.
  const usageLog = path.join(tmp, "memory-usage.jsonl");
  const startApp = async (extraEnv: Record<string, string>, logName: string) => {
    const service = startService(
      "app",
      start.command,
      [...start.args, "--port", String(o.appPort), "--hostname", "127.0.0.1"],
      {
        cwd: root,
        env: {
          ...env,
          ...start.env,
          NODE_ENV: "production",
          NEXTAUTH_URL: appUrl,
          PORT: String(o.appPort),
          ...extraEnv,
        },
        log: path.join(tmp, logName),
      },
    );
    await waitForHttp(`${appUrl}/login`, service, 120_000, (s) => s === 200);
    return service;
  };

  step("stored bodies and share cards of the seeded releases (the app's backfill, before measuring)");
  seedSeconds["backfill (bodies and share cards)"] = await backfillBeforeMeasuring({
    sql: db.sql,
    start: () => startApp({ SCHEDULER_INTERVAL_MS: "1000" }, "app-backfill.log"),
    log,
    timeoutMs: 30 * 60_000,
  });

  step("next start");
  const app = await startApp(memoryUsageEnv(usageLog), "app.log");
  const appPids = () => processTree(app.pid);
  log(`App at ${appUrl} (${[start.command, ...start.args].join(" ")}), processes: ${appPids().join(", ")}`);
  const memoryRun = (): Promise<MemoryResult> => {
    step(`memory: a mixed public load at ${o.memoryConnections} connections for ${o.memorySeconds} s`);
    return measureMemory({
      appUrl,
      appPid: app.pid,
      sql: db.sql,
      seconds: o.memorySeconds,
      connections: o.memoryConnections,
      usageLog,
      nodeFlags: start.nodeFlags,
      startEnv: start.env,
      log,
    });
  };
  if (o.only?.has("memory")) {
    const memory = await memoryRun();
    step("results");
    writeMemoryReport({ memory, machine, releases: o.releases, commandLine, out: o.out, log });
    return;
  }

  // The release page: the seeded real release (a long article, like the issue's 24 KB one).
  const { rows: pageRows } = await db.sql.query<{ slug: string }>(
    `SELECT slug FROM "Release" WHERE id NOT LIKE 'bench-%' AND "liveEditionId" IS NOT NULL ORDER BY "createdAt" LIMIT 1`,
  );
  const slug = pageRows[0]?.slug;
  if (!slug) throw new Error("The seed release is missing");
  const pageRes = await fetch(`${appUrl}/releases/${slug}`);
  const html = await pageRes.text();
  if (pageRes.status !== 200) throw new Error(`/releases/${slug} answered ${pageRes.status}`);
  const headers = await headerChecks(appUrl, slug);

  step("a release with six photos (issue 13)");
  const { mediaRelease, mediaHtml, imageVariant } = await mediaPageFixture({
    sql: db.sql,
    appUrl,
    editor: { email: BENCH_EDITOR.email, password: BENCH_PASSWORD },
    log,
  });
  log(
    `  /releases/${mediaRelease.slug}: ${(Buffer.byteLength(mediaHtml) / 1024).toFixed(1)} KB, ${(mediaHtml.match(/<img\b/g) ?? []).length} <img> elements`,
  );

  step("nginx start");
  const nginx = await startNginx(nginxBinary, {
    dir: path.join(tmp, "nginx"),
    appPort: o.appPort,
    proxyPort: o.proxyPort,
    staticPort: o.staticPort,
    staticHtml: html,
    mediaHtml,
  });
  const viaProxy = await fetch(`${nginx.proxyUrl}/releases/${slug}`);
  if (viaProxy.status !== 200) throw new Error(`The proxy answered ${viaProxy.status} for the release page`);
  await viaProxy.arrayBuffer();
  const proxy = await proxyChecks(nginx.proxyUrl, slug);
  for (const c of proxy) log(`  proxy: ${c.what}: ${c.got}${c.ok ? "" : ` (expected ${c.expected})`}`);

  step("load");
  const targets = loadTargets({
    nginx,
    appUrl,
    appPid: app.pid,
    database: db.name,
    slug,
    mediaSlug: mediaRelease.slug,
    imageVariant,
  });
  const results: LoadResult[] = [];
  const missing: BenchReport["missing"] = [];
  let proxyCache: Record<string, number> = {};
  const proxyLog = path.join(tmp, "nginx", "proxy-access.log");
  for (const target of targets) {
    if (stopRequested()) throw new Error("interrupted");
    const probePath = typeof target.path === "string" ? target.path : target.path();
    const probe = await fetch(`${target.origin}${probePath}`, { redirect: "manual" });
    await probe.arrayBuffer();
    if (probe.status !== 200) {
      missing.push({ key: target.key, label: target.label, reason: `${probePath} answered HTTP ${probe.status}` });
      log(`  ${target.key}: skipped, ${probePath} answered ${probe.status}`);
      continue;
    }
    await new Promise((r) => setTimeout(r, 1500)); // the proxy's buffered log flushes every second
    const logBefore = cacheStatuses(proxyLog, 0).lines;
    const result = await runLoad(target, o);
    if (target.key === "b") {
      await new Promise((r) => setTimeout(r, 1500));
      proxyCache = cacheStatuses(proxyLog, logBefore).counts;
    }
    results.push(result);
    log(
      `  ${result.key}: ${Math.round(result.rps)} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, errors ${result.errors}, non-2xx ${result.non2xx}, CPU ${result.cpuMsPerRequest.toFixed(3)} ms/req`,
    );
  }
  const rssAfterLoad = rssOf(appPids());
  // After the throughput rows, not before: run first (2026-12-03-scale-1m.md), its 90 s at 50
  // connections left the heap at its cap and tripled the CPU per request of the rows after it.
  // Its idle figure is then the server after those rows; `--only memory` gives a fresh server's.
  const memory = await memoryRun();

  step("Largest Contentful Paint, throttled (Fast 3G)");
  const lcpRuns = o.duration < 10 ? 3 : 5;
  const lcpMedia = await measureLcp(`${nginx.proxyUrl}/releases/${mediaRelease.slug}`, lcpRuns);
  const lcpPlain = await measureLcp(`${nginx.proxyUrl}/releases/${slug}`, lcpRuns);
  for (const [name, r] of [
    ["six photos", lcpMedia],
    ["seed page", lcpPlain],
  ] as const)
    log(`  ${name}: LCP ${r.runs.map((x) => `${Math.round(x.lcpMs)} ms (${x.element})`).join(", ")}`);

  step("publish → visible");
  const prepared = path.join(tmp, "prepared.json");
  await run(
    bin("tsx"),
    [
      "--conditions=react-server",
      path.join(root, "scripts", "bench", "dal-probe.ts"),
      "prepare",
      prepared,
      String(o.publishes),
      BENCH_WRITER.email,
    ],
    env,
  );
  const releases = JSON.parse(readFileSync(prepared, "utf8")) as PreparedRelease[];
  const publish = await measurePublishLatency({
    appUrl,
    proxyUrl: nginx.proxyUrl,
    releases,
    editor: { email: BENCH_EDITOR.email, password: BENCH_PASSWORD },
    log,
  });

  step(`share card: ${o.shareCards} publishes`);
  const shareCard = await measureShareCard({ env, sql: db.sql, appUrl, publishes: o.shareCards });
  log(
    `  ${shareCard.line}; the page links ${shareCard.pageLinksStoredCard ? "its stored card" : "no stored card"}: ${shareCard.cardServed}`,
  );

  step(`scale: ${o.releases.toLocaleString("en-US")} releases`);
  const scale: ScalePoint[] = [];
  scale.push(
    await measureScale({ sql: db.sql, appUrl, releases: o.releases, samples: o.scaleSamples, tmpDir: tmp, env, slug }),
  );
  if (o.scale > o.releases) {
    step(`scale: seeding up to ${o.scale.toLocaleString("en-US")} releases`);
    seedSeconds[`${(o.scale - o.releases).toLocaleString("en-US")} more`] = await seedRange(
      db,
      users,
      log,
      o.releases + 1,
      o.scale,
      base,
    );
    step(`scale: ${o.scale.toLocaleString("en-US")} releases`);
    scale.push(
      await measureScale({ sql: db.sql, appUrl, releases: o.scale, samples: o.scaleSamples, tmpDir: tmp, env, slug }),
    );
  }
  const rssAtEnd = rssOf(appPids());

  const subscribers = o.scale < 100_000 ? 5_000 : 50_000;
  step(`distribution: alerts for ${subscribers.toLocaleString("en-US")} subscribers`);
  const distribution = await measureDistribution({ serverUrl, env, subscribers, sendSeconds: 15, tmpDir: tmp });
  log(
    `  enqueued ${distribution.deliveries} alerts in ${distribution.enqueueMs} ms; sent ${distribution.sent} in ${distribution.sendSeconds} s = ${distribution.messagesPerSecond}/s`,
  );
  let devStart = null;
  if (o.devStart) {
    step("npm run dev: a fresh start, then a later one (the production app stopped first)");
    await app.stop();
    devStart = measureDevStart({ env, port: o.devPort, log });
  }
  machine.loadAfter = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

  const report: BenchReport = {
    quick: o.duration < 10 || o.scale < 100_000,
    machine,
    options: {
      duration: o.duration,
      warmup: o.warmup,
      connections: o.connections,
      releases: o.releases,
      scale: o.scale,
      publishes: o.publishes,
      scaleSamples: o.scaleSamples,
    },
    page: { slug, bytes: Buffer.byteLength(html) },
    media: {
      slug: mediaRelease.slug,
      bytes: Buffer.byteLength(mediaHtml),
      imgElements: (mediaHtml.match(/<img\b/g) ?? []).length,
      uploadedBytes: mediaRelease.uploadedBytes,
      variantSeconds: mediaRelease.variantSeconds,
      lcp: lcpMedia,
      lcpPlain,
    },
    load: results,
    missing,
    proxyCache,
    headers,
    proxy,
    rss: { afterLoad: rssAfterLoad, atEnd: rssAtEnd },
    memory,
    publish,
    scale,
    seedSeconds,
    distribution,
    commandLine,
    shareCard,
    devStart,
    phases: [],
  };
  step("results");
  report.phases = phases();
  const markdown = renderReport(report);
  log(renderSummary(report));
  if (o.out !== "-") {
    const file = o.out ?? path.join(root, "bench", "results", `${machine.date}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${markdown}\n`);
    log(`\nWritten to ${path.relative(process.cwd(), file) || file}`);
  }
}

main()
  .then(() => cleanupAll())
  .catch(async (error: unknown) => {
    console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await cleanupAll();
    process.exit(1);
  });
