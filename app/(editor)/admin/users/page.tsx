import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { UserAdminOnly } from "@/components/user-admin-only";
import { UserCreateForm } from "@/components/user-create-form";
import { UserTable } from "@/components/user-table";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { listUsers, type UserListItem } from "@/lib/dal/users";
import { ROLE_LABELS, type SearchParams } from "@/lib/validation/user";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<SearchParams> };

const DONE: Record<string, (u: UserListItem) => string> = {
  created: (u) => `User created: ${u.name} (${u.email}) must choose a new password at first sign-in.`,
  role: (u) => `Role changed: ${u.name} is now ${ROLE_LABELS[u.role].toLowerCase()}.`,
  deactivated: (u) => `${u.name} is deactivated: their session has ended.`,
  reactivated: (u) => `${u.name} is active again.`,
};

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function UsersPage({ searchParams }: Props) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (!can(user.role, "users.manage")) return <UserAdminOnly what="user management" />;

  const users = await listUsers();
  const params = await searchParams;
  const subject = users.find((u) => u.id === one(params.user));
  const notice = subject ? DONE[one(params.done)]?.(subject) : undefined;

  return (
    <>
      <h1>Users</h1>
      {notice ? (
        <p className="notice ok" role="status">
          {notice}
        </p>
      ) : null}
      <UserTable users={users} currentUserId={user.id} />
      {/* A fresh, empty form after each creation; on an error the same form keeps what was typed. */}
      <UserCreateForm key={one(params.done) === "created" ? one(params.user) : "new"} />
    </>
  );
}
