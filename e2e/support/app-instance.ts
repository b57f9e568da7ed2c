// Starts another instance of the built app (the one `next build` made) from a test, with its own
// port and environment: a second instance behind the same database or cache, one whose database
// goes through a TCP proxy, one to send SIGTERM to. Test code only.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface AppExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface AppInstance {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  readonly port: number;
  readonly process: ChildProcess;
  /** Everything the instance wrote so far (stdout and stderr), in order. */
  output(): string;
  /** The JSON log lines the instance wrote so far (lib/log.ts), parsed. */
  logs(): Array<Record<string, unknown>>;
  /** Resolves when the process has exited. */
  readonly exited: Promise<AppExit>;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. Resolves with how it exited. */
  stop(graceMs?: number): Promise<AppExit>;
}

export interface StartAppOptions {
  port: number;
  /** Added to (and overriding) the test process's environment and the defaults below. */
  env?: Record<string, string | undefined>;
  /** A path answering 200 once the instance can serve (default /login, as playwright.config.ts). */
  readyPath?: string;
  timeoutMs?: number;
}

const ROOT = path.resolve(__dirname, "..", "..");

export async function startApp({
  port,
  env = {},
  readyPath = "/login",
  timeoutMs = 120_000,
}: StartAppOptions): Promise<AppInstance> {
  const url = `http://127.0.0.1:${port}`;
  // Something already answering here would pass the readiness check below in this instance's place
  // (two workers running one spec's beforeAll start two instances on the same port).
  const taken = await fetch(url, { redirect: "manual" }).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`Port ${port} is already in use: another instance of this spec is running?`);
  const child = spawn(
    path.join(ROOT, "node_modules", ".bin", "next"),
    ["start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: ROOT,
      // The same defaults as the main test server (playwright.config.ts webServer.env), except the job
      // queue: an extra instance on the suite's database would take jobs of the main server's tests
      // (image variants, mail, webhooks) without their SMTP or network settings, and one stopped with
      // SIGKILL leaves the job it held locked for graphile-worker's 4 hours. A test that needs a worker
      // passes JOB_CONCURRENCY.
      env: {
        ...process.env,
        NEXTAUTH_URL: url,
        PRESSROOM_TEST_HOOKS: "1",
        SCHEDULER_INTERVAL_MS: "60000",
        JOB_CONCURRENCY: "0",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const chunks: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
  const exited = new Promise<AppExit>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const output = () => chunks.join("");
  const instance: AppInstance = {
    url,
    port,
    process: child,
    output,
    logs: () =>
      output()
        .split("\n")
        .flatMap((line) => {
          if (!line.startsWith("{")) return [];
          try {
            return [JSON.parse(line) as Record<string, unknown>];
          } catch {
            return [];
          }
        }),
    exited,
    async stop(graceMs = 15_000) {
      if (hasExited) return exited;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (hasExited) throw new Error(`The app on port ${port} exited while starting:\n${output()}`);
    try {
      const response = await fetch(`${url}${readyPath}`, { redirect: "manual" });
      if (response.status === 200) return instance;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await instance.stop(2_000);
      throw new Error(
        `The app on port ${port} did not answer 200 on ${readyPath} within ${timeoutMs} ms:\n${output()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
