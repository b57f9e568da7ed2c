import "server-only";
import { createHash } from "node:crypto";
import {
  forgiveSignInAttempts,
  pruneSignInAttempts,
  reserveSignInAttempt,
  type AttemptLimits,
} from "../dal/sign-in-attempts";

/**
 * The sign-in rate limit, kept in PostgreSQL so it holds across app processes (and with the embedded
 * PGlite database of `npm run dev`): at most 10 attempts per account and 30 per client address in any
 * 15 minutes. After a burst of failures that means waiting up to 15 minutes.
 *
 * The account limit is what stops guessing one person's password (from any number of addresses).
 * The address limit stops one client spraying a few guesses at many accounts; it is higher because a
 * newsroom behind one office NAT address shares it, and its typos must not lock everyone out.
 * The account counts by email whether or not such a user exists, so the refusal says nothing about
 * which emails are real.
 */
export const SIGN_IN_LIMITS: AttemptLimits = { windowSeconds: 15 * 60, perAccount: 10, perIp: 30 };

/** Rows older than this can never count again (the window is shorter). */
const PRUNE_AFTER_SECONDS = 60 * 60;
const PRUNE_EVERY_MS = 60_000;
const pruneState = globalThis as unknown as { __pressroomSignInPrunedAt?: number };

export function accountKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

export type SignInGate = { allowed: true; succeeded(): Promise<void> } | { allowed: false; retryInMinutes: number };

/**
 * Call before checking a password. When allowed, the attempt is already counted as a failure; call
 * `succeeded()` once the password proved right. When refused, do not check the password at all.
 */
export async function beginSignInAttempt(email: string, ip: string, limits = SIGN_IN_LIMITS): Promise<SignInGate> {
  await pruneNowAndThen();
  const account = accountKey(email);
  const reservation = await reserveSignInAttempt(account, ip, limits);
  if (reservation.status === "limited") {
    return { allowed: false, retryInMinutes: Math.max(1, Math.ceil(reservation.retryAfterSeconds / 60)) };
  }
  return { allowed: true, succeeded: () => forgiveSignInAttempts(reservation.id, account) };
}

/** Old rows go at most once a minute per process: cheap (indexed), and off the common path. */
async function pruneNowAndThen(): Promise<void> {
  const last = pruneState.__pressroomSignInPrunedAt ?? 0;
  if (Date.now() - last < PRUNE_EVERY_MS) return;
  pruneState.__pressroomSignInPrunedAt = Date.now();
  await pruneSignInAttempts(PRUNE_AFTER_SECONDS);
}
