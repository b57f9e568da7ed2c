// How long `npm run dev` takes until it prints the sign-in line (the login page answered), on the
// embedded database (no DATABASE_URL): `npx tsx scripts/bench/dev-start.ts [--fresh] [--runs 3] [--port 3000]`.
// --fresh deletes .data/ (the embedded database) and .next/ (Next's compile cache) before each run,
// as after a fresh clone and install; without it each run is a later start of the same checkout.
// --verbose prints the start's output with the time of each line. Prints each run, the median and the load average (the machine may be shared: read both).
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { root } from "../run";

const { values } = parseArgs({
  options: {
    fresh: { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    port: { type: "string", default: "3000" },
    verbose: { type: "boolean", default: false },
    // Seconds the app keeps running after answering, as in real use: Next writes its compile cache
    // to .next/ while idle, and a start stopped at once would leave the next one a cold cache.
    idle: { type: "string", default: "30" },
  },
});
const port = values.port;

async function once(): Promise<number> {
  if (values.fresh) {
    rmSync(path.join(root, ".data", "pglite"), { recursive: true, force: true });
    rmSync(path.join(root, ".next"), { recursive: true, force: true });
  }
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: port };
  delete env.DATABASE_URL;
  const started = Date.now();
  // Its own process group, so the whole tree (npm, tsx, next and its workers) stops together.
  const child = spawn("npm", ["run", "dev"], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    if (values.verbose) {
      const at = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
      for (const line of text.split("\n")) if (line.trim()) console.log(`${at} s  ${line}`);
    }
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  // The start is over when it prints the sign-in line, which comes once the login page answered.
  let elapsed = NaN;
  while (!gone && Date.now() - started < 300_000) {
    if (/sign in at http/.test(output)) {
      elapsed = Date.now() - started;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!Number.isNaN(elapsed)) await new Promise((resolve) => setTimeout(resolve, Number(values.idle) * 1000));
  process.kill(-child.pid!, "SIGINT");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (!gone) process.kill(-child.pid!, "SIGKILL");
  if (Number.isNaN(elapsed)) throw new Error(`npm run dev did not answer:\n${output}`);
  return elapsed;
}

async function main() {
  const times: number[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const load = os.loadavg()[0]!.toFixed(2);
    const ms = await once();
    times.push(ms);
    console.log(`run ${i + 1}: ${(ms / 1000).toFixed(1)} s (load average before: ${load})`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(
    `${values.fresh ? "first start (fresh .data/ and .next/)" : "later start"}: median ${(median / 1000).toFixed(1)} s ` +
      `of ${times.length}, load average now ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
