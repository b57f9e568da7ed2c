import "server-only";
import { getServerSession } from "next-auth";
import { connection } from "next/server";
import { getActiveUser, type SessionUser } from "../dal/users";
import { authOptions } from "./options";
import { can, type Permission } from "./permissions";

export type { SessionUser };

/** The signed-in, active user, with the role the database holds now (never the token's word). */
export async function getSessionUser(): Promise<SessionUser | null> {
  await connection(); // per-request by nature: never prerendered at build time
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  return getActiveUser(id);
}

export class NotAuthorizedError extends Error {
  constructor(readonly reason: "anonymous" | "forbidden", message: string) {
    super(message);
    this.name = "NotAuthorizedError";
  }
}

/** Every server action and mutating route handler starts here. */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new NotAuthorizedError("anonymous", "You are not signed in (or your session has ended). Sign in and try again.");
  if (!can(user.role, permission)) {
    throw new NotAuthorizedError("forbidden", `Your role (${user.role.toLowerCase()}) does not allow this.`);
  }
  return user;
}
