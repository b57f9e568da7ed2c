"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formString } from "../../validation/form";
import { serverAction } from "../action";
import { changeUserRole } from "../../dal/users";
import { roleChangeSchema, type UserRowState } from "../../validation/user";
import { userChangeProblem } from "./change-problem";

/** "Change role" on a row of /admin/users; the new role applies at the user's next request. */
export const changeRoleAction = serverAction<[UserRowState, FormData], UserRowState>(
  { name: "changeRoleAction", permission: "users.manage", failed: (message) => ({ status: "error", message }) },
  async (user, _prev, form) => {
    const parsed = roleChangeSchema.safeParse({ userId: formString(form, "userId"), role: formString(form, "role") });
    if (!parsed.success)
      return {
        status: "error",
        message: parsed.error.issues[0]?.message ?? "The form is incomplete: reload the page.",
      };

    const result = await changeUserRole(user, parsed.data.userId, parsed.data.role);
    if (result.status !== "ok") return { status: "error", message: userChangeProblem(result.status, "role") };

    // Refreshes this admin's cached /admin pages; the changed user's pages read the role on every request.
    revalidatePath("/admin", "layout");
    redirect(`/admin/users?done=role&user=${encodeURIComponent(result.id)}`);
  },
);
