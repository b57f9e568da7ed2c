// The one role × action table. Every server action and mutating route handler asks it (through
// requirePermission in ./session.ts); the matrix test walks it.
import type { Role } from "@prisma/client";

export const ROLES = ["WRITER", "EDITOR", "ADMIN"] as const satisfies readonly Role[];

const ALL: readonly Role[] = ["WRITER", "EDITOR", "ADMIN"];
const EDITORS: readonly Role[] = ["EDITOR", "ADMIN"];

export const PERMISSIONS = {
  "release.create": ALL,
  "release.save": ALL,
  "release.publish": EDITORS,
  "release.unpublish": EDITORS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
