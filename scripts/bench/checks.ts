// What the bench checks besides throughput: the machine it ran on, the Cache-Control of pages, the
// shipped proxy's cache behaviour (X-Cache-Status) and the cache statuses in nginx's access log.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "../../lib/http/cache-control";
import { root } from "../run";
import type { HeaderCheck, MachineInfo, ProxyCheck } from "./report";

export function machineInfo(postgres: string, nginx: string): MachineInfo {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const meminfo = readFileSync("/proc/meminfo", "utf8");
  const memKb = Number(/MemTotal:\s+(\d+)/.exec(meminfo)?.[1] ?? 0);
  let commit = "unknown";
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    commit = `${head}${dirty ? " with uncommitted changes" : ""}`;
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString().slice(0, 10),
    cpuModel: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown CPU",
    cores: os.availableParallelism(),
    memory: `${(memKb / 1024 / 1024).toFixed(1)} GiB`,
    kernel: os.release(),
    node: process.version,
    nginx: nginx.replace(/^nginx version: /, ""),
    postgres: postgres.replace(/ on .*/, ""),
    commit,
    loadBefore: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" "),
    loadAfter: "",
  };
}

export async function headerChecks(appUrl: string, slug: string): Promise<HeaderCheck[]> {
  const checks: Array<{ path: string; expected: string }> = [
    { path: `/releases/${slug}`, expected: PUBLIC_CACHE_CONTROL },
    { path: "/", expected: PUBLIC_CACHE_CONTROL },
    { path: "/login", expected: PRIVATE_CACHE_CONTROL },
  ];
  const out: HeaderCheck[] = [];
  for (const c of checks) {
    const res = await fetch(`${appUrl}${c.path}`, { redirect: "manual" });
    await res.arrayBuffer();
    const got = res.headers.get("cache-control") ?? "(none)";
    out.push({ url: c.path, expected: c.expected, got, ok: got === c.expected });
  }
  return out;
}

/**
 * What the shipped proxy does with the requests that matter (X-Cache-Status, our debugging header):
 * a published page is stored and served again, a signed-in reader bypasses the cache, editor routes
 * never touch it, a POST is never answered from it.
 */
export async function proxyChecks(proxyUrl: string, slug: string): Promise<ProxyCheck[]> {
  const status = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${proxyUrl}${path}`, { redirect: "manual", ...init });
    await res.arrayBuffer();
    return res.headers.get("x-cache-status") ?? "(no cache status)";
  };
  const page = `/releases/${slug}`;
  await status(page);
  const checks: ProxyCheck[] = [];
  const add = (what: string, expected: string[], got: string) =>
    checks.push({ what, expected: expected.join(" or "), got, ok: expected.includes(got) });
  add(`GET ${page} again within a second`, ["HIT"], await status(page));
  add(
    `GET ${page} with a session cookie`,
    ["BYPASS"],
    await status(page, { headers: { cookie: "next-auth.session-token=bench" } }),
  );
  add(
    `GET ${page} with a __Secure- session cookie (chunked)`,
    ["BYPASS"],
    await status(page, { headers: { cookie: "a=b; __Secure-next-auth.session-token.0=bench" } }),
  );
  add("GET /login", ["(no cache status)"], await status("/login"));
  add("GET /admin", ["(no cache status)"], await status("/admin"));
  // A POST never consults the cache (proxy_cache_methods GET HEAD): no status at all, or BYPASS.
  add(
    `POST ${page}`,
    ["(no cache status)", "BYPASS"],
    await status(page, {
      method: "POST",
      body: "x=1",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    }),
  );
  return checks;
}

/** Counts of $upstream_cache_status in the proxy's access log lines written since `fromLine`. */
export function cacheStatuses(logFile: string, fromLine: number): { counts: Record<string, number>; lines: number } {
  let text = "";
  try {
    text = readFileSync(logFile, "utf8");
  } catch {
    return { counts: {}, lines: 0 };
  }
  const lines = text.split("\n").filter(Boolean);
  const counts: Record<string, number> = {};
  for (const line of lines.slice(fromLine)) {
    const status = / cache=(\S+)/.exec(line)?.[1] ?? "?";
    const key = status === "-" ? "not cached" : status;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return { counts, lines: lines.length };
}
