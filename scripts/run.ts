// Small process helpers shared by the dev, test and bench scripts.
import { spawn, type SpawnOptions } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(__dirname, "..");
export const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

/**
 * Next's arguments for the production build, read from package.json's "build" script ("next build
 * --webpack"), so `npm test`, the bench and `npm run build` build the app the same way.
 */
export function nextBuildArgs(): string[] {
  const build = packageScript("build");
  const words = build.trim().split(/\s+/);
  if (words[0] !== "next" || words[1] !== "build") throw new Error(`"build" is not a next build: "${build}"`);
  return words.slice(1);
}

/** A script of package.json, as npm would run it (the bench starts the app as "start" does). */
export function packageScript(name: string): string {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const script = pkg.scripts[name];
  if (!script) throw new Error(`package.json has no "${name}" script`);
  return script;
}

/** Runs a command to completion, inheriting stdio; rejects with the command line on failure. */
export function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  options: SpawnOptions = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${[cmd, ...args].join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/**
 * Runs a command to completion with its output held back (for steps that run beside others, whose
 * output would interleave); resolves with that output, rejects with it on failure.
 */
export function runCaptured(
  cmd: string,
  args: string[],
  { env = process.env, signal }: { env?: NodeJS.ProcessEnv; signal?: AbortSignal } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, signal, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const output = Buffer.concat(chunks).toString();
      if (code === 0) resolve(output);
      else reject(new Error(`${output}\n${[cmd, ...args].join(" ")} failed (${signal ?? `exit ${code}`})`));
    });
  });
}
