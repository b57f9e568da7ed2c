import "server-only";
import type { Role } from "@prisma/client";
import { db } from "../db";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

const sessionSelect = { id: true, email: true, name: true, role: true } as const;

/** The signed-in user as the database has them now: role changes and deactivation apply at once. */
export async function getActiveUser(id: string): Promise<SessionUser | null> {
  return db().user.findFirst({ where: { id, active: true }, select: sessionSelect });
}

export async function findUserForSignIn(email: string) {
  return db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { ...sessionSelect, passwordHash: true, active: true },
  });
}

/** Creates the user, or leaves an existing one as it is (seeding must be idempotent). */
export async function ensureUser(input: { email: string; name: string; role: Role; passwordHash: string }): Promise<SessionUser> {
  const email = input.email.trim().toLowerCase();
  return db().user.upsert({
    where: { email },
    create: { ...input, email },
    update: {},
    select: sessionSelect,
  });
}
