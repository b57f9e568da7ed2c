// Offline Prisma workaround 3 of 3 (see prisma/cli.ts): the WASM schema engine arms a long timer
// (and pg's pool an idle timer) that keeps the CLI process alive ~60 s after its work is done.
// Preloaded with `node -r`, this lets Node exit once only such long timers remain.
const original = global.setTimeout;
global.setTimeout = function patchedSetTimeout(fn, ms, ...args) {
  const timer = original(fn, ms, ...args);
  if (typeof ms === "number" && ms >= 10_000 && timer && typeof timer.unref === "function") timer.unref();
  return timer;
};
