import type { UserListItem } from "@/lib/dal/users";
import { ROLE_LABELS } from "@/lib/validation/user";
import { UserActiveForm, UserRoleForm } from "./user-row-actions";

/** Every user with their role and access, and the admin's controls for each. */
export function UserTable({ users, currentUserId }: { users: UserListItem[]; currentUserId: string }) {
  return (
    <table className="data">
      <caption className="hint" style={{ textAlign: "left" }}>
        Active users first. A role change or deactivation applies at the user&apos;s next page load.
      </caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Active</th>
          <th scope="col">Change role</th>
          <th scope="col">Access</th>
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.id}>
            <th scope="row">
              {u.name}
              {u.id === currentUserId ? <span className="hint"> (you)</span> : null}
            </th>
            <td data-label="Email">{u.email}</td>
            <td data-label="Role">{ROLE_LABELS[u.role]}</td>
            <td data-label="Active">
              {u.active ? "Yes" : "No"}
              {u.mustChangePassword ? <p className="hint">Still on the one-time password</p> : null}
            </td>
            {/* Keyed on the stored state, so the controls start again from it after every change. */}
            <td data-label="Change role">
              <UserRoleForm key={`${u.id}-${u.role}`} user={u} />
            </td>
            <td data-label="Access">
              <UserActiveForm key={`${u.id}-${u.active}`} user={u} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
