"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeAction, whenDatabaseDown } from "@/lib/auth/authorize";
import { setUserActive } from "@/lib/dal/users";
import { formString, userActiveSchema, type UserRowState } from "@/lib/validation/user";
import { userChangeProblem } from "./user-change-problem";

/** "Deactivate" / "Reactivate" on a row of /admin/users. A deactivated user's session ends at once. */
export async function setUserActiveAction(_prev: UserRowState, form: FormData): Promise<UserRowState> {
  return whenDatabaseDown(
    "setUserActiveAction",
    () => setActive(form),
    (message) => ({ status: "error", message }),
  );
}

async function setActive(form: FormData): Promise<UserRowState> {
  const auth = await authorizeAction("users.manage");
  if (!auth.ok) return { status: "error", message: auth.message };

  const parsed = userActiveSchema.safeParse({ userId: formString(form, "userId"), active: formString(form, "active") });
  if (!parsed.success)
    return { status: "error", message: parsed.error.issues[0]?.message ?? "The form is incomplete: reload the page." };

  const result = await setUserActive(auth.user, parsed.data.userId, parsed.data.active);
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
}
