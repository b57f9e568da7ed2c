// Preloaded into an app instance (NODE_OPTIONS=--require) with PRESSROOM_WALL_CLOCK_AHEAD_MS=N: Date.now()
// runs N ms ahead of performance.timeOrigin + performance.now(). That is the state of a server whose
// machine was paused and had its wall clock set right when it resumed (a virtual machine snapshotted
// or migrated, NTP stepping a clock that was behind): the monotonic clock behind performance.now()
// does not count the pause, so from then on the two disagree by its length. Required without the
// variable, it changes nothing. Test code only.
const ahead = Number(process.env.PRESSROOM_WALL_CLOCK_AHEAD_MS ?? 0);

// So a spec can tell the preload was in place (one that silently failed would prove nothing).
const WALL_CLOCK_MARK = "pressroom-e2e wall clock ahead";

if (ahead > 0) {
  const now = Date.now;
  Date.now = () => now() + ahead;
  process.stderr.write(`${WALL_CLOCK_MARK} by ${ahead} ms (pid ${process.pid})\n`);
}

module.exports = { WALL_CLOCK_MARK };
