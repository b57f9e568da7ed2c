import "server-only";
import type { Role } from "@prisma/client";
import { hashPassword, verifyPassword } from "../crypto/password";
import { db, type Tx } from "../db";
import type { PasswordChangeInput, UserCreateInput } from "../validation/user";
import { recordAudit } from "./audit";
import { revokeUserSessions } from "./sessions";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Still on an admin-given one-time password: may only change it (checked on every action). */
  mustChangePassword?: boolean;
}

const sessionSelect = { id: true, email: true, name: true, role: true, mustChangePassword: true } as const;

/**
 * The signed-in user as the database has them now: role changes and deactivation apply at once, and
 * a token from before the last password change or deactivation (an older sessionVersion) finds no one.
 */
export async function getActiveUser(id: string, sessionVersion: number): Promise<SessionUser | null> {
  return db().user.findFirst({ where: { id, active: true, sessionVersion }, select: sessionSelect });
}

export async function findUserForSignIn(email: string) {
  return db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { ...sessionSelect, passwordHash: true, active: true, sessionVersion: true },
  });
}

/** Creates the user, or leaves an existing one as it is (seeding must be idempotent). */
export async function ensureUser(input: {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}): Promise<SessionUser> {
  const email = input.email.trim().toLowerCase();
  return db().user.upsert({
    where: { email },
    create: { ...input, email },
    update: {},
    select: sessionSelect,
  });
}

// ---------- user management (admin) and own account ----------
// Every change is written with its audit entry in one transaction: no change without its record.

export interface UserListItem {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  createdAt: Date;
}

const listSelect = { ...sessionSelect, active: true, mustChangePassword: true, createdAt: true } as const;

/** Every user for the admin's list: active ones first, then by name. Never the password hash. */
export async function listUsers(): Promise<UserListItem[]> {
  return db().user.findMany({ select: listSelect, orderBy: [{ active: "desc" }, { name: "asc" }, { email: "asc" }] });
}

/** True while the user still holds a one-time password an admin gave them. */
export async function needsPasswordChange(userId: string): Promise<boolean> {
  const row = await db().user.findUnique({ where: { id: userId }, select: { mustChangePassword: true } });
  return row?.mustChangePassword ?? false;
}

export type CreateUserResult = { status: "ok"; id: string } | { status: "duplicate_email" };

/** Creates a user with a one-time password: they must choose their own at first sign-in. */
export async function createUser(actor: SessionUser, input: UserCreateInput): Promise<CreateUserResult> {
  const passwordHash = await hashPassword(input.password);
  const email = input.email.trim().toLowerCase();
  return db().$transaction(async (tx) => {
    // ON CONFLICT DO NOTHING: a duplicate (even one racing us) is an answer, not an exception.
    const [created] = await tx.user.createManyAndReturn({
      data: [{ email, name: input.name, role: input.role, passwordHash, mustChangePassword: true }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!created) return { status: "duplicate_email" as const };
    await recordAudit(
      {
        action: "user.create",
        actorId: actor.id,
        detail: { userId: created.id, email, name: input.name, role: input.role },
      },
      tx,
    );
    return { status: "ok" as const, id: created.id };
  });
}

export type UserChangeResult =
  | { status: "ok"; id: string }
  | { status: "unchanged" }
  | { status: "not_found" }
  /** The actor tried to demote or deactivate themselves. */
  | { status: "self" }
  /** The actor stopped being an active admin while the request ran. */
  | { status: "not_admin" };

/**
 * Locks the active admins' rows (in id order, so two such transactions queue instead of
 * deadlocking) and says whether the actor is still one of them. Without it, two admins demoting or
 * deactivating each other at the same moment could leave the newsroom with no admin at all.
 */
async function actorStillAdmin(tx: Tx, actorId: string): Promise<boolean> {
  const admins = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  return admins.some((admin) => admin.id === actorId);
}

export async function changeUserRole(actor: SessionUser, userId: string, role: Role): Promise<UserChangeResult> {
  // An admin may not demote themselves: the last admin could otherwise lock everyone out.
  if (userId === actor.id) return { status: "self" };
  return db().$transaction(async (tx) => {
    if (!(await actorStillAdmin(tx, actor.id))) return { status: "not_admin" as const };
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true, email: true } });
    if (!before) return { status: "not_found" as const };
    if (before.role === role) return { status: "unchanged" as const };
    // Compared in the UPDATE, so the audit entry's "from" is the role that was really replaced.
    const { count } = await tx.user.updateMany({ where: { id: userId, role: before.role }, data: { role } });
    if (count === 0) return { status: "unchanged" as const };
    await recordAudit(
      {
        action: "user.role_change",
        actorId: actor.id,
        detail: { userId, email: before.email, from: before.role, to: role },
      },
      tx,
    );
    return { status: "ok" as const, id: userId };
  });
}

/** Deactivation takes effect at the user's next request: getActiveUser no longer finds them. */
export async function setUserActive(actor: SessionUser, userId: string, active: boolean): Promise<UserChangeResult> {
  if (userId === actor.id) return { status: "self" };
  return db().$transaction(async (tx) => {
    if (!(await actorStillAdmin(tx, actor.id))) return { status: "not_admin" as const };
    const target = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!target) return { status: "not_found" as const };
    // Deactivation also ends every session for good: reactivating later does not revive old tokens.
    const { count } = await tx.user.updateMany({
      where: { id: userId, active: !active },
      data: active ? { active } : { active, sessionVersion: { increment: 1 } },
    });
    if (count === 0) return { status: "unchanged" as const };
    if (!active) await revokeUserSessions(userId, { tx });
    await recordAudit(
      {
        action: active ? "user.reactivate" : "user.deactivate",
        actorId: actor.id,
        detail: { userId, email: target.email },
      },
      tx,
    );
    return { status: "ok" as const, id: userId };
  });
}

/** On success, the new session version: the caller re-issues its own token with it (every other session has ended). */
export type PasswordChangeResult =
  { status: "ok"; sessionVersion: number } | { status: "wrong_password" } | { status: "not_found" };

/** The signed-in user replaces their own password (and with it any one-time password). */
export async function changeOwnPassword(user: SessionUser, input: PasswordChangeInput): Promise<PasswordChangeResult> {
  const row = await db().user.findFirst({
    where: { id: user.id, active: true },
    select: { passwordHash: true, email: true },
  });
  if (!row) return { status: "not_found" };
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) return { status: "wrong_password" };
  const passwordHash = await hashPassword(input.newPassword);
  return db().$transaction(async (tx) => {
    // Compare-and-set on the hash we verified against: a password changed meanwhile (another tab)
    // means the "current password" typed here is no longer current.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, active: true, passwordHash: row.passwordHash },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    if (count === 0) return { status: "wrong_password" as const };
    const { sessionVersion } = await tx.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { sessionVersion: true },
    });
    await recordAudit(
      { action: "user.password_change", actorId: user.id, detail: { userId: user.id, email: row.email } },
      tx,
    );
    return { status: "ok" as const, sessionVersion };
  });
}

/** How many active accounts may review (approve and publish): an install with one cannot review at all. */
export async function countActiveReviewers(): Promise<number> {
  return db().user.count({ where: { active: true, role: { in: ["EDITOR", "ADMIN"] } } });
}
