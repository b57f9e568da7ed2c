"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formString } from "../../validation/form";
import { serverAction } from "../action";
import { setUserActive } from "../../dal/users";
import { userActiveSchema, type UserRowState } from "../../validation/user";
import { userChangeProblem } from "./change-problem";

/** "Deactivate" / "Reactivate" on a row of /admin/users. A deactivated user's session ends at once. */
export const setUserActiveAction = serverAction<[UserRowState, FormData], UserRowState>(
  { name: "setUserActiveAction", permission: "users.manage", failed: (message) => ({ status: "error", message }) },
  async (user, _prev, form) => {
    const parsed = userActiveSchema.safeParse({
      userId: formString(form, "userId"),
      active: formString(form, "active"),
    });
    if (!parsed.success)
      return {
        status: "error",
        message: parsed.error.issues[0]?.message ?? "The form is incomplete: reload the page.",
      };

    const result = await setUserActive(user, parsed.data.userId, parsed.data.active);
    if (result.status !== "ok")
      return {
        status: "error",
        message: userChangeProblem(result.status, parsed.data.active ? "reactivate" : "deactivate"),
      };

    // Refreshes this admin's cached /admin pages; the changed user is checked on every request anyway.
    revalidatePath("/admin", "layout");
    redirect(
      `/admin/users?done=${parsed.data.active ? "reactivated" : "deactivated"}&user=${encodeURIComponent(result.id)}`,
    );
  },
);
