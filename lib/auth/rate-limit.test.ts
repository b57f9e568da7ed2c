// Runs against the real (throwaway, migrated) test database of test/global-setup.ts.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { pruneSignInAttempts } from "../dal/sign-in-attempts";
import { SIGN_IN_LIMITS, accountKey, beginSignInAttempt } from "./rate-limit";

const email = () => `limit-${randomUUID()}@pressroom.test`;
let ipCounter = 0;
const ip = () => `198.18.${Math.floor(Math.random() * 250)}.${(ipCounter++ % 250) + 1}-${randomUUID().slice(0, 6)}`;

/** n attempts that each fail (the password check said no): they stay counted. */
async function fail(address: string, n: number, from = ip()) {
  const answers = [];
  for (let i = 0; i < n; i++) answers.push(await beginSignInAttempt(address, from));
  return answers;
}

const rows = (where: { account?: string; ip?: string }) => db().signInAttempt.count({ where });

/** Moves an account's attempts into the past, as if the minutes had gone by. */
async function age(account: string, minutes: number) {
  await db()
    .$executeRaw`UPDATE "SignInAttempt" SET "createdAt" = "createdAt" - make_interval(mins => ${minutes}) WHERE account = ${accountKey(account)}`;
}

describe("sign-in rate limit", () => {
  it("allows 10 failed attempts per account in 15 minutes, then refuses for about 15 minutes, whoever asks", async () => {
    const victim = email();
    const answers = await fail(victim, SIGN_IN_LIMITS.perAccount);
    expect(answers.every((a) => a.allowed)).toBe(true);
    // The 11th is refused without a password check, from this address or any other.
    for (const from of [ip(), ip()]) {
      const refused = await beginSignInAttempt(victim, from);
      expect(refused).toEqual({ allowed: false, retryInMinutes: 15 });
    }
    // Refusals are not recorded (they guessed nothing), so waiting is enough.
    expect(await rows({ account: accountKey(victim) })).toBe(SIGN_IN_LIMITS.perAccount);
    await age(victim, 10);
    expect(await beginSignInAttempt(victim, ip())).toEqual({ allowed: false, retryInMinutes: 5 });
    await age(victim, 5);
    expect((await beginSignInAttempt(victim, ip())).allowed).toBe(true);
  });

  it("treats the email case-insensitively and an unknown email like any other", async () => {
    const someone = email();
    await fail(someone.toUpperCase(), SIGN_IN_LIMITS.perAccount);
    expect((await beginSignInAttempt(`  ${someone} `, ip())).allowed).toBe(false);
    // Stored as a hash: what people type in the email field (sometimes a password) is not kept.
    const stored = await db().signInAttempt.findFirstOrThrow({ where: { account: accountKey(someone) } });
    expect(stored.account).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.account).not.toContain("pressroom");
  });

  it("limits one address spraying many accounts, without touching those accounts elsewhere", async () => {
    const sprayer = ip();
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i++)
      expect((await beginSignInAttempt(email(), sprayer)).allowed).toBe(true);
    const target = email();
    const refused = await beginSignInAttempt(target, sprayer);
    expect(refused.allowed).toBe(false);
    // The same account from another address is fine: the address was the problem, not the account.
    expect((await beginSignInAttempt(target, ip())).allowed).toBe(true);
  });

  it("a success forgives its own account's failures but not the address's failures against other accounts", async () => {
    const from = ip();
    const mine = email();
    // 25 failures against other accounts, 4 against mine, then I get my password right.
    for (let i = 0; i < 25; i++) await beginSignInAttempt(email(), from);
    await fail(mine, 4, from);
    const attempt = await beginSignInAttempt(mine, from);
    if (!attempt.allowed) throw new Error("should be allowed");
    await attempt.succeeded();
    expect(await rows({ account: accountKey(mine) })).toBe(0);
    expect(await rows({ ip: from })).toBe(25);
    // The address still has only 5 attempts left.
    const next = await fail(email(), 6, from);
    expect(next.map((a) => a.allowed)).toEqual([true, true, true, true, true, false]);
  });

  it("stays within the limit when many guesses arrive at the same moment", async () => {
    const victim = email();
    const answers = await Promise.all(Array.from({ length: 30 }, () => beginSignInAttempt(victim, ip())));
    // Exactly the limit gets through (not one more, not fewer), and exactly those were recorded.
    expect(answers.filter((a) => a.allowed)).toHaveLength(SIGN_IN_LIMITS.perAccount);
    expect(answers.filter((a) => !a.allowed)).toHaveLength(30 - SIGN_IN_LIMITS.perAccount);
    expect(await rows({ account: accountKey(victim) })).toBe(SIGN_IN_LIMITS.perAccount);
    expect((await beginSignInAttempt(victim, ip())).allowed).toBe(false);
  });

  it("prunes attempts too old to count", async () => {
    const old = email();
    const recent = email();
    await fail(old, 2);
    await fail(recent, 1);
    await age(old, 61);
    expect(await pruneSignInAttempts(60 * 60)).toBeGreaterThanOrEqual(2);
    expect(await rows({ account: accountKey(old) })).toBe(0);
    expect(await rows({ account: accountKey(recent) })).toBe(1);
  });
});
