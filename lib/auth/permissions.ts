// The one role × action table. Every server action and mutating route handler asks it (through
// requirePermission in ./session.ts); the matrix test walks it.
import type { Role } from "@prisma/client";
import { ROLES } from "../domain/roles";

// Typed as the database's roles: a name in ROLES that the Role enum lacks does not compile.
const ALL: readonly Role[] = ROLES;
const EDITORS: readonly Role[] = ["EDITOR", "ADMIN"];

export const PERMISSIONS = {
  "release.create": ALL,
  "release.save": ALL,
  "release.submit": ALL,
  "release.approve": EDITORS,
  "release.reject": EDITORS,
  "release.publish": EDITORS,
  "release.schedule": EDITORS,
  "release.unpublish": EDITORS,
  "release.withdraw": EDITORS,
  // Publishing without a second person's review: administrators only, with a recorded reason.
  "release.force_publish": ["ADMIN"],
  // Shareable preview links of unpublished content: anyone who can write a release may show it to
  // someone before publication (the link itself needs no sign-in).
  "release.preview": ALL,
  // Who may edit a release as a WRITER (its "Authors"): editors decide.
  "release.authors": EDITORS,
  // Accounts and the audit trail: who may act, and what they did, is for administrators only.
  "users.manage": ["ADMIN"],
  "audit.view": ["ADMIN"],
  // Everyone signed in looks after their own account (their password).
  "account.update": ALL,
  // Distribution (issue 16). Anyone on the team sees who a release went to (its Distribution tab);
  // media lists are editors' work; an embargoed send is asked for by anyone who may schedule and
  // approved by a second editor; webhooks (secrets, URLs) and the raw outbox are for administrators.
  "distribution.view": ALL,
  "contacts.manage": EDITORS,
  "embargo.request": EDITORS,
  "embargo.approve": EDITORS,
  "webhooks.manage": ["ADMIN"],
  "outbox.view": ["ADMIN"],
  // The media library (issue 13). Everyone on the team uploads (that is "release.save", like the
  // route POST /api/media), browses the library, reuses a file in their release and asks a failed
  // conversion to run again. Replacing a file changes every release that uses it, other people's and
  // published ones included, and deleting one is final: editors and administrators.
  "media.view": ALL,
  "media.retry": ALL,
  "media.replace": EDITORS,
  "media.delete": EDITORS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/**
 * Permissions a role holds only on releases it is an author of (creator or co-author), as in
 * WordPress: a WRITER edits, submits and previews their own releases; EDITOR and ADMIN all of them.
 */
export const OWN_RELEASES_ONLY: Partial<Record<Role, readonly Permission[]>> = {
  WRITER: ["release.save", "release.submit", "release.preview"],
};

export function onlyOnOwnReleases(role: Role, permission: Permission): boolean {
  return OWN_RELEASES_ONLY[role]?.includes(permission) ?? false;
}

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** The permission each workflow step needs (the state machine decides the rest). */
export const WORKFLOW_PERMISSION = {
  submit: "release.submit",
  approve: "release.approve",
  reject: "release.reject",
  publish: "release.publish",
  schedule: "release.schedule",
  force_publish: "release.force_publish",
  unpublish: "release.unpublish",
  withdraw: "release.withdraw",
  confirm_review: "release.approve",
} as const satisfies Record<string, Permission>;
