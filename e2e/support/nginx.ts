// deploy/nginx/pressroom.conf run for real in front of an app from a test: its own prefix, pid file,
// cache and logs in a temporary folder (never the machine's configuration). The same substitution
// as the bench (scripts/bench/nginx.ts): only addresses and paths change. Test code only.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SHIPPED_CONFIG, substitutedProxyConfig } from "../../scripts/bench/nginx";

export interface Nginx {
  url: string;
  /** The access log as written so far (the config buffers it for at most one second). */
  accessLog(): string;
  stop(): Promise<void>;
}

export async function startNginx(appPort: number, proxyPort: number): Promise<Nginx> {
  const binary = ["/usr/sbin/nginx", "/usr/local/sbin/nginx"].find((p) => existsSync(p));
  if (!binary) throw new Error("nginx is not installed (apt-get install nginx-light)");
  const dir = mkdtempSync(path.join(os.tmpdir(), "pressroom-nginx-"));
  // Started as root, nginx's workers run as an unprivileged user: they must write the cache and temp files.
  chmodSync(dir, 0o777);
  for (const sub of ["client_body", "proxy_temp"]) mkdirSync(path.join(dir, sub), { mode: 0o777 });
  for (const sub of ["client_body", "proxy_temp"]) chmodSync(path.join(dir, sub), 0o777);
  const proxyConf = path.join(dir, "pressroom.conf");
  writeFileSync(proxyConf, substitutedProxyConfig(readFileSync(SHIPPED_CONFIG, "utf8"), { appPort, proxyPort, dir }));
  const mainConf = path.join(dir, "nginx.conf");
  writeFileSync(
    mainConf,
    `daemon off;
worker_processes 1;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path ${path.join(dir, "client_body")};
    proxy_temp_path ${path.join(dir, "proxy_temp")};
    fastcgi_temp_path ${path.join(dir, "fastcgi_temp")};
    uwsgi_temp_path ${path.join(dir, "uwsgi_temp")};
    scgi_temp_path ${path.join(dir, "scgi_temp")};
    include ${proxyConf};
}
`,
  );
  const args = ["-p", dir, "-c", mainConf];
  execFileSync(binary, ["-t", "-q", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const child = spawn(binary, args, { cwd: dir, stdio: "ignore" });
  let running = true;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      running = false;
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${proxyPort}`;
  for (let i = 0; ; i++) {
    // An nginx that could not bind exits: another one on the port would answer in its place.
    if (!running) throw new Error(`nginx exited:\n${readFileSync(path.join(dir, "error.log"), "utf8")}`);
    try {
      await fetch(`${url}/api/health`);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx did not start:\n${readFileSync(path.join(dir, "error.log"), "utf8")}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    accessLog: () => {
      const file = path.join(dir, "proxy-access.log");
      return existsSync(file) ? readFileSync(file, "utf8") : "";
    },
    async stop() {
      child.kill("SIGQUIT");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
