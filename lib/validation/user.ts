// Schemas for the user-management, own-account and audit-log screens, shared by their forms and
// server actions. Raw form values stay plain strings so they can be shown again after an error;
// passwords are the exception: they are never sent back from the server (the browser keeps them).
import { z } from "zod";
import { ROLES } from "../domain/roles";
import { fieldErrorsOf, type FieldErrors } from "./release";
import { formString } from "./form";

export { fieldErrorsOf, type FieldErrors };

export type RoleValue = (typeof ROLES)[number];

export const ROLE_LABELS: Record<RoleValue, string> = { WRITER: "Writer", EDITOR: "Editor", ADMIN: "Admin" };

export const USER_LIMITS = {
  name: 200,
  email: 320,
  /** Long enough to resist guessing; a passphrase of a few words fits easily. */
  passwordMin: 12,
  /** The sign-in form's own limit: a longer password could never be typed back in. */
  passwordMax: 1_000,
} as const;

const newPassword = (label: string) =>
  z
    .string()
    .min(USER_LIMITS.passwordMin, `${label} must be at least ${USER_LIMITS.passwordMin} characters`)
    .max(
      USER_LIMITS.passwordMax,
      `${label} must be at most ${USER_LIMITS.passwordMax.toLocaleString("en")} characters`,
    );

/** Lower-cased here so the unique index also catches "Jane@X.org" against "jane@x.org". */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Email is required")
  .max(USER_LIMITS.email, `Email must be at most ${USER_LIMITS.email} characters`)
  .pipe(z.email("Enter an email address such as name@example.org"));

const roleSchema = z.enum(ROLES, { error: "Choose a role: writer, editor or admin" });

// Ids come from the page we rendered; anything else cannot name a user, so it is refused unread.
const userIdSchema = z
  .string()
  .max(64, "Unknown user: reload the page")
  .regex(/^[\w-]{1,64}$/, "Unknown user: reload the page");

// ---------- sign in ----------

/**
 * The login form's fields as next-auth's credentials endpoint receives them. No format check on the
 * email: whatever is typed is looked up (and rate-limited) the same way, and too-long input is
 * refused before any lookup. The form shows one message for every refusal, so these have none.
 */
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(USER_LIMITS.email),
  password: z.string().max(USER_LIMITS.passwordMax),
});

// ---------- create a user (admin) ----------

export interface UserCreateFormValues {
  name: string;
  email: string;
  role: string;
}

export const userCreateSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Name is required")
    .max(USER_LIMITS.name, `Name must be at most ${USER_LIMITS.name} characters`),
  email: emailSchema,
  role: roleSchema,
  /** A one-time password the admin hands over; the user must replace it at first sign-in. */
  password: newPassword("Password"),
});

export type UserCreateInput = z.output<typeof userCreateSchema>;

export const emptyUserCreateValues = (): UserCreateFormValues => ({ name: "", email: "", role: "WRITER" });

export function userCreateValuesFromForm(form: FormData): UserCreateFormValues {
  return { name: formString(form, "name"), email: formString(form, "email"), role: formString(form, "role") };
}

export type UserCreateState =
  | { status: "idle" }
  | { status: "invalid" | "error"; message: string; fieldErrors: FieldErrors; values: UserCreateFormValues };

export const DUPLICATE_EMAIL_MESSAGE = "A user with this email already exists";

// ---------- change a role, deactivate or reactivate (admin, per user) ----------

export const roleChangeSchema = z.object({ userId: userIdSchema, role: roleSchema });

export const userActiveSchema = z.object({
  userId: userIdSchema,
  active: z
    .enum(["true", "false"], { error: "The form is incomplete: reload the page" })
    .transform((v) => v === "true"),
});

/** Row actions answer with a message only: there is nothing typed to keep but a select. */
export type UserRowState = { status: "idle" } | { status: "error"; message: string };

// ---------- own password ----------

export const passwordChangeSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, "Enter your current password")
      .max(USER_LIMITS.passwordMax, "That is not your current password"),
    newPassword: newPassword("New password"),
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Choose a new password that differs from the current one",
  });

export type PasswordChangeInput = z.output<typeof passwordChangeSchema>;

export type PasswordChangeState =
  { status: "idle" } | { status: "invalid" | "error"; message: string; fieldErrors: FieldErrors };

export const WRONG_PASSWORD_MESSAGE = "That is not your current password";

// ---------- audit log filters (GET query parameters) ----------

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilterValues {
  user: string;
  action: string;
  release: string;
  from: string;
  to: string;
}

export interface AuditCursor {
  createdAt: Date;
  id: string;
}

export interface AuditFilters {
  /** Entries made by this user or about this user (detail.userId). */
  userId?: string;
  action?: string;
  /** A release id, or part of any of its editions' headlines. */
  release?: string;
  /** Inclusive lower bound (00:00 UTC of the From day). */
  from?: Date;
  /** Exclusive upper bound (00:00 UTC of the day after To). */
  toExclusive?: Date;
  /** Keyset pagination: entries older than `before`, or newer than `after`. */
  before?: AuditCursor;
  after?: AuditCursor;
}

export type SearchParams = Record<string, string | string[] | undefined>;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** YYYY-MM-DD as 00:00 UTC of that day, or null when it is malformed or not a real date. */
export function parseIsoDay(value: string): Date | null {
  if (!isoDay.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/** Cursors are `<epoch ms>.<entry id>`: createdAt has millisecond precision, so this is exact. */
export function encodeAuditCursor(cursor: AuditCursor): string {
  return `${cursor.createdAt.getTime()}.${cursor.id}`;
}

export function decodeAuditCursor(value: string): AuditCursor | undefined {
  const match = /^(\d{1,15})\.([\w-]{1,64})$/.exec(value);
  if (!match) return undefined;
  const createdAt = new Date(Number(match[1]));
  return Number.isNaN(createdAt.getTime()) ? undefined : { createdAt, id: match[2]! };
}

const first = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).slice(0, 1_000);

/**
 * The audit page's query string → filters for the DAL. Never throws: a malformed value is dropped
 * (the list is shown without it) and explained next to its field.
 */
export function parseAuditQuery(params: SearchParams): {
  values: AuditFilterValues;
  filters: AuditFilters;
  errors: FieldErrors;
} {
  const values: AuditFilterValues = {
    user: first(params.user).trim(),
    action: first(params.action).trim(),
    release: first(params.release).trim(),
    from: first(params.from).trim(),
    to: first(params.to).trim(),
  };
  const filters: AuditFilters = {};
  const errors: FieldErrors = {};

  if (values.user) {
    if (userIdSchema.safeParse(values.user).success) filters.userId = values.user;
    else errors.user = "Choose a user from the list";
  }
  if (values.action) {
    if (/^[a-z][a-z_.]{0,63}$/.test(values.action)) filters.action = values.action;
    else errors.action = "Choose an action from the list";
  }
  if (values.release) {
    if (values.release.length <= 200) filters.release = values.release;
    else errors.release = "Type at most 200 characters";
  }
  if (values.from) {
    const from = parseIsoDay(values.from);
    if (from) filters.from = from;
    else errors.from = "Enter the date as YYYY-MM-DD";
  }
  if (values.to) {
    const to = parseIsoDay(values.to);
    if (!to) errors.to = "Enter the date as YYYY-MM-DD";
    else if (filters.from && to < filters.from) errors.to = "To must be on or after From";
    else filters.toExclusive = new Date(to.getTime() + DAY_MS);
  }
  // A cursor is only ever written by our own links; a bad one just shows the newest page.
  const before = decodeAuditCursor(first(params.before));
  const after = before ? undefined : decodeAuditCursor(first(params.after));
  if (before) filters.before = before;
  if (after) filters.after = after;
  return { values, filters, errors };
}

/** The query string of a filtered audit page (empty values left out), for pagination links. */
export function auditQueryString(values: AuditFilterValues, cursor?: { before?: string; after?: string }): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) query.set(key, value);
  if (cursor?.before) query.set("before", cursor.before);
  if (cursor?.after) query.set("after", cursor.after);
  const text = query.toString();
  return text ? `?${text}` : "";
}
