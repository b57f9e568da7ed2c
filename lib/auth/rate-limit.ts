import "server-only";
import { createHash } from "node:crypto";
import {
  forgiveSignInAttempts,
  pruneSignInAttempts,
  reserveSignInAttempt,
  type AttemptCounts,
  type AttemptFacts,
} from "../dal/sign-in-attempts";

/**
 * The sign-in rate limit (issue 11.6, after OWASP's advice against account lockout), kept in
 * PostgreSQL so it holds across app processes (and with the embedded PGlite database of `npm run dev`):
 *
 * - **Per (account, address) pair**: 10 attempts in 15 minutes, then that pair waits until the oldest
 *   leaves the window (up to 15 minutes). This is what stops one client guessing one password.
 * - **Per address**: 30 attempts in 15 minutes whatever the accounts, against one client spraying a
 *   few guesses at many accounts; higher, because a newsroom behind one office NAT address shares it.
 * - **Per account, across all addresses**: no lock, a growing delay. After 10 attempts in the last
 *   hour without a device cookie, the next must wait 2 s after the newest, then 4, 8 … up to 5 minutes.
 *   Guessing from many addresses slows to a handful an hour, and an attacker can no longer lock the
 *   owner out: a browser that has signed in as the account before (its device cookie,
 *   lib/auth/device-cookie.ts) skips this delay and is limited per device instead (10 in 15 minutes).
 *
 * The account counts by email whether or not such a user exists, so no refusal says which emails are
 * real (a device cookie exists only for a real account, and only its browser has one).
 */
export interface SignInLimits extends AttemptCounts {
  /** Attempts without a device cookie the account may have in its window before the delay starts. */
  accountFreeAttempts: number;
  /** The first delay; it doubles with every further attempt. */
  accountFirstDelaySeconds: number;
  accountMaxDelaySeconds: number;
}

export const SIGN_IN_LIMITS: SignInLimits = {
  windowSeconds: 15 * 60,
  perPair: 10,
  perIp: 30,
  perDevice: 10,
  accountWindowSeconds: 60 * 60,
  accountFreeAttempts: 10,
  accountFirstDelaySeconds: 2,
  accountMaxDelaySeconds: 5 * 60,
};

/** Rows older than this can never count again (every window is shorter). */
const PRUNE_AFTER_SECONDS = 2 * 60 * 60;
const PRUNE_EVERY_MS = 60_000;
const pruneState = globalThis as unknown as { __pressroomSignInPrunedAt?: number };

export function accountKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

/** How long after the newest attempt the account-wide delay holds the next one, for `attempts` in the window. */
export function accountDelaySeconds(attempts: number, limits: SignInLimits = SIGN_IN_LIMITS): number {
  if (attempts < limits.accountFreeAttempts) return 0;
  const doublings = Math.min(attempts - limits.accountFreeAttempts, 30);
  return Math.min(limits.accountMaxDelaySeconds, limits.accountFirstDelaySeconds * 2 ** doublings);
}

/** Seconds this attempt must wait (0: it may go ahead), the longest of every limit that holds it. */
function waitSeconds(facts: AttemptFacts, trusted: boolean, limits: SignInLimits = SIGN_IN_LIMITS): number {
  const now = facts.dbNow.getTime();
  const until: number[] = [facts.pairOldest, facts.ipOldest, facts.deviceOldest]
    .filter((d): d is Date => d instanceof Date)
    .map((oldest) => oldest.getTime() + limits.windowSeconds * 1000);
  const delay = accountDelaySeconds(facts.accountAttempts, limits);
  if (!trusted && delay > 0 && facts.accountNewest) until.push(facts.accountNewest.getTime() + delay * 1000);
  const wait = Math.max(0, ...until) - now;
  return wait > 0 ? Math.max(1, Math.ceil(wait / 1000)) : 0;
}

export type SignInGate = { allowed: true; succeeded(): Promise<void> } | { allowed: false; retryInSeconds: number };

/**
 * Call before checking a password. `device` is the id of a valid device cookie for this account
 * (trustedDeviceId()), or null. When allowed, the attempt is already counted as a failure; call
 * `succeeded()` once the password proved right. When refused, do not check the password at all.
 */
export async function beginSignInAttempt(
  email: string,
  ip: string,
  device: string | null = null,
  limits = SIGN_IN_LIMITS,
): Promise<SignInGate> {
  await pruneNowAndThen();
  const attempt = { account: accountKey(email), ip, device };
  const reservation = await reserveSignInAttempt(attempt, limits, (facts) =>
    waitSeconds(facts, device !== null, limits),
  );
  if (reservation.status === "limited") return { allowed: false, retryInSeconds: reservation.retryAfterSeconds };
  return { allowed: true, succeeded: () => forgiveSignInAttempts(reservation.id, attempt) };
}

/** Old rows go at most once a minute per process: cheap (indexed), and off the common path. */
async function pruneNowAndThen(): Promise<void> {
  const last = pruneState.__pressroomSignInPrunedAt ?? 0;
  if (Date.now() - last < PRUNE_EVERY_MS) return;
  pruneState.__pressroomSignInPrunedAt = Date.now();
  await pruneSignInAttempts(PRUNE_AFTER_SECONDS);
}
