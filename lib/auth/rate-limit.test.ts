// Runs against the real (throwaway, migrated) test database of test/global-setup.ts.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { pruneSignInAttempts } from "../dal/sign-in-attempts";
import { SIGN_IN_LIMITS, accountDelaySeconds, accountKey, beginSignInAttempt, type SignInLimits } from "./rate-limit";

const email = () => `limit-${randomUUID()}@pressroom.test`;
let ipCounter = 0;
const ip = () => `198.18.${Math.floor(Math.random() * 250)}.${(ipCounter++ % 250) + 1}-${randomUUID().slice(0, 6)}`;

/** n attempts that each fail (the password check said no): they stay counted. */
async function fail(address: string, n: number, from: () => string = ip, device: string | null = null) {
  const answers = [];
  for (let i = 0; i < n; i++) answers.push(await beginSignInAttempt(address, from(), device));
  return answers;
}
const allowed = async (address: string, from = ip(), device: string | null = null, limits = SIGN_IN_LIMITS) =>
  (await beginSignInAttempt(address, from, device, limits)).allowed;
/** The wait a refused attempt was told (0 when it was allowed). */
async function waitOf(address: string, from = ip(), device: string | null = null, limits = SIGN_IN_LIMITS) {
  const gate = await beginSignInAttempt(address, from, device, limits);
  return gate.allowed ? 0 : gate.retryInSeconds;
}

const rows = (where: { account?: string; ip?: string }) => db().signInAttempt.count({ where });

/** Moves an account's attempts into the past, as if the seconds had gone by. */
async function age(account: string, seconds: number) {
  await db()
    .$executeRaw`UPDATE "SignInAttempt" SET "createdAt" = "createdAt" - make_interval(secs => ${seconds}) WHERE account = ${accountKey(account)}`;
}

/** Failed attempts from as many addresses, written straight into the table (an attacker's earlier work). */
async function priorFailures(address: string, n: number) {
  await db().signInAttempt.createMany({
    data: Array.from({ length: n }, () => ({ account: accountKey(address), ip: ip() })),
  });
}

describe("sign-in rate limit", () => {
  it("issue 11.6: one (account, address) pair is refused after 10 attempts for up to 15 minutes; elsewhere the account is not locked", async () => {
    const victim = email();
    const home = ip();
    const answers = await fail(victim, SIGN_IN_LIMITS.perPair, () => home);
    expect(answers.every((a) => a.allowed)).toBe(true);
    // The 11th from that address is refused without a password check, for the rest of the window.
    expect(await waitOf(victim, home)).toBeGreaterThanOrEqual(15 * 60 - 2);
    // Refusals are not recorded (they guessed nothing), so waiting is enough.
    expect(await rows({ account: accountKey(victim) })).toBe(SIGN_IN_LIMITS.perPair);
    // A minute later (past the account-wide delay of a few seconds) another address gets through…
    await age(victim, 60);
    expect(await allowed(victim)).toBe(true);
    // …while the pair still waits out its window.
    const pairWait = await waitOf(victim, home);
    expect(pairWait).toBeGreaterThan(13 * 60);
    expect(pairWait).toBeLessThanOrEqual(14 * 60);
    await age(victim, 14 * 60);
    expect(await allowed(victim, home)).toBe(true);
  });

  it("issue 11.6: across addresses an account gets a growing delay (2 s, 4 s, 8 s … at most 5 minutes), never a lock", () => {
    expect([0, 9, 10, 11, 12, 13, 17, 18, 50, 5_000].map((n) => accountDelaySeconds(n))).toEqual([
      0, 0, 2, 4, 8, 16, 256, 300, 300, 300,
    ]);
  });

  it("issue 11.6: the delay holds every attempt from a browser the account does not know, from any address", async () => {
    // Slower steps than the real ones so a busy machine cannot outrun them: 60 s doubling to 10 min.
    const limits: SignInLimits = { ...SIGN_IN_LIMITS, accountFirstDelaySeconds: 60, accountMaxDelaySeconds: 600 };
    const victim = email(); // no such user: an unknown email is treated exactly like a real one
    for (let i = 0; i < limits.accountFreeAttempts; i++) expect(await allowed(victim, ip(), null, limits)).toBe(true);
    for (const delay of [60, 120, 240, 480, 600, 600]) {
      // Refused from a fresh address, told how long; refusals are not recorded, so they cost the owner nothing.
      const before = await rows({ account: accountKey(victim) });
      const wait = await waitOf(victim, ip(), null, limits);
      expect(wait).toBeGreaterThan(delay - 3);
      expect(wait).toBeLessThanOrEqual(delay);
      expect(await rows({ account: accountKey(victim) })).toBe(before);
      // Once the wait has passed, the next attempt (from yet another address) is let through.
      await age(victim, delay);
      expect(await allowed(victim, ip(), null, limits)).toBe(true);
    }
    // After an hour without attempts the account is back to its free attempts.
    await age(victim, 60 * 60);
    expect(await allowed(victim, ip(), null, limits)).toBe(true);
    expect(await allowed(victim, ip(), null, limits)).toBe(true);
  });

  it("issue 11.6: a known browser skips the account-wide delay, but not its pair limit nor a limit of its own", async () => {
    const victim = email();
    await priorFailures(victim, 30); // an attacker's guesses from thirty addresses: the delay is at 5 minutes
    expect(await waitOf(victim)).toBeGreaterThan(5 * 60 - 3);
    const home = ip();
    // The owner's browser (a device cookie's id) gets through, ten times from its address.
    const answers = await fail(victim, SIGN_IN_LIMITS.perPair, () => home, "device-owner");
    expect(answers.every((a) => a.allowed)).toBe(true);
    // Its attempts are not the account-wide kind: a stranger's wait has not grown or moved.
    const strangerWait = await waitOf(victim);
    expect(strangerWait).toBeGreaterThan(5 * 60 - 10);
    expect(strangerWait).toBeLessThanOrEqual(5 * 60);
    // The 11th from that address is refused (the pair limit)…
    expect(await waitOf(victim, home, "device-owner")).toBeGreaterThan(15 * 60 - 3);
    // …and so is the same cookie from other addresses (a stolen cookie does not make guessing free).
    expect(await waitOf(victim, ip(), "device-owner")).toBeGreaterThan(15 * 60 - 3);
    // Another browser the account knows is not affected.
    expect(await allowed(victim, ip(), "device-laptop")).toBe(true);
  });

  it("issue 11.6: a success forgives its own pair and browser, not the account's failures from elsewhere nor the address's against other accounts", async () => {
    const from = ip();
    const mine = email();
    // 25 failures against other accounts, 4 against mine from here, 12 against mine from elsewhere.
    for (let i = 0; i < 25; i++) await beginSignInAttempt(email(), from);
    await fail(mine, 4, () => from);
    await priorFailures(mine, 12);
    // From my usual browser, then I get my password right.
    const attempt = await beginSignInAttempt(mine, from, "device-mine");
    if (!attempt.allowed) throw new Error("should be allowed");
    await attempt.succeeded();
    expect(await rows({ account: accountKey(mine) })).toBe(12);
    expect(await rows({ ip: from })).toBe(25);
    // A stranger's attempt on my account is still delayed (my success reset nothing for them)…
    expect(await allowed(mine)).toBe(false);
    // …and the address still has only 5 attempts left.
    const next = await fail(email(), 6, () => from);
    expect(next.map((a) => a.allowed)).toEqual([true, true, true, true, true, false]);
  });

  it("treats the email case-insensitively and an unknown email like any other", async () => {
    const someone = email();
    const from = ip();
    await fail(someone.toUpperCase(), SIGN_IN_LIMITS.perPair, () => from);
    expect(await allowed(`  ${someone} `, from)).toBe(false);
    // Stored as a hash: what people type in the email field (sometimes a password) is not kept.
    const stored = await db().signInAttempt.findFirstOrThrow({ where: { account: accountKey(someone) } });
    expect(stored.account).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.account).not.toContain("pressroom");
  });

  it("limits one address spraying many accounts, without touching those accounts elsewhere", async () => {
    const sprayer = ip();
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i++) expect(await allowed(email(), sprayer)).toBe(true);
    const target = email();
    expect(await allowed(target, sprayer)).toBe(false);
    // The same account from another address is fine: the address was the problem, not the account.
    expect(await allowed(target)).toBe(true);
  });

  it("stays within the limits when many guesses arrive at the same moment", async () => {
    // A first delay of a minute, so the machine's speed cannot let a late guess through.
    const limits: SignInLimits = { ...SIGN_IN_LIMITS, accountFirstDelaySeconds: 60 };
    const victim = email();
    const spread = await Promise.all(Array.from({ length: 30 }, () => beginSignInAttempt(victim, ip(), null, limits)));
    // From thirty addresses: exactly the free attempts get through, and exactly those were recorded.
    expect(spread.filter((a) => a.allowed)).toHaveLength(limits.accountFreeAttempts);
    expect(await rows({ account: accountKey(victim) })).toBe(limits.accountFreeAttempts);
    // From one known browser at one address: exactly the pair limit.
    const owner = email();
    const home = ip();
    const burst = await Promise.all(
      Array.from({ length: 30 }, () => beginSignInAttempt(owner, home, "device-burst", limits)),
    );
    expect(burst.filter((a) => a.allowed)).toHaveLength(SIGN_IN_LIMITS.perPair);
    expect(await rows({ account: accountKey(owner) })).toBe(SIGN_IN_LIMITS.perPair);
  });

  it("prunes attempts too old to count", async () => {
    const old = email();
    const recent = email();
    await fail(old, 2);
    await fail(recent, 1);
    await age(old, 61 * 60);
    expect(await pruneSignInAttempts(60 * 60)).toBeGreaterThanOrEqual(2);
    expect(await rows({ account: accountKey(old) })).toBe(0);
    expect(await rows({ account: accountKey(recent) })).toBe(1);
  });
});
