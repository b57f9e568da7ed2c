import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "../db";

// Server-side sessions (issue 11.9): the token names its row, and a row can be revoked. The token
// alone (a signed JWT) would stay valid until it expires, whatever the user did.

/** A new session for a user who just proved their password; its id goes into the token. */
export async function createSession(userId: string): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db().session.create({ data: { id, userId } });
  return id;
}

/**
 * Whether a token still names a live session: the row exists, is not revoked, belongs to this user,
 * and the user is active with the token's session version (a password change or a deactivation
 * raised it).
 */
export async function isSessionLive(sessionId: string, userId: string, sessionVersion: number): Promise<boolean> {
  const row = await db().session.findFirst({
    where: { id: sessionId, userId, revokedAt: null, user: { active: true, sessionVersion } },
    select: { id: true },
  });
  return row !== null;
}

/** Sign-out: this browser's session ends. */
export async function revokeSession(sessionId: string): Promise<void> {
  await db().session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Every session of a user ends ("Sign out everywhere", deactivation), or every other one (password change). */
export async function revokeUserSessions(userId: string, options: { except?: string; tx?: Tx } = {}): Promise<number> {
  const { count } = await (options.tx ?? db()).session.updateMany({
    where: { userId, revokedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}
