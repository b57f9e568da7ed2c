import "server-only";
import { db } from "../db";

// Storage of the sign-in rate limit (the policy is lib/auth/rate-limit.ts). Everything is timed by
// the database's clock, so every app process counts against the same clock.

// Two lock spaces (the first key of pg_advisory_xact_lock(int, int)), so an account and an address
// whose texts hash alike never share a lock.
const LOCK_SPACE_ACCOUNT = 0x5349_0001;
const LOCK_SPACE_IP = 0x5349_0002;

/** What the policy needs to know about one attempt's account, address and device. */
export interface AttemptCounts {
  /** The sliding window of the per-pair, per-address and per-device limits, in seconds. */
  windowSeconds: number;
  /** Most attempts one (account, address) pair may have in the window. */
  perPair: number;
  /** Most attempts one client address may have in the window, whatever the accounts. */
  perIp: number;
  /** Most attempts one known browser (device cookie) may have for its account in the window. */
  perDevice: number;
  /** How far back attempts without a device cookie count towards the account-wide delay. */
  accountWindowSeconds: number;
}

export interface AttemptFacts {
  dbNow: Date;
  /** The `perPair`-th newest attempt of this pair in the window, if there are that many. */
  pairOldest: Date | null;
  /** The `perIp`-th newest attempt from this address in the window, if there are that many. */
  ipOldest: Date | null;
  /** The `perDevice`-th newest attempt with this device in the window (null without a device). */
  deviceOldest: Date | null;
  /** Attempts on the account without a device cookie in the account window, and the newest of them. */
  accountAttempts: number;
  accountNewest: Date | null;
}

export type Reservation =
  | { status: "reserved"; id: bigint }
  /** Refused by the policy: nothing was recorded. */
  | { status: "limited"; retryAfterSeconds: number };

/**
 * Reads the counts the policy decides on and, when `decide` says 0 (no wait), records this attempt
 * BEFORE the password is checked, so a guess in flight already counts.
 *
 * Race-safe: the count and the insert run under transaction-scoped advisory locks on the account and
 * on the address, so of N guesses arriving at the same moment exactly as many as the limits allow get
 * through. The locks are taken in a fixed order (account, then address, in separate lock spaces),
 * so two attempts can never wait for each other in a cycle, and they are released at commit, before
 * the slow password check. Refused attempts are not recorded: they guessed nothing.
 */
export async function reserveSignInAttempt(
  attempt: { account: string; ip: string; device: string | null },
  counts: AttemptCounts,
  decide: (facts: AttemptFacts) => number,
): Promise<Reservation> {
  const { account, ip, device } = attempt;
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_SPACE_ACCOUNT}::int, hashtext(${account}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_SPACE_IP}::int, hashtext(${ip}))`;
    // "The limit-th newest attempt still in the window": if there is one, this attempt would be one
    // too many, and that limit lifts when it ages out. All use the (key, createdAt) indexes.
    const [found] = await tx.$queryRaw<AttemptFacts[]>`
      SELECT now() AS "dbNow",
        (SELECT "createdAt" FROM "SignInAttempt"
          WHERE account = ${account} AND ip = ${ip} AND "createdAt" > now() - make_interval(secs => ${counts.windowSeconds})
          ORDER BY "createdAt" DESC OFFSET ${counts.perPair - 1} LIMIT 1) AS "pairOldest",
        (SELECT "createdAt" FROM "SignInAttempt"
          WHERE ip = ${ip} AND "createdAt" > now() - make_interval(secs => ${counts.windowSeconds})
          ORDER BY "createdAt" DESC OFFSET ${counts.perIp - 1} LIMIT 1) AS "ipOldest",
        (SELECT "createdAt" FROM "SignInAttempt"
          WHERE account = ${account} AND device = ${device} AND "createdAt" > now() - make_interval(secs => ${counts.windowSeconds})
          ORDER BY "createdAt" DESC OFFSET ${counts.perDevice - 1} LIMIT 1) AS "deviceOldest",
        (SELECT count(*)::int FROM "SignInAttempt"
          WHERE account = ${account} AND device IS NULL AND "createdAt" > now() - make_interval(secs => ${counts.accountWindowSeconds})) AS "accountAttempts",
        (SELECT max("createdAt") FROM "SignInAttempt"
          WHERE account = ${account} AND device IS NULL AND "createdAt" > now() - make_interval(secs => ${counts.accountWindowSeconds})) AS "accountNewest"`;
    const retryAfterSeconds = decide(found!);
    if (retryAfterSeconds > 0) return { status: "limited" as const, retryAfterSeconds };
    const [row] = await tx.$queryRaw<Array<{ id: bigint }>>`
      INSERT INTO "SignInAttempt" (account, ip, device) VALUES (${account}, ${ip}, ${device}) RETURNING id`;
    return { status: "reserved" as const, id: row!.id };
  });
}

/**
 * A successful sign-in: its own attempt is no failure, and so are the earlier failures of the same
 * (account, address) pair and of the same known browser: the person is back. Failures on the account
 * from other addresses stay (an attacker's guesses are no less a threat because the owner signed
 * in), and so do the address's failures against other accounts (one valid account must not reset
 * the counter an attacker sprays other accounts' passwords against).
 */
export async function forgiveSignInAttempts(
  id: bigint,
  attempt: { account: string; ip: string; device: string | null },
): Promise<void> {
  const { account, ip, device } = attempt;
  await db()
    .$executeRaw`DELETE FROM "SignInAttempt" WHERE id = ${id} OR (account = ${account} AND (ip = ${ip} OR device = ${device}))`;
}

/** Deletes attempts too old to count for anything. */
export async function pruneSignInAttempts(olderThanSeconds: number): Promise<number> {
  return db()
    .$executeRaw`DELETE FROM "SignInAttempt" WHERE "createdAt" < now() - make_interval(secs => ${olderThanSeconds})`;
}
