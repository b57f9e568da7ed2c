// nginx for rows (a) and (b): one nginx, started by the bench in the foreground (daemon off) with its
// own prefix, pid file, logs and cache in a temporary folder, never the machine's configuration.
// Row (b) uses deploy/nginx/pressroom.conf itself; only addresses and paths are substituted.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "../run";
import { startService, waitForHttp, type Service } from "./processes";

export const SHIPPED_CONFIG = path.join(root, "deploy", "nginx", "pressroom.conf");

function findNginx(): string | null {
  for (const candidate of ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"]) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/** The nginx binary, installed with apt-get when missing (as the issue asks: a fresh clone must run). */
export function ensureNginx(): string {
  const found = findNginx();
  if (found) return found;
  if (process.getuid?.() !== 0)
    throw new Error(
      "nginx is not installed: run `apt-get install nginx` (the bench installs it itself when run as root).",
    );
  console.log("nginx is missing: apt-get install nginx …");
  // Debian's package would start a system nginx on port 80 right away; policy-rc.d (the standard
  // switch for that) keeps the install from starting anything. Only if none exists, removed after.
  const policy = "/usr/sbin/policy-rc.d";
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  try {
    execFileSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx"], {
      stdio: "inherit",
    });
  } finally {
    if (ownPolicy) unlinkSync(policy);
  }
  const installed = findNginx();
  if (!installed) throw new Error("apt-get install nginx did not provide an nginx binary");
  return installed;
}

export function nginxVersion(binary: string): string {
  // nginx prints its version on stderr.
  const res = spawnSync(binary, ["-v"], { encoding: "utf8" });
  return `${res.stderr ?? ""}${res.stdout ?? ""}`.trim().replace(/^nginx version: /, "") || "nginx (version unknown)";
}

/**
 * deploy/nginx/pressroom.conf with the upstream, listen address, cache and log paths replaced. Each
 * replaced line must exist exactly once outside comments, so an edit of the shipped file that the
 * bench no longer matches fails loudly instead of silently benchmarking something else.
 */
export function substitutedProxyConfig(text: string, o: { appPort: number; proxyPort: number; dir: string }): string {
  const rules: Array<{ from: string; to: string }> = [
    { from: "server 127.0.0.1:3000;", to: `server 127.0.0.1:${o.appPort};` },
    { from: "listen 80;", to: `listen 127.0.0.1:${o.proxyPort};` },
    { from: "listen [::]:80;", to: "# (bench: IPv4 loopback only)" },
    { from: "/var/cache/nginx/pressroom", to: path.join(o.dir, "cache") },
    { from: "/var/log/nginx/pressroom.access.log", to: path.join(o.dir, "proxy-access.log") },
  ];
  const counts = new Map(rules.map((r) => [r.from, 0]));
  const lines = text.split("\n").map((line) => {
    if (line.trimStart().startsWith("#")) return line;
    let out = line;
    for (const rule of rules) {
      if (out.includes(rule.from)) {
        out = out.replace(rule.from, rule.to);
        counts.set(rule.from, counts.get(rule.from)! + 1);
      }
    }
    return out;
  });
  for (const [from, n] of counts) {
    if (n !== 1)
      throw new Error(`deploy/nginx/pressroom.conf: expected "${from}" exactly once outside comments, found ${n}`);
  }
  return lines.join("\n");
}

function workerUser(): string | null {
  if (process.getuid?.() !== 0) return null; // not root: nginx keeps the current user
  for (const [user, group] of [
    ["www-data", "www-data"],
    ["nginx", "nginx"],
    ["nobody", "nogroup"],
  ] as const) {
    try {
      execFileSync("id", [user], { stdio: "ignore" });
      return `${user} ${group}`;
    } catch {
      // try the next one
    }
  }
  return null;
}

export interface NginxSetup {
  service: Service;
  proxyUrl: string;
  staticUrl: string;
  configPath: string;
}

export async function startNginx(
  binary: string,
  o: {
    dir: string;
    appPort: number;
    proxyPort: number;
    staticPort: number;
    staticHtml: string;
    /** The release page with six images (issue 13), saved as /media-release. */
    mediaHtml?: string;
  },
): Promise<NginxSetup> {
  const dir = o.dir;
  mkdirSync(path.join(dir, "static"), { recursive: true });
  // Workers run as an unprivileged user when the bench runs as root: they must read the static file.
  chmodSync(dir, 0o755);
  chmodSync(path.join(dir, "static"), 0o755);
  writeFileSync(path.join(dir, "static", "release.html"), o.staticHtml, { mode: 0o644 });
  if (o.mediaHtml !== undefined)
    writeFileSync(path.join(dir, "static", "media-release.html"), o.mediaHtml, { mode: 0o644 });
  rmSync(path.join(dir, "cache"), { recursive: true, force: true });

  const proxyConf = path.join(dir, "pressroom.conf");
  writeFileSync(proxyConf, substitutedProxyConfig(readFileSync(SHIPPED_CONFIG, "utf8"), o));
  const user = workerUser();
  const mainConf = path.join(dir, "nginx.conf");
  writeFileSync(
    mainConf,
    `# Generated by scripts/bench/nginx.ts: the machine's nginx configuration is not used.
daemon off;
${user ? `user ${user};` : ""}
worker_processes auto;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    server_tokens off;
    client_body_temp_path ${path.join(dir, "client_body")};
    proxy_temp_path ${path.join(dir, "proxy_temp")};
    fastcgi_temp_path ${path.join(dir, "fastcgi_temp")};
    uwsgi_temp_path ${path.join(dir, "uwsgi_temp")};
    scgi_temp_path ${path.join(dir, "scgi_temp")};

    # (b): the shipped reverse-proxy configuration.
    include ${proxyConf};

    # (a): the release page saved as a static file, the limit (same buffered access log as (b)).
    server {
        listen 127.0.0.1:${o.staticPort};
        root ${path.join(dir, "static")};
        access_log ${path.join(dir, "static-access.log")} combined buffer=64k flush=1s;
        location = /release { default_type text/html; try_files /release.html =404; }
        location = /media-release { default_type text/html; try_files /media-release.html =404; }
    }
}
`,
  );
  const args = ["-p", dir, "-c", mainConf];
  try {
    execFileSync(binary, ["-t", "-q", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    throw new Error(
      `nginx -t refused the bench configuration:\n${String((error as { stderr?: Buffer }).stderr ?? error)}`,
    );
  }
  // SIGQUIT: graceful stop (workers finish their requests).
  const service = startService("nginx", binary, args, {
    cwd: dir,
    env: process.env,
    log: path.join(dir, "nginx.out.log"),
    stopSignal: "SIGQUIT",
  });
  const staticUrl = `http://127.0.0.1:${o.staticPort}/release`;
  await waitForHttp(staticUrl, service, 15_000, (s) => s === 200);
  return { service, proxyUrl: `http://127.0.0.1:${o.proxyPort}`, staticUrl, configPath: mainConf };
}
