// How the bench starts the app: as `npm start` does (package.json's "start" script, Node flags
// included, since they decide the memory the bench reports), but without npm and its shell in the
// process tree, whose memory and CPU are not the app's.
import { readFileSync } from "node:fs";
import path from "node:path";
import { bin, root } from "../run";

export interface StartCommand {
  command: string;
  args: string[];
  /** The Node flags of the start script (or the override), for the report. */
  nodeFlags: string[];
}

/** Splits "node --flag=1 path/next start" into Node flags and Next's arguments; "next start" has no flags. */
export function parseStartScript(script: string): { nodeFlags: string[]; nextArgs: string[] } {
  const words = script.trim().split(/\s+/);
  if (words[0] === "next") return { nodeFlags: [], nextArgs: words.slice(1) };
  if (words[0] !== "node") throw new Error(`The bench cannot start the app from "start": "${script}"`);
  const at = words.findIndex((w, i) => i > 0 && !w.startsWith("-"));
  if (at < 0) throw new Error(`No script in "start": "${script}"`);
  return { nodeFlags: words.slice(1, at), nextArgs: words.slice(at + 1) };
}

/** `override` (--node-flags) replaces the start script's Node flags, to compare settings. */
export function appStartCommand(override: string[] | null): StartCommand {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: { start: string } };
  const parsed = parseStartScript(pkg.scripts.start);
  const nodeFlags = override ?? parsed.nodeFlags;
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  if (nodeFlags.length === 0) return { command: bin("next"), args: parsed.nextArgs, nodeFlags };
  return { command: process.execPath, args: [...nodeFlags, next, ...parsed.nextArgs], nodeFlags };
}
