// Sessions end when the password changes or the account is deactivated (the token's session version
// is older than the user's), against the real test database.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";

const state = vi.hoisted(() => ({
  session: null as null | { user: Record<string, unknown> },
  cookies: new Map<string, { value: string; options?: unknown }>(),
}));
vi.mock("next-auth", () => ({ getServerSession: async () => state.session }));
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<object>()), connection: async () => {} }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)!.value } : undefined),
    set: (name: string, value: string, options?: unknown) => state.cookies.set(name, { value, options }),
  }),
}));

import { decode, encode } from "next-auth/jwt";
import { db } from "../db";
import { changeOwnPassword, setUserActive } from "../dal/users";
import { env } from "../env";
import { sessionCookie } from "./options";
import { hashPassword } from "../crypto/password";
import { getSessionUser, reissueSessionToken } from "./session";

const PASSWORD = "the-old-password-1";
async function makeUser(role: "WRITER" | "ADMIN" = "WRITER") {
  return db().user.create({
    data: {
      email: `session-${randomUUID()}@pressroom.test`,
      name: `Session ${role}`,
      role,
      passwordHash: await hashPassword(PASSWORD),
    },
    select: { id: true, email: true, name: true, role: true },
  });
}
const signedInAs = async (id: string, sessionVersion?: number) => {
  state.session = { user: sessionVersion === undefined ? { id } : { id, sessionVersion } };
  return getSessionUser();
};

describe("session versions", () => {
  it("a password change ends the sessions issued before it", async () => {
    const user = await makeUser();
    expect(await signedInAs(user.id, 0)).toMatchObject({ id: user.id });
    // Tokens from before session versions existed count as version 0.
    expect(await signedInAs(user.id)).toMatchObject({ id: user.id });

    const result = await changeOwnPassword(user, { currentPassword: PASSWORD, newPassword: "a-brand-new-password" });
    expect(result).toEqual({ status: "ok", sessionVersion: 1 });
    expect(await signedInAs(user.id, 0)).toBeNull();
    expect(await signedInAs(user.id)).toBeNull();
    expect(await signedInAs(user.id, 1)).toMatchObject({ id: user.id });
  });

  it("a wrong current password changes nothing, sessions included", async () => {
    const user = await makeUser();
    expect(
      await changeOwnPassword(user, { currentPassword: "not-it-at-all", newPassword: "a-brand-new-password" }),
    ).toEqual({ status: "wrong_password" });
    expect(await signedInAs(user.id, 0)).toMatchObject({ id: user.id });
  });

  it("deactivation ends sessions for good: reactivating the account does not bring old tokens back", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser();
    expect(await setUserActive(admin, user.id, false)).toEqual({ status: "ok", id: user.id });
    expect(await signedInAs(user.id, 0)).toBeNull();
    expect(await setUserActive(admin, user.id, true)).toEqual({ status: "ok", id: user.id });
    expect(await signedInAs(user.id, 0)).toBeNull();
    // A fresh sign-in (the new version in its token) works again.
    expect(await signedInAs(user.id, 1)).toMatchObject({ id: user.id });
  });

  it("re-issues this device's token with the new version, keeping who it is for", async () => {
    const { name, options } = sessionCookie();
    const secret = env().NEXTAUTH_SECRET;
    state.cookies.clear();
    state.cookies.set(name, { value: await encode({ token: { sub: "user-1", email: "a@b.c", sv: 2 }, secret }) });
    await reissueSessionToken(3);
    const written = state.cookies.get(name)!;
    expect(await decode({ token: written.value, secret })).toMatchObject({ sub: "user-1", email: "a@b.c", sv: 3 });
    expect(written.options).toMatchObject({ ...options, httpOnly: true, sameSite: "lax" });

    // No valid session cookie: nothing to re-issue, nothing written.
    state.cookies.clear();
    state.cookies.set(name, { value: "garbage" });
    await reissueSessionToken(5);
    expect(state.cookies.get(name)).toEqual({ value: "garbage" });
  });
});
