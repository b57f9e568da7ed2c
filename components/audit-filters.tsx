import Link from "next/link";
import type { FieldErrors } from "@/lib/validation/release";
import type { AuditFilterValues } from "@/lib/validation/user";
import { Field } from "./field";

export interface AuditFilterProps {
  values: AuditFilterValues;
  errors: FieldErrors;
  users: Array<{ id: string; name: string; email: string }>;
  actions: string[];
}

/**
 * A plain GET form: the filters live in the URL (bookmarkable, shareable, work without JavaScript).
 * A value from the URL that is not among the choices is still offered, so the form shows what is applied.
 */
export function AuditFilters({ values, errors, users, actions }: AuditFilterProps) {
  const knownUser = users.some((u) => u.id === values.user);
  const actionChoices =
    values.action && !actions.includes(values.action) && !errors.action ? [...actions, values.action] : actions;
  return (
    <form method="get" action="/admin/audit" role="search" aria-label="Filter the audit log">
      {/* Top-aligned, each with a hint: the inputs line up whatever errors appear below them. */}
      <div className="row" style={{ alignItems: "start" }}>
        <Field id="user" label="User" error={errors.user} hint="Entries by or about this user">
          {(aria) => (
            <select {...aria} name="user" defaultValue={errors.user ? "" : values.user}>
              <option value="">All users</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.email})
                </option>
              ))}
              {values.user && !knownUser && !errors.user ? <option value={values.user}>Unknown user</option> : null}
            </select>
          )}
        </Field>
        <Field id="action" label="Action" error={errors.action} hint="What was done">
          {(aria) => (
            <select {...aria} name="action" defaultValue={errors.action ? "" : values.action}>
              <option value="">All actions</option>
              {actionChoices.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="release" label="Release" error={errors.release} hint="Its id or headline words">
          {(aria) => <input {...aria} type="text" name="release" defaultValue={values.release} maxLength={200} />}
        </Field>
        <Field id="from" label="From" error={errors.from} hint="Day in UTC">
          {(aria) => <input {...aria} type="date" name="from" defaultValue={values.from} />}
        </Field>
        <Field id="to" label="To" error={errors.to} hint="Day in UTC (included)">
          {(aria) => <input {...aria} type="date" name="to" defaultValue={values.to} />}
        </Field>
      </div>
      <p style={{ display: "flex", gap: "1rem", alignItems: "center", margin: "0 0 1rem" }}>
        <button type="submit">Filter</button>
        <Link href="/admin/audit">Clear filters</Link>
      </p>
    </form>
  );
}
