import type { UserChangeResult } from "@/lib/dal/users";

/** The message for a role change or (de)activation the DAL did not make. */
export function userChangeProblem(
  status: Exclude<UserChangeResult["status"], "ok">,
  change: "role" | "deactivate" | "reactivate",
): string {
  switch (status) {
    case "self":
      return change === "role"
        ? "You cannot change your own role: ask another admin to do it."
        : "You cannot deactivate your own account: ask another admin to do it.";
    case "not_admin":
      return "Your account is no longer an active admin: nothing was changed.";
    case "not_found":
      return "This user no longer exists: reload the page.";
    case "unchanged":
      return change === "role"
        ? "The user already has this role."
        : `The user is already ${change === "deactivate" ? "inactive" : "active"}.`;
  }
}
