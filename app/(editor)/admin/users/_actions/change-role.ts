"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeAction, whenDatabaseDown } from "@/lib/auth/authorize";
import { changeUserRole } from "@/lib/dal/users";
import { formString, roleChangeSchema, type UserRowState } from "@/lib/validation/user";
import { userChangeProblem } from "./user-change-problem";

/** "Change role" on a row of /admin/users; the new role applies at the user's next request. */
export async function changeRoleAction(_prev: UserRowState, form: FormData): Promise<UserRowState> {
  return whenDatabaseDown(
    "changeRoleAction",
    () => changeRole(form),
    (message) => ({ status: "error", message }),
  );
}

async function changeRole(form: FormData): Promise<UserRowState> {
  const auth = await authorizeAction("users.manage");
  if (!auth.ok) return { status: "error", message: auth.message };

  const parsed = roleChangeSchema.safeParse({ userId: formString(form, "userId"), role: formString(form, "role") });
  if (!parsed.success)
    return { status: "error", message: parsed.error.issues[0]?.message ?? "The form is incomplete: reload the page." };

  const result = await changeUserRole(auth.user, parsed.data.userId, parsed.data.role);
  if (result.status !== "ok") return { status: "error", message: userChangeProblem(result.status, "role") };

  // Refreshes this admin's cached /admin pages; the changed user's pages read the role on every request.
  revalidatePath("/admin", "layout");
  redirect(`/admin/users?done=role&user=${encodeURIComponent(result.id)}`);
}
