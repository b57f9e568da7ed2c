import "server-only";
import { db } from "../db";

// Storage of the sign-in rate limit (the policy is lib/auth/rate-limit.ts). Everything is timed by
// the database's clock, so every app process counts against the same clock.

// Two lock spaces (the first key of pg_advisory_xact_lock(int, int)), so an account and an address
// whose texts hash alike never share a lock.
const LOCK_SPACE_ACCOUNT = 0x5349_0001;
const LOCK_SPACE_IP = 0x5349_0002;

export interface AttemptLimits {
  /** Sliding window, in seconds. */
  windowSeconds: number;
  /** Most attempts one account may have in the window. */
  perAccount: number;
  /** Most attempts one client address may have in the window. */
  perIp: number;
}

export type Reservation =
  | { status: "reserved"; id: bigint }
  /** Over a limit: nothing was recorded; the limit lifts when the oldest counted attempt leaves the window. */
  | { status: "limited"; retryAfterSeconds: number };

/**
 * Counts the attempts (failed, or still being checked) in the window and, when there is room,
 * records this one BEFORE the password is checked, so a guess in flight already counts.
 *
 * Race-safe: the count and the insert run under transaction-scoped advisory locks on the account and
 * on the address, so of N guesses arriving at the same moment exactly as many as the limit allows get
 * through. The locks are taken in a fixed order (account, then address, in separate lock spaces),
 * so two attempts can never wait for each other in a cycle, and they are released at commit, before
 * the slow password check. Refused attempts are not recorded: they guessed nothing.
 */
export async function reserveSignInAttempt(account: string, ip: string, limits: AttemptLimits): Promise<Reservation> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_SPACE_ACCOUNT}::int, hashtext(${account}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_SPACE_IP}::int, hashtext(${ip}))`;
    // The limit-th newest attempt still in the window: if there is one, this attempt would be one too
    // many, and the limit lifts when that one ages out. Both use the (key, createdAt) indexes.
    const [found] = await tx.$queryRaw<Array<{ accountOldest: Date | null; ipOldest: Date | null; dbNow: Date }>>`
      SELECT now() AS "dbNow",
        (SELECT "createdAt" FROM "SignInAttempt"
          WHERE account = ${account} AND "createdAt" > now() - make_interval(secs => ${limits.windowSeconds})
          ORDER BY "createdAt" DESC OFFSET ${limits.perAccount - 1} LIMIT 1) AS "accountOldest",
        (SELECT "createdAt" FROM "SignInAttempt"
          WHERE ip = ${ip} AND "createdAt" > now() - make_interval(secs => ${limits.windowSeconds})
          ORDER BY "createdAt" DESC OFFSET ${limits.perIp - 1} LIMIT 1) AS "ipOldest"`;
    const oldest = [found?.accountOldest, found?.ipOldest].filter((d): d is Date => d instanceof Date);
    if (oldest.length > 0) {
      // Measured on the database's clock, like the window itself.
      const latest = Math.max(...oldest.map((d) => d.getTime()));
      const retryAfterSeconds = Math.max(
        1,
        Math.ceil((latest + limits.windowSeconds * 1000 - found!.dbNow.getTime()) / 1000),
      );
      return { status: "limited" as const, retryAfterSeconds };
    }
    const [row] = await tx.$queryRaw<Array<{ id: bigint }>>`
      INSERT INTO "SignInAttempt" (account, ip) VALUES (${account}, ${ip}) RETURNING id`;
    return { status: "reserved" as const, id: row!.id };
  });
}

/**
 * A successful sign-in: its own attempt is no failure, and the account's earlier failures are
 * forgiven. The address keeps its failures against other accounts (one valid account must not
 * reset the counter an attacker sprays other accounts' passwords against).
 */
export async function forgiveSignInAttempts(id: bigint, account: string): Promise<void> {
  await db().$executeRaw`DELETE FROM "SignInAttempt" WHERE id = ${id} OR account = ${account}`;
}

/** Deletes attempts too old to count for anything. */
export async function pruneSignInAttempts(olderThanSeconds: number): Promise<number> {
  return db()
    .$executeRaw`DELETE FROM "SignInAttempt" WHERE "createdAt" < now() - make_interval(secs => ${olderThanSeconds})`;
}
