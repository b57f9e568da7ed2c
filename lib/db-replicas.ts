// Which PostgreSQL streaming replica may serve public reads right now (DATABASE_REPLICA_URL), and the
// wait after a public change that keeps "publish → visible" true with replicas. No pg, Prisma or env
// here: lib/db.ts hands in the clients and the probes, the unit tests hand in fakes.
//
// Why routing of our own rather than @prisma/extension-read-replicas: that extension sends every
// model read of the client to a random replica (editor pages too, so an editor would not always read
// their own writes) but $queryRaw — most of the public reads here (search, facets, sitemaps) — to the
// primary; with driver adapters it needs one client per replica anyway; and it neither checks a
// replica's health or lag nor falls back to the primary. Here only the public DAL reads through a
// replica (lib/dal/public/replica-read.ts), and only while the replica is reachable and close behind.

/** A WAL position ("16/B374D848") as one comparable number. */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text.trim());
  if (!match) throw new Error(`not a WAL position: ${text}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

/** What a replica answered: whether it is still a standby and how far it has replayed the WAL. */
export interface ReplicaProbe {
  inRecovery: boolean;
  /** null: nothing replayed yet (a standby that has just started). */
  replayLsn: bigint | null;
  /**
   * While WAL it has received is still waiting to be replayed: how old the last replayed commit is
   * (now() − pg_last_xact_replay_timestamp()), else 0. Catches a replica busy replaying.
   */
  replayDelayMs: number;
}

/** The primary's flushed WAL position, and when this instance first saw it. */
export interface PrimarySample {
  at: number;
  lsn: bigint;
}

export type ReplicaVerdict = { usable: true; lagMs: number } | { usable: false; reason: string };

/**
 * May this replica serve public reads? Not when it cannot be reached, is no longer a standby (promoted:
 * its data has parted from DATABASE_URL's), has not replayed the last public change this instance made
 * (`barrier`), or is missing WAL the primary had `maxLagMs` ago, or is that far behind in replaying
 * what it has received. The lag is measured against the primary's WAL as this instance saw it over
 * time, not by the age of the last replayed commit alone, so a quiet primary does not make an
 * up-to-date replica look old.
 */
export function judgeReplica(
  probe: ReplicaProbe | Error,
  primary: readonly PrimarySample[],
  barrier: bigint,
  now: number,
  maxLagMs: number,
): ReplicaVerdict {
  if (probe instanceof Error) return { usable: false, reason: `unreachable: ${probe.message}` };
  if (!probe.inRecovery)
    return { usable: false, reason: "not a standby (promoted?): its data may differ from the primary's" };
  const replayed = probe.replayLsn;
  if (replayed === null) return { usable: false, reason: "has replayed no WAL yet" };
  if (replayed < barrier) return { usable: false, reason: "has not replayed the last public change yet" };
  // The oldest primary position the replica has not reached: its data is older than that moment.
  const missing = primary.find((sample) => sample.lsn > replayed);
  const lagMs = Math.max(missing ? now - missing.at : 0, probe.replayDelayMs, 0);
  if (lagMs > maxLagMs) return { usable: false, reason: `lags the primary by more than ${Math.round(lagMs / 1000)} s` };
  return { usable: true, lagMs };
}

/**
 * Adds the primary's position to the samples (only when it moved: the first time a position was seen
 * is what the lag is measured from) and forgets samples older than the window the verdict needs.
 */
export function addPrimarySample(
  samples: readonly PrimarySample[],
  sample: PrimarySample,
  keepMs: number,
): PrimarySample[] {
  const last = samples[samples.length - 1];
  const kept = samples.filter((s) => sample.at - s.at <= keepMs);
  if (last && last.lsn >= sample.lsn) return kept.length > 0 ? kept : [last];
  return [...kept, sample];
}

export interface Replica<C> {
  /** host:port/database, for log lines (never the password). */
  name: string;
  client: C;
  probe(): Promise<ReplicaProbe>;
}

export interface ReplicaSetOptions {
  /** The primary's flushed WAL position (pg_current_wal_flush_lsn()). */
  primaryLsn(): Promise<bigint>;
  maxLagMs: number;
  /** A replica's state is looked at again, on the next public read, after this long. */
  checkEveryMs?: number;
  /** A probe without an answer after this long counts as a failure. */
  probeTimeoutMs?: number;
  now?: () => number;
  log(level: "info" | "warn", msg: string, fields: Record<string, unknown>): void;
}

interface ReplicaState {
  verdict: ReplicaVerdict | undefined;
  /** Checks in a row whose probe got no answer in time (see runCheck). */
  lateProbes: number;
}

/** A probe that got no answer in time: unlike a refused connection, it says nothing certain. */
class NoAnswerInTime extends Error {}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new NoAnswerInTime(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The replicas of one app instance and what it last learnt about each. */
export class ReplicaSet<C> {
  private readonly states: ReplicaState[];
  private samples: PrimarySample[] = [];
  private barrier = 0n;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private checking: Promise<void> | undefined;
  private next = 0;
  private readonly checkEveryMs: number;
  private readonly probeTimeoutMs: number;
  private readonly now: () => number;

  constructor(
    readonly replicas: ReadonlyArray<Replica<C>>,
    private readonly options: ReplicaSetOptions,
  ) {
    this.states = replicas.map(() => ({ verdict: undefined, lateProbes: 0 }));
    this.checkEveryMs = options.checkEveryMs ?? 1_000;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 1_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * A usable replica (in turn), or undefined: read the primary. Never waits: it answers from what the
   * last check found, and starts a new check in the background when that one is old. Until the first
   * check has answered, reads go to the primary.
   */
  pick(): Replica<C> | undefined {
    if (this.now() - this.checkedAt >= this.checkEveryMs) void this.check();
    const usable = this.replicas.filter((_, i) => this.states[i]!.verdict?.usable === true);
    if (usable.length === 0) return undefined;
    this.next = (this.next + 1) % usable.length;
    return usable[this.next];
  }

  /** A read on this replica failed: until the next check says otherwise, reads go elsewhere. */
  readFailed(replica: Replica<C>, error: unknown, unreachable: boolean): void {
    const message = error instanceof Error ? error.message : String(error);
    if (unreachable) this.judge(replica, { usable: false, reason: `unreachable: ${message}` });
    else
      this.options.log("warn", "public read failed on a replica, read again from the primary", {
        replica: replica.name,
        reason: message,
      });
  }

  /** Looks at the primary's WAL position and at every replica once (one check at a time). */
  check(): Promise<void> {
    this.checking ??= this.runCheck().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private async runCheck(): Promise<void> {
    this.checkedAt = this.now();
    try {
      const lsn = await withTimeout(this.options.primaryLsn(), this.probeTimeoutMs);
      this.samples = addPrimarySample(this.samples, { at: this.now(), lsn }, 2 * this.options.maxLagMs);
    } catch {
      // The primary is down: the lag cannot be measured, the replicas' own answers still count.
    }
    await Promise.all(
      this.replicas.map(async (replica, i) => {
        const probe = await withTimeout(replica.probe(), this.probeTimeoutMs).catch((error: Error) => error);
        // One late answer from a serving replica is a busy machine more often than an outage (a clean-run
        // failure of 7 December): it keeps serving until the next check, and is skipped if that one gets
        // no answer either. A read that fails on it still skips it at once (readFailed), and a refused
        // connection is judged at once.
        const state = this.states[i]!;
        state.lateProbes = probe instanceof NoAnswerInTime ? state.lateProbes + 1 : 0;
        if (state.lateProbes === 1 && state.verdict?.usable === true) return;
        this.judge(replica, judgeReplica(probe, this.samples, this.barrier, this.now(), this.options.maxLagMs));
      }),
    );
  }

  private judge(replica: Replica<C>, verdict: ReplicaVerdict): void {
    const state = this.states[this.replicas.indexOf(replica)]!;
    const was = state.verdict;
    state.verdict = verdict;
    // One line per change of state, not one per check.
    if (!verdict.usable && was?.usable !== false) {
      this.options.log("warn", "replica skipped: public reads go to the primary", {
        replica: replica.name,
        reason: verdict.reason,
      });
    } else if (verdict.usable && was?.usable !== true) {
      this.options.log("info", "replica serves public reads", { replica: replica.name, lagMs: verdict.lagMs });
    }
  }

  /**
   * Call after a commit readers will see, before dropping the reader cache: waits (at most `timeoutMs`)
   * until every usable replica has replayed the primary's WAL up to now, so the cache cannot be filled
   * again from a replica that lacks the change. A replica that is not there in time is skipped until it
   * is. Never throws. Answers how long it waited and which replicas were left behind.
   */
  async waitForReplay(timeoutMs: number): Promise<{ waitedMs: number; behind: string[] }> {
    const started = this.now();
    let lsn: bigint;
    try {
      lsn = await withTimeout(this.options.primaryLsn(), timeoutMs);
    } catch {
      return { waitedMs: this.now() - started, behind: [] };
    }
    if (lsn > this.barrier) this.barrier = lsn;
    const behind: string[] = [];
    await Promise.all(
      this.replicas.map(async (replica, i) => {
        if (this.states[i]!.verdict?.usable !== true) return;
        for (;;) {
          const left = timeoutMs - (this.now() - started);
          const probe = await withTimeout(replica.probe(), Math.max(1, Math.min(left, this.probeTimeoutMs))).catch(
            (error: Error) => error,
          );
          const caughtUp = !(probe instanceof Error) && probe.replayLsn !== null && probe.replayLsn >= lsn;
          if (caughtUp) return;
          // A late answer is asked again while the wait has time left; a refused one ends the wait.
          const failed = probe instanceof Error && !(probe instanceof NoAnswerInTime);
          if (failed || this.now() - started >= timeoutMs) {
            behind.push(replica.name);
            this.judge(replica, judgeReplica(probe, this.samples, this.barrier, this.now(), this.options.maxLagMs));
            return;
          }
          await pause(5);
        }
      }),
    );
    return { waitedMs: this.now() - started, behind };
  }
}
