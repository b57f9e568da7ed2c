// The three roles, least powerful first. In lib/domain so that both the permission table
// (lib/auth/permissions.ts, which also checks them against the database's Role enum) and the forms'
// validation (lib/validation/user.ts) use one list without lib/validation importing lib/auth.
export const ROLES = ["WRITER", "EDITOR", "ADMIN"] as const;
