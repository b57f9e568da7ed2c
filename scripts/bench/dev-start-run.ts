// Issue 17's `npm run dev` row, inside `npm run bench`: runs scripts/bench/dev-start.ts twice, once
// with --fresh (no .data/, no .next/: as after a clone and install) and once as a later start, and
// reads the time until the sign-in line. --fresh deletes .next/, so this runs only after the bench's
// production server has stopped, as the last phase (a later `npm run bench -- --no-build` needs a
// build again).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { bin, root } from "../run";

export interface DevStartResult {
  firstSeconds: number;
  laterSeconds: number;
  port: number;
}

function once(env: NodeJS.ProcessEnv, port: number, fresh: boolean, log: (line: string) => void): number {
  const args = [path.join(root, "scripts", "bench", "dev-start.ts"), "--runs", "1", "--port", String(port)];
  const output = execFileSync(bin("tsx"), fresh ? [...args, "--fresh"] : args, {
    cwd: root,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    timeout: 420_000,
  });
  for (const line of output.trim().split("\n")) log(`  ${line}`);
  const m = /median ([\d.]+) s/.exec(output);
  if (!m) throw new Error(`dev-start.ts printed no median:\n${output}`);
  return Number(m[1]);
}

export function measureDevStart(o: {
  env: NodeJS.ProcessEnv;
  port: number;
  log: (line: string) => void;
}): DevStartResult {
  // The bench's database and production settings are not the developer's: dev-start.ts drops
  // DATABASE_URL itself (the embedded database), NODE_ENV is not passed on.
  const env = Object.fromEntries(
    Object.entries(o.env).filter(([key]) => key !== "NODE_ENV" && key !== "MEDIA_DIR"),
  ) as NodeJS.ProcessEnv;
  const firstSeconds = once(env, o.port, true, o.log);
  const laterSeconds = once(env, o.port, false, o.log);
  return { firstSeconds, laterSeconds, port: o.port };
}
