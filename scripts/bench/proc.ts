// Server CPU and memory from /proc (Linux): utime + stime of a process tree, and its RSS.
// `next start` runs the actual server in a child process and nginx serves from its workers, so a
// process is always measured together with all its descendants.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

let ticksPerSecond: number | undefined;

/** USER_HZ: the unit of utime/stime in /proc/<pid>/stat (100 on every common kernel). */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

interface Stat {
  pid: number;
  ppid: number;
  /** utime + stime in ms. */
  cpuMs: number;
  rssBytes: number;
}

const PAGE_SIZE = 4096;

function readStat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may contain spaces: fields start after the last ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15, rss 24.
    const ppid = Number(fields[1]);
    const ticks = Number(fields[11]) + Number(fields[12]);
    const rssPages = Number(fields[21]);
    return { pid, ppid, cpuMs: (ticks * 1000) / clockTicks(), rssBytes: rssPages * PAGE_SIZE };
  } catch {
    return null; // the process ended meanwhile
  }
}

function allPids(): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/** The process and all its descendants (alive now). */
export function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const pid of allPids()) {
    const stat = readStat(pid);
    if (!stat) continue;
    const list = children.get(stat.ppid) ?? [];
    list.push(pid);
    children.set(stat.ppid, list);
  }
  const tree: number[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Per-pid CPU ms of a set of processes, to diff later (a pid that appeared meanwhile counts from 0). */
export type CpuSnapshot = Map<number, number>;

export function cpuSnapshot(pids: number[]): CpuSnapshot {
  const snap: CpuSnapshot = new Map();
  for (const pid of pids) {
    const stat = readStat(pid);
    if (stat) snap.set(pid, stat.cpuMs);
  }
  return snap;
}

/** CPU ms spent between two snapshots, by the processes alive at the second one. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** Resident memory of each process of the tree. */
export function rssOf(pids: number[]): Array<{ pid: number; command: string; rssBytes: number }> {
  return pids.flatMap((pid) => {
    const stat = readStat(pid);
    if (!stat) return [];
    return [{ pid, command: commandLine(pid), rssBytes: stat.rssBytes }];
  });
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
  } catch {
    return "";
  }
}

/**
 * PostgreSQL backends serving one database: their command line is "postgres: user db host(port) state",
 * with the cluster name after "postgres:" when one is set (Debian: "postgres: 15/main: user db …").
 * The app's pool keeps them open, so a before/after diff captures the database's share of a request.
 */
export function postgresBackends(database: string): number[] {
  return allPids().filter((pid) => {
    const cmd = commandLine(pid);
    return /^postgres: (?:\S+: )?\S+ (\S+) /.exec(cmd)?.[1] === database;
  });
}
