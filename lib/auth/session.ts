import "server-only";
import { getServerSession } from "next-auth";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { DatabaseUnavailableError } from "../dal/health";
import { revokeUserSessions } from "../dal/sessions";
import { getActiveUser, type SessionUser } from "../dal/users";
import { env } from "../env";
import { SESSION_MAX_AGE_SECONDS, authOptions, sessionCookie } from "./options";
import { can, type Permission } from "./permissions";

export type { SessionUser };

/**
 * The signed-in, active user, with the role the database holds now (never the token's word). A token
 * whose session version is older than the user's (issued before their last password change or
 * deactivation) is no session at all. Tokens from before session versions existed count as version 0.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  await connection(); // per-request by nature: never prerendered at build time
  const session = await getServerSession(authOptions());
  const claims = session?.user as { id?: string; sessionVersion?: number; unverified?: boolean } | undefined;
  if (!claims?.id) return null;
  // The session row could not be read (options.ts): an outage, answered as one, never as signed out.
  if (claims.unverified) throw new DatabaseUnavailableError("The session could not be checked");
  return getActiveUser(claims.id, typeof claims.sessionVersion === "number" ? claims.sessionVersion : 0);
}

/**
 * After the signed-in user changed their own password (which ended every session of theirs), this
 * device gets its token back with the new session version, so the person who just proved their
 * password stays signed in here while every other device is signed out. Server actions only.
 */
export async function reissueSessionToken(sessionVersion: number): Promise<void> {
  const { name, options } = sessionCookie();
  const secret = env().NEXTAUTH_SECRET;
  const store = await cookies();
  const current = store.get(name)?.value;
  const token = current ? await decode({ token: current, secret }).catch(() => null) : null;
  if (!token?.sub) return;
  // The other devices' sessions ended with the new session version; their rows say so too.
  await revokeUserSessions(token.sub, { except: typeof token.sid === "string" ? token.sid : undefined });
  const value = await encode({ token: { ...token, sv: sessionVersion }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  store.set(name, value, { ...options, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) });
}

/**
 * "Sign out everywhere": every session of the signed-in user ends, this browser's included, and its
 * cookie is cleared. Server actions only.
 */
export async function endAllSessions(userId: string): Promise<number> {
  const count = await revokeUserSessions(userId);
  const { name, options } = sessionCookie();
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
  return count;
}

export class NotAuthorizedError extends Error {
  constructor(
    readonly reason: "anonymous" | "forbidden",
    message: string,
  ) {
    super(message);
    this.name = "NotAuthorizedError";
  }
}

/** Every server action and mutating route handler starts here. */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user)
    throw new NotAuthorizedError(
      "anonymous",
      "You are not signed in (or your session has ended). Sign in and try again.",
    );
  if (!can(user.role, permission)) {
    throw new NotAuthorizedError("forbidden", `Your role (${user.role.toLowerCase()}) does not allow this.`);
  }
  // The one-time-password gate is enforced here, not only by the page: a replayed action from an
  // account still on an admin-given password does nothing but change that password.
  if (user.mustChangePassword && permission !== "account.update") {
    throw new NotAuthorizedError(
      "forbidden",
      "Change your one-time password first (on your account page): until then nothing else can be saved.",
    );
  }
  return user;
}
