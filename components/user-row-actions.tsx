"use client";

import { useActionState } from "react";
import { changeRoleAction } from "@/lib/actions/users/change-role";
import { setUserActiveAction } from "@/lib/actions/users/set-active";
import { ROLE_LABELS, type RoleValue, type UserRowState } from "@/lib/validation/user";

interface RowUser {
  id: string;
  name: string;
  role: RoleValue;
  active: boolean;
}

function Problem({ state, label }: { state: UserRowState; label: string }) {
  return state.status === "error" ? (
    <p className="field-error" role="alert" aria-label={label}>
      {state.message}
    </p>
  ) : null;
}

/** A role select and "Change role" for one user. After a refusal the select shows the stored role again. */
export function UserRoleForm({ user }: { user: RowUser }) {
  const [state, action, pending] = useActionState<UserRowState, FormData>(changeRoleAction, { status: "idle" });
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="userId" value={user.id} />
      <select name="role" defaultValue={user.role} aria-label={`Role of ${user.name}`} style={{ width: "auto" }}>
        {(Object.keys(ROLE_LABELS) as RoleValue[]).map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>{" "}
      <button type="submit" className="secondary" disabled={pending}>
        Change role
      </button>
      <Problem state={state} label="Role change problem" />
    </form>
  );
}

/** "Deactivate" for an active user, "Reactivate" for an inactive one. */
export function UserActiveForm({ user }: { user: RowUser }) {
  const [state, action, pending] = useActionState<UserRowState, FormData>(setUserActiveAction, { status: "idle" });
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="active" value={user.active ? "false" : "true"} />
      <button type="submit" className={user.active ? "danger" : "secondary"} disabled={pending}>
        {user.active ? "Deactivate" : "Reactivate"}
      </button>
      <Problem state={state} label="Access problem" />
    </form>
  );
}
