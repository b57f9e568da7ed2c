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
import { DUMMY_PASSWORD_HASH, hashPassword } from "./password";
import { SIGN_IN_LIMITS } from "./rate-limit";
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
const from = () => ({
  headers: {
    "x-forwarded-for": "6.6.6.6",
    "x-pressroom-peer-address": `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  },
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

  it("after 10 failures refuses even the right password, with the same answer for a real and an unknown account", async () => {
    const user = await makeUser();
    const unknown = `nobody-${randomUUID()}@pressroom.test`;
    const answers: string[] = [];
    for (const email of [user.email, unknown]) {
      const req = from();
      for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++)
        expect(await authorize({ email, password: "wrong-guess-123" }, req)).toBeNull();
      argon.verified.length = 0;
      const refusal = await authorize({ email, password: PASSWORD }, from()).then(
        () => "signed in",
        (error: Error) => error.message,
      );
      // Refused before any password check: a locked account is no oracle either.
      expect(argon.verified).toEqual([]);
      answers.push(refusal);
    }
    expect(answers[0]).toBe("RateLimited:15");
    expect(answers[1]).toBe(answers[0]);
    expect(signInErrorMessage(answers[0])).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
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
