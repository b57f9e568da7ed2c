// Long-running processes the bench starts (the app, nginx): each in its own process group so that
// stopping it stops its children too (`next start` serves from a child process), output to a log file.
import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import net from "node:net";
import { onCleanup } from "./cleanup";

export interface Service {
  name: string;
  pid: number;
  log: string;
  exited: boolean;
  stop(): Promise<void>;
  /** The last lines of its log (for error messages). */
  tail(lines?: number): string;
}

export function startService(
  name: string,
  cmd: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; log: string; stopSignal?: NodeJS.Signals },
): Service {
  const fd = openSync(options.log, "a");
  const child = spawn(cmd, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", fd, fd], detached: true });
  closeSync(fd);
  if (child.pid === undefined) throw new Error(`Could not start ${name} (${cmd})`);
  const pid = child.pid;
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  const tail = (lines = 30) => {
    try {
      return readFileSync(options.log, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
    } catch {
      return "";
    }
  };
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      if (!exited) {
        signalGroup(options.stopSignal ?? "SIGTERM");
        const killed = await Promise.race([
          exit.then(() => true),
          new Promise<boolean>((r) => setTimeout(() => r(false), 10_000)),
        ]);
        if (!killed) signalGroup("SIGKILL");
        await exit;
      }
      // Children that outlived their parent are still in the group.
      signalGroup("SIGKILL");
      undo();
    })());
  const undo = onCleanup(name, stop);
  return {
    name,
    pid,
    log: options.log,
    get exited() {
      return exited;
    },
    stop,
    tail,
  };
}

/** Polls a URL until it answers with one of `ok` statuses; fails early if the service died. */
export async function waitForHttp(
  url: string,
  service: Service,
  timeoutMs = 120_000,
  ok = (status: number) => status < 500,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    if (service.exited) throw new Error(`${service.name} exited before answering ${url}:\n${service.tail()}`);
    try {
      const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (ok(res.status)) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${service.name} did not answer ${url} within ${timeoutMs / 1000} s (${last}):\n${service.tail()}`);
}

/** Fails when something already listens on the port: the bench would otherwise measure that server. */
export function assertPortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", () =>
      reject(
        new Error(
          `Port ${port} (${what}) is in use: stop what listens there or choose another port (npm run bench -- --help).`,
        ),
      ),
    );
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}
