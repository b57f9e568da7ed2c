// The bench's phases: each step is logged with the time since the start, and its wall time and the
// load average when it began are kept for the results file (the machine is shared, so a slow phase
// should be read beside the load it ran under).
import os from "node:os";
import { stopRequested } from "./cleanup";

export interface Phase {
  name: string;
  seconds: number;
  /** 1-minute load average when the phase began. */
  loadAtStart: number;
}

export function createStepper(log: (line: string) => void) {
  const t0 = Date.now();
  const phases: Array<{ name: string; startedAt: number; loadAtStart: number }> = [];
  const step = (name: string) => {
    if (stopRequested()) throw new Error("interrupted");
    const now = Date.now();
    phases.push({ name, startedAt: now, loadAtStart: os.loadavg()[0] ?? 0 });
    log(`\n=== ${name} (${((now - t0) / 1000).toFixed(0)} s)`);
  };
  /** Every phase so far with its wall time (the last one up to now). */
  const done = (): Phase[] =>
    phases.map((p, i) => ({
      name: p.name,
      seconds: ((phases[i + 1]?.startedAt ?? Date.now()) - p.startedAt) / 1000,
      loadAtStart: p.loadAtStart,
    }));
  return { step, phases: done };
}
