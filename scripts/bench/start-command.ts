// How the bench starts the app: as `npm start` does (package.json's "start" script, Node flags
// included, since they decide the memory the bench reports), but without npm and its shell in the
// process tree, whose memory and CPU are not the app's.
import path from "node:path";
import { bin, packageScript, root } from "../run";

export interface StartCommand {
  command: string;
  args: string[];
  /** The Node flags of the start script (or the override), for the report. */
  nodeFlags: string[];
  /** The variables the start script sets before the command (glibc's malloc settings), for the app and the report. */
  env: Record<string, string>;
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;

/**
 * Splits "VAR=1 node --flag=1 path/next start" into the variables set before the command, Node flags
 * and Next's arguments; "next start" has no flags.
 */
export function parseStartScript(script: string): {
  env: Record<string, string>;
  nodeFlags: string[];
  nextArgs: string[];
} {
  const all = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  let first = 0;
  for (let m = ASSIGNMENT.exec(all[0] ?? ""); m; m = ASSIGNMENT.exec(all[++first] ?? "")) env[m[1]!] = m[2]!;
  const words = all.slice(first);
  if (words[0] === "next") return { env, nodeFlags: [], nextArgs: words.slice(1) };
  if (words[0] !== "node") throw new Error(`The bench cannot start the app from "start": "${script}"`);
  const at = words.findIndex((w, i) => i > 0 && !w.startsWith("-"));
  if (at < 0) throw new Error(`No script in "start": "${script}"`);
  return { env, nodeFlags: words.slice(1, at), nextArgs: words.slice(at + 1) };
}

/** `override` (--node-flags) replaces the start script's Node flags, to compare settings. */
export function appStartCommand(override: string[] | null): StartCommand {
  const parsed = parseStartScript(packageScript("start"));
  const nodeFlags = override ?? parsed.nodeFlags;
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const env = parsed.env;
  if (nodeFlags.length === 0) return { command: bin("next"), args: parsed.nextArgs, nodeFlags, env };
  return { command: process.execPath, args: [...nodeFlags, next, ...parsed.nextArgs], nodeFlags, env };
}
