// The credentials sign-in as next-auth calls it, against the real test database.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

const argon = vi.hoisted(() => ({ verified: [] as string[] }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...real,
    verify: (hash: string, password: string) => {
      argon.verified.push(hash);
      return real.verify(hash, password);
    },
  };
});

import type { User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { db } from "../db";
import { authOptions, sessionCookie } from "./options";
import { DUMMY_PASSWORD_HASH, hashPassword } from "../crypto/password";
import { issueDeviceCookie } from "./device-cookie";
import { SIGN_IN_LIMITS, accountKey } from "./rate-limit";
import { signInErrorMessage } from "./sign-in-messages";

type Authorize = (
  credentials: Record<string, string> | undefined,
  req: { headers: Record<string, string> },
) => Promise<User | null>;
const authorize = (authOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

const PASSWORD = "the-right-password-1";
async function makeUser(active = true) {
  const email = `signin-${randomUUID()}@pressroom.test`;
  const user = await db().user.create({
    data: { email, name: "Sign-in Tester", role: "WRITER", active, passwordHash: await hashPassword(PASSWORD) },
    select: { id: true, email: true, passwordHash: true },
  });
  return user;
}
// The server hook (lib/peer-address.ts) writes the TCP peer into a header; here each call plays a
// client connecting from its own address, with a forged X-Forwarded-For that must not matter.
(globalThis as { __pressroomPeerHook?: boolean }).__pressroomPeerHook = true;
const from = (cookie?: string) => ({
  headers: {
    "x-forwarded-for": "6.6.6.6",
    "x-pressroom-peer-address": `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    ...(cookie ? { cookie } : {}),
  },
});
/** What a refused sign-in throws (next-auth's `error` code), or "signed in" / "invalid". */
const refusalOf = (credentials: Record<string, string>, req: ReturnType<typeof from>) =>
  authorize(credentials, req).then(
    (user) => (user ? "signed in" : "invalid"),
    (error: Error) => error.message,
  );
/** Failed attempts from as many addresses, as an attacker's earlier work left them in the table. */
const attackerFailures = (email: string, n: number) =>
  db().signInAttempt.createMany({
    data: Array.from({ length: n }, (_, i) => ({ account: accountKey(email), ip: `203.0.113.${i + 1}` })),
  });
const failures = (email: string) =>
  db().auditEntry.count({ where: { action: "auth.sign_in_failed", detail: { path: ["email"], equals: email } } });

beforeEach(() => {
  argon.verified.length = 0;
});

describe("credentials sign-in", () => {
  it("answers an unknown email and a wrong password alike, each after one argon2id verification", async () => {
    const user = await makeUser();
    const unknown = `nobody-${randomUUID()}@pressroom.test`;

    expect(await authorize({ email: unknown, password: PASSWORD }, from())).toBeNull();
    expect(argon.verified).toEqual([DUMMY_PASSWORD_HASH]);

    argon.verified.length = 0;
    expect(await authorize({ email: user.email, password: "a-wrong-password" }, from())).toBeNull();
    expect(argon.verified).toEqual([user.passwordHash]);

    // Both are in the audit log (with the address), which only admins read.
    expect(await failures(unknown)).toBe(1);
    expect(await failures(user.email)).toBe(1);
  });

  it("refuses a deactivated user with the right password the same way, without checking their hash", async () => {
    const user = await makeUser(false);
    expect(await authorize({ email: user.email, password: PASSWORD }, from())).toBeNull();
    expect(argon.verified).toEqual([DUMMY_PASSWORD_HASH]);
  });

  it("signs in with the right password (any case of the email) and puts the session version in the token", async () => {
    const user = await makeUser();
    await db().user.update({ where: { id: user.id }, data: { sessionVersion: 4 } });
    const signedIn = await authorize({ email: ` ${user.email.toUpperCase()} `, password: PASSWORD }, from());
    expect(signedIn).toMatchObject({ id: user.id, email: user.email, sessionVersion: 4 });
    const token = (await authOptions().callbacks!.jwt!({ token: {} as JWT, user: signedIn!, account: null })) as JWT;
    expect(token).toMatchObject({ sub: user.id, sv: 4 });
    expect(JSON.stringify(token)).not.toMatch(/argon2|role/i);
  });

  it("a database outage while checking the session keeps the token (marked unverified) instead of ending it", async () => {
    const user = await makeUser();
    const signedIn = await authorize({ email: user.email, password: PASSWORD }, from());
    const jwt = authOptions().callbacks!.jwt!;
    const token = (await jwt({ token: {} as JWT, user: signedIn!, account: null })) as JWT;
    const outage = vi
      .spyOn(db().session, "findFirst")
      .mockRejectedValueOnce(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }));
    const during = (await jwt({ token, account: null } as never)) as JWT;
    expect(outage).toHaveBeenCalledTimes(1);
    expect(during).toMatchObject({ sub: user.id, sid: token.sid, unverified: true });
    const session = await authOptions().callbacks!.session!({ session: { expires: "" }, token: during } as never);
    expect(session.user).toMatchObject({ id: user.id, unverified: true });
    // Once the database answers again the next request checks afresh, and the mark is gone.
    const after = (await jwt({ token: during, account: null } as never)) as JWT;
    expect(after.unverified).toBeUndefined();
    expect(after.sid).toBe(token.sid);
    // A revoked session is still no session.
    await db().session.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    await expect(jwt({ token: after, account: null } as never)).rejects.toThrow(/session ended/);
  });

  it("issue 11.14: a password typed into the email field is not stored in the audit log", async () => {
    const typed = `correct horse battery ${randomUUID()}`;
    expect(await authorize({ email: typed, password: "x" }, from())).toBeNull();
    const entries = await db().auditEntry.findMany({
      where: { action: "auth.sign_in_failed" },
      orderBy: { createdAt: "desc" },
      take: 20,
    });
    expect(JSON.stringify(entries)).not.toContain(typed);
    expect(entries.some((e) => (e.detail as { email?: string }).email === "(not an email address)")).toBe(true);
    // A plausible address is kept: that is what the log is for.
    const address = `typo-${randomUUID()}@pressroom.test`;
    expect(await authorize({ email: address, password: "x" }, from())).toBeNull();
    expect(await failures(address)).toBe(1);
  });

  it("refuses input longer than any account could have, before looking anything up", async () => {
    expect(await authorize({ email: `${"a".repeat(400)}@pressroom.test`, password: PASSWORD }, from())).toBeNull();
    expect(await authorize({ email: "x@pressroom.test", password: "p".repeat(1_001) }, from())).toBeNull();
    expect(await authorize(undefined, from())).toBeNull();
    expect(argon.verified).toEqual([]);
  });

  it("issue 11.6: after 10 failures from one address that address is refused even the right password, alike for a real and an unknown account", async () => {
    const user = await makeUser();
    const unknown = `nobody-${randomUUID()}@pressroom.test`;
    const answers: string[] = [];
    for (const email of [user.email, unknown]) {
      const req = from();
      for (let i = 0; i < SIGN_IN_LIMITS.perPair; i++)
        expect(await authorize({ email, password: "wrong-guess-123" }, req)).toBeNull();
      argon.verified.length = 0;
      answers.push(await refusalOf({ email, password: PASSWORD }, req));
      // Refused before any password check: a refused attempt is no oracle either.
      expect(argon.verified).toEqual([]);
    }
    // The wait counts from the oldest failure: the ten attempts themselves take seconds on a busy machine.
    for (const answer of answers) {
      const seconds = Number(/^RateLimited:(\d+)s$/.exec(answer)?.[1]);
      expect(seconds, answer).toBeGreaterThan(840);
      expect(seconds, answer).toBeLessThanOrEqual(900);
    }
    expect(signInErrorMessage(answers[0])).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
  });

  it("issue 11.6: an attacker's failures from many addresses delay strangers for minutes, but not the owner's usual browser", async () => {
    const user = await makeUser();
    const unknown = `nobody-${randomUUID()}@pressroom.test`;
    // 30 failures from 30 addresses on each: the account-wide delay is at its 5-minute cap.
    for (const email of [user.email, unknown]) await attackerFailures(email, 30);
    // A browser the account does not know: held, with the same answer as for an unknown email.
    const stranger = await refusalOf({ email: user.email, password: PASSWORD }, from());
    expect(stranger).toMatch(/^RateLimited:(29\d|300)s$/);
    expect(signInErrorMessage(stranger)).toBe("Too many failed sign-in attempts. Try again in 5 minutes.");
    expect(await refusalOf({ email: unknown, password: PASSWORD }, from())).toMatch(/^RateLimited:(29\d|300)s$/);
    // The browser that signed in as this user before (its device cookie) signs in at once.
    const cookie = issueDeviceCookie(user.id, null);
    const usual = from(`${cookie.name}=${cookie.value}`);
    expect(await authorize({ email: user.email, password: PASSWORD }, usual)).toMatchObject({ id: user.id });
    // It still needs the password, and the attacker's failures still stand.
    expect(await authorize({ email: user.email, password: "wrong-guess-123" }, usual)).toBeNull();
    expect(await db().signInAttempt.count({ where: { account: accountKey(user.email), device: null } })).toBe(30);
  });

  it("issue 11.6: a forged or foreign device cookie does not get through the account-wide delay", async () => {
    const user = await makeUser();
    const other = await makeUser();
    await attackerFailures(user.email, 30);
    const name = issueDeviceCookie(user.id, null).name;
    const valid = issueDeviceCookie(user.id, null).value;
    const [issued, id, mac] = valid.split(".") as [string, string, string];
    const cookies = [
      // The other user's own cookie, and renamed to this user's cookie name.
      (({ name: n, value }) => `${n}=${value}`)(issueDeviceCookie(other.id, null)),
      `${name}=${issueDeviceCookie(other.id, null).value}`,
      // Made up, altered, or signed with a secret that is not this server's.
      `${name}=${issued}.${"x".repeat(22)}.${"y".repeat(43)}`,
      `${name}=${issued}.${id}.${mac.startsWith("A") ? "B" : "A"}${mac.slice(1)}`,
      `${name}=${issueDeviceCookie(user.id, null, { secret: "an-attacker-chosen-secret-123456" }).value}`,
    ];
    for (const cookie of cookies) {
      argon.verified.length = 0;
      expect(await refusalOf({ email: user.email, password: PASSWORD }, from(cookie)), cookie).toMatch(/^RateLimited:/);
      expect(argon.verified).toEqual([]);
    }
  });
});

describe("session cookie", () => {
  it("is HttpOnly and SameSite=Lax, and Secure with the __Secure- prefix on an https site", () => {
    expect(sessionCookie("http://127.0.0.1:3000")).toEqual({
      name: "next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
    expect(sessionCookie("https://press.example.org")).toEqual({
      name: "__Secure-next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
  });
});
