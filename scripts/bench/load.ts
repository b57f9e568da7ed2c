// One load run: autocannon at fixed connections and duration against one URL (or a rotation of
// paths), after an unmeasured warm-up, with the server's CPU read from /proc before and after.
import autocannon from "autocannon";
import { cpuBetween, cpuSnapshot, postgresBackends, processTree } from "./proc";

export interface LoadTarget {
  key: string;
  label: string;
  /** Base URL (scheme, host, port). */
  origin: string;
  /** A fixed path, or a function giving the next path (distinct searches defeat caches on purpose). */
  path: string | (() => string);
  /** Root pids of the serving processes (their descendants are included). */
  serverPids: number[];
  /** Database whose PostgreSQL backends' CPU counts as this run's too (the app's queries). */
  database?: string;
  /** Extra note for the report. */
  note?: string;
}

export interface LoadResult {
  key: string;
  label: string;
  url: string;
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  statuses: Record<string, number>;
  /** Server CPU ms per request: the serving process tree (utime + stime). */
  cpuMsPerRequest: number;
  /** PostgreSQL backends' CPU ms per request (the app's share of the database server). */
  dbCpuMsPerRequest: number | null;
  note?: string;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

async function fire(target: LoadTarget, seconds: number, connections: number, latencies: number[] | null) {
  const path = target.path;
  const instance = autocannon({
    url: `${target.origin}${typeof path === "string" ? path : "/"}`,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    ...(typeof path === "function"
      ? { requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: path() }) }] }
      : {}),
  });
  if (latencies)
    instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  return instance;
}

/**
 * Waits until the serving processes are (nearly) idle: autocannon stops at the deadline but the server
 * still works through the requests in flight, which must not count in the next measured window.
 */
async function settle(serverPids: number[], maxMs = 10_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let before = cpuSnapshot(serverPids.flatMap((pid) => processTree(pid)));
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    const now = cpuSnapshot(serverPids.flatMap((pid) => processTree(pid)));
    // Under 5 % of one core over the last 250 ms: idle apart from timers and the scheduler.
    if (cpuBetween(before, now) < 12.5) return;
    before = now;
  }
}

export async function runLoad(
  target: LoadTarget,
  o: { duration: number; warmup: number; connections: number },
): Promise<LoadResult> {
  await settle(target.serverPids);
  await fire(target, o.warmup, o.connections, null);
  await settle(target.serverPids);
  // Measure the processes alive now (after the warm-up opened the database connections).
  const pids = target.serverPids.flatMap((pid) => processTree(pid));
  const dbPids = target.database ? postgresBackends(target.database) : [];
  const before = cpuSnapshot(pids);
  const dbBefore = cpuSnapshot(dbPids);
  const latencies: number[] = [];
  const result = await fire(target, o.duration, o.connections, latencies);
  const after = cpuSnapshot(target.serverPids.flatMap((pid) => processTree(pid)));
  const dbAfter = cpuSnapshot(target.database ? postgresBackends(target.database) : []);
  const sorted = Float64Array.from(latencies).sort();
  const requests = result.requests.total;
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  return {
    key: target.key,
    label: target.label,
    url:
      typeof target.path === "string"
        ? `${target.origin}${target.path}`
        : `${target.origin}${target.path()} (rotating)`,
    requests,
    seconds: result.duration,
    rps: requests / result.duration,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statuses,
    cpuMsPerRequest: requests > 0 ? cpuBetween(before, after) / requests : NaN,
    dbCpuMsPerRequest: target.database && requests > 0 ? cpuBetween(dbBefore, dbAfter) / requests : null,
    note: target.note,
  };
}
