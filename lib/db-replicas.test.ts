import { describe, expect, it } from "vitest";
import { addPrimarySample, judgeReplica, parseLsn, ReplicaSet, type Replica, type ReplicaProbe } from "./db-replicas";

const standby = (replayLsn: bigint | null, replayDelayMs = 0): ReplicaProbe => ({
  inRecovery: true,
  replayLsn,
  replayDelayMs,
});

describe("parseLsn", () => {
  it("orders WAL positions as PostgreSQL does, across the 32-bit boundary", () => {
    expect(parseLsn("0/16B3748")).toBe(0x16b3748n);
    expect(parseLsn("1/0")).toBeGreaterThan(parseLsn("0/FFFFFFFF"));
    expect(parseLsn("16/B374D848")).toBe((0x16n << 32n) | 0xb374d848n);
    expect(() => parseLsn("not a position")).toThrow(/not a WAL position/);
  });
});

describe("judgeReplica", () => {
  const maxLagMs = 5_000;

  it("skips a replica that cannot be reached, was promoted, or has replayed nothing", () => {
    expect(judgeReplica(new Error("connect ECONNREFUSED"), [], 0n, 0, maxLagMs)).toEqual({
      usable: false,
      reason: "unreachable: connect ECONNREFUSED",
    });
    expect(judgeReplica({ inRecovery: false, replayLsn: null, replayDelayMs: 0 }, [], 0n, 0, maxLagMs)).toMatchObject({
      usable: false,
      reason: expect.stringMatching(/not a standby/),
    });
    expect(judgeReplica(standby(null), [], 0n, 0, maxLagMs)).toMatchObject({ usable: false });
  });

  it("skips a replica that has not replayed the last public change of this instance", () => {
    expect(judgeReplica(standby(99n), [], 100n, 0, maxLagMs)).toEqual({
      usable: false,
      reason: "has not replayed the last public change yet",
    });
    expect(judgeReplica(standby(100n), [], 100n, 0, maxLagMs)).toEqual({ usable: true, lagMs: 0 });
  });

  it("measures the lag from the first time the primary had WAL the replica lacks", () => {
    const primary = [
      { at: 1_000, lsn: 100n },
      { at: 3_000, lsn: 200n },
      { at: 9_000, lsn: 300n },
    ];
    // Has everything up to 200: it lacks only what the primary wrote at 9 s.
    expect(judgeReplica(standby(200n), primary, 0n, 10_000, maxLagMs)).toEqual({ usable: true, lagMs: 1_000 });
    // Lacks what the primary had at 3 s: 7 s behind.
    expect(judgeReplica(standby(150n), primary, 0n, 10_000, maxLagMs)).toEqual({
      usable: false,
      reason: "lags the primary by more than 7 s",
    });
  });

  it("does not call a replica of a quiet primary old", () => {
    // The primary wrote its last WAL an hour ago; the replica has it.
    expect(judgeReplica(standby(300n), [{ at: 0, lsn: 300n }], 0n, 3_600_000, maxLagMs)).toEqual({
      usable: true,
      lagMs: 0,
    });
  });

  it("skips a replica that is far behind replaying what it has received", () => {
    expect(judgeReplica(standby(300n, 12_000), [], 0n, 0, maxLagMs)).toMatchObject({ usable: false });
  });
});

describe("addPrimarySample", () => {
  it("keeps the first time a position was seen, and forgets what the verdict no longer needs", () => {
    let samples = addPrimarySample([], { at: 0, lsn: 100n }, 10_000);
    samples = addPrimarySample(samples, { at: 1_000, lsn: 100n }, 10_000);
    expect(samples).toEqual([{ at: 0, lsn: 100n }]);
    samples = addPrimarySample(samples, { at: 2_000, lsn: 200n }, 10_000);
    samples = addPrimarySample(samples, { at: 11_000, lsn: 300n }, 10_000);
    expect(samples).toEqual([
      { at: 2_000, lsn: 200n },
      { at: 11_000, lsn: 300n },
    ]);
    // A quiet primary: the last position stays, however old.
    expect(addPrimarySample(samples, { at: 99_000, lsn: 300n }, 10_000)).toEqual([{ at: 11_000, lsn: 300n }]);
  });
});

/** A replica whose answers the test sets. */
function fakeReplica(name: string) {
  const state: { answer: ReplicaProbe | Error } = { answer: standby(0n) };
  const replica: Replica<string> = {
    name,
    client: name,
    probe: () => (state.answer instanceof Error ? Promise.reject(state.answer) : Promise.resolve(state.answer)),
  };
  return { replica, state };
}

function setUp(primaryAt: { lsn: bigint | Error }, clock = { now: 0 }, ...names: string[]) {
  const fakes = names.map(fakeReplica);
  const logs: string[] = [];
  const set = new ReplicaSet(
    fakes.map((f) => f.replica),
    {
      primaryLsn: () =>
        primaryAt.lsn instanceof Error ? Promise.reject(primaryAt.lsn) : Promise.resolve(primaryAt.lsn),
      maxLagMs: 5_000,
      checkEveryMs: 1_000,
      now: () => clock.now,
      log: (level, msg, fields) => logs.push(`${level} ${msg} ${String(fields.replica)}`),
    },
  );
  return { set, fakes, logs, clock };
}

describe("ReplicaSet", () => {
  it("reads the primary until a replica has been checked, then takes the healthy replicas in turn", async () => {
    const { set, fakes } = setUp({ lsn: 10n }, { now: 0 }, "a", "b");
    fakes.forEach((f) => (f.state.answer = standby(10n)));
    expect(set.pick()).toBeUndefined();
    await set.check();
    const picked = [set.pick(), set.pick(), set.pick(), set.pick()].map((r) => r?.name);
    expect(new Set(picked)).toEqual(new Set(["a", "b"]));
    expect(picked[0]).not.toBe(picked[1]);
  });

  it("skips a replica that went down, with one log line, and takes it back when it answers again", async () => {
    const { set, fakes, logs, clock } = setUp({ lsn: 10n }, { now: 0 }, "a", "b");
    fakes.forEach((f) => (f.state.answer = standby(10n)));
    await set.check();
    fakes[0]!.state.answer = new Error("connect ECONNREFUSED 127.0.0.1:5499");
    clock.now = 1_000;
    await set.check();
    clock.now = 2_000;
    await set.check();
    expect([set.pick(), set.pick()].map((r) => r?.name)).toEqual(["b", "b"]);
    expect(logs.filter((line) => line.startsWith("warn"))).toEqual([
      "warn replica skipped: public reads go to the primary a",
    ]);

    fakes[0]!.state.answer = standby(10n);
    clock.now = 3_000;
    await set.check();
    expect(new Set([set.pick(), set.pick()].map((r) => r?.name))).toEqual(new Set(["a", "b"]));
    expect(logs.at(-1)).toBe("info replica serves public reads a");
  });

  it("reads the primary when every replica is down or too far behind", async () => {
    const primary = { lsn: 10n };
    const { set, fakes, clock } = setUp(primary, { now: 0 }, "a", "b");
    fakes[0]!.state.answer = new Error("timeout expired");
    fakes[1]!.state.answer = standby(10n);
    await set.check();
    expect(set.pick()?.name).toBe("b");
    // The primary moves on; b stays where it was for longer than the bound.
    primary.lsn = 20n;
    clock.now = 1_000;
    await set.check();
    expect(set.pick()?.name).toBe("b");
    clock.now = 7_000;
    await set.check();
    expect(set.pick()).toBeUndefined();
  });

  it("a failed read on a replica that cannot be reached sends the next reads to the others", async () => {
    const { set, fakes } = setUp({ lsn: 10n }, { now: 0 }, "a", "b");
    fakes.forEach((f) => (f.state.answer = standby(10n)));
    await set.check();
    set.readFailed(fakes[0]!.replica, new Error("Connection terminated unexpectedly"), true);
    expect([set.pick(), set.pick()].map((r) => r?.name)).toEqual(["b", "b"]);
  });

  it("after a public change waits until the replicas have replayed it", async () => {
    const { set, fakes } = setUp({ lsn: 10n }, { now: 0 }, "a");
    fakes[0]!.state.answer = standby(10n);
    await set.check();
    const primary = { lsn: 50n };
    const waiting = new ReplicaSet([fakes[0]!.replica], {
      primaryLsn: () => Promise.resolve(primary.lsn),
      maxLagMs: 5_000,
      log: () => undefined,
    });
    await waiting.check();
    fakes[0]!.state.answer = standby(40n);
    let done = false;
    const result = waiting.waitForReplay(5_000).then((r) => {
      done = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(done).toBe(false);
    fakes[0]!.state.answer = standby(50n);
    expect((await result).behind).toEqual([]);
    expect(waiting.pick()?.name).toBe("a");
  });

  it("skips a replica that has not replayed a public change in time, until it has", async () => {
    const primary = { lsn: 50n };
    const fake = fakeReplica("slow");
    fake.state.answer = standby(10n);
    const set = new ReplicaSet([fake.replica], {
      primaryLsn: () => Promise.resolve(primary.lsn),
      maxLagMs: 60_000,
      log: () => undefined,
    });
    await set.check();
    expect(set.pick()?.name).toBe("slow");
    expect(await set.waitForReplay(50)).toMatchObject({ behind: ["slow"] });
    expect(set.pick()).toBeUndefined();
    await set.check();
    expect(set.pick()).toBeUndefined();
    fake.state.answer = standby(50n);
    await set.check();
    expect(set.pick()?.name).toBe("slow");
  });

  it("does not wait when the primary cannot say where its WAL is", async () => {
    const { set, fakes } = setUp({ lsn: new Error("connect ECONNREFUSED") }, { now: 0 }, "a");
    fakes[0]!.state.answer = standby(10n);
    expect(await set.waitForReplay(5_000)).toEqual({ waitedMs: 0, behind: [] });
  });
});

// e2e/replica.spec.ts failed in a clean-clone CI of 7 December: on a loaded machine one health probe of a
// serving replica got no answer within its second, so the replica was skipped as unreachable (and a
// publish then left it out of its wait), though it answered every read. One late answer is not an
// outage: a refused connection or a failed read still is.
describe("ReplicaSet: a probe that answers late", () => {
  /** A replica whose probe, while `silent`, never answers (a loaded machine, a dropped packet). */
  function lateReplica() {
    const state = { silent: false, answer: standby(10n) };
    const replica: Replica<string> = {
      name: "late",
      client: "late",
      probe: () => (state.silent ? new Promise<ReplicaProbe>(() => undefined) : Promise.resolve(state.answer)),
    };
    return { replica, state };
  }

  function lateSet(primary = { lsn: 10n }) {
    const late = lateReplica();
    const logs: string[] = [];
    const set = new ReplicaSet([late.replica], {
      primaryLsn: () => Promise.resolve(primary.lsn),
      maxLagMs: 60_000,
      checkEveryMs: 0,
      probeTimeoutMs: 20,
      log: (level, msg) => logs.push(`${level} ${msg}`),
    });
    return { set, late, logs };
  }

  it("keeps a serving replica through one probe without an answer, and skips it after a second", async () => {
    const { set, late, logs } = lateSet();
    await set.check();
    expect(set.pick()?.name).toBe("late");
    late.state.silent = true;
    await set.check();
    expect(set.pick()?.name).toBe("late");
    expect(logs.filter((line) => line.startsWith("warn"))).toEqual([]);
    await set.check();
    expect(set.pick()).toBeUndefined();
    expect(logs.at(-1)).toBe("warn replica skipped: public reads go to the primary");
  });

  it("counts only late answers in a row: one that comes in between starts the count again", async () => {
    const { set, late } = lateSet();
    await set.check();
    for (let round = 0; round < 3; round++) {
      late.state.silent = true;
      await set.check();
      late.state.silent = false;
      await set.check();
    }
    late.state.silent = true;
    await set.check();
    expect(set.pick()?.name).toBe("late");
  });

  it("does not take back a replica that never answered, nor forgive a refused connection", async () => {
    const never = lateSet();
    never.late.state.silent = true;
    await never.set.check();
    expect(never.set.pick()).toBeUndefined();

    const { set, fakes } = setUp({ lsn: 10n }, { now: 0 }, "a");
    fakes[0]!.state.answer = standby(10n);
    await set.check();
    fakes[0]!.state.answer = new Error("connect ECONNREFUSED 127.0.0.1:5499");
    await set.check();
    expect(set.pick()).toBeUndefined();
  });

  it("after a public change asks a replica again when a probe answers late, within the wait's time", async () => {
    const primary = { lsn: 10n };
    const { set, late } = lateSet(primary);
    await set.check();
    primary.lsn = 50n;
    late.state.silent = true;
    setTimeout(() => {
      late.state.silent = false;
      late.state.answer = standby(50n);
    }, 30);
    expect(await set.waitForReplay(1_000)).toMatchObject({ behind: [] });
    expect(set.pick()?.name).toBe("late");
  });
});
