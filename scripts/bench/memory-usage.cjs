// Preloaded into the app's Node processes by the bench's memory run (NODE_OPTIONS=--require …): once a
// second it appends the process's own view of its memory (V8 heap, memory outside the heap, RSS) to
// the file named by PRESSROOM_BENCH_MEMORY_LOG, so the report can say where the RSS goes. Not part of
// the app: production never loads it.
"use strict";
const fs = require("node:fs");

const file = process.env.PRESSROOM_BENCH_MEMORY_LOG;
if (file) {
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    const line = {
      pid: process.pid,
      at: Date.now(),
      rss: m.rss,
      heapTotal: m.heapTotal,
      heapUsed: m.heapUsed,
      external: m.external,
      arrayBuffers: m.arrayBuffers,
    };
    try {
      fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
    } catch {
      // the bench removed its folder: nothing left to report to
    }
  }, 1000);
  timer.unref();
}
