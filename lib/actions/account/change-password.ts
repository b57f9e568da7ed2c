"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formString } from "../../validation/form";
import { serverAction } from "../action";
import { reissueSessionToken } from "../../auth/session";
import { changeOwnPassword } from "../../dal/users";
import {
  WRONG_PASSWORD_MESSAGE,
  fieldErrorsOf,
  passwordChangeSchema,
  type PasswordChangeState,
} from "../../validation/user";

/** "Change password" on /admin/account: the signed-in user's own password, never anyone else's. */
export const changePasswordAction = serverAction<[PasswordChangeState, FormData], PasswordChangeState>(
  {
    name: "changePasswordAction",
    permission: "account.update",
    failed: (message) => ({ status: "error", message, fieldErrors: {} }),
  },
  async (user, _prev, form) => {
    const parsed = passwordChangeSchema.safeParse({
      currentPassword: formString(form, "currentPassword"),
      newPassword: formString(form, "newPassword"),
    });
    if (!parsed.success) {
      return { status: "invalid", message: "Your password was not changed.", fieldErrors: fieldErrorsOf(parsed.error) };
    }

    const result = await changeOwnPassword(user, parsed.data);
    if (result.status === "wrong_password") {
      return {
        status: "invalid",
        message: "Your password was not changed.",
        fieldErrors: { currentPassword: WRONG_PASSWORD_MESSAGE },
      };
    }
    if (result.status === "not_found") {
      return {
        status: "error",
        message: "You are not signed in (or your session has ended). Sign in and try again.",
        fieldErrors: {},
      };
    }

    // Every session of this user ended with the change; this device signs straight back in.
    await reissueSessionToken(result.sessionVersion);
    // The layout decides on every /admin page whether a password change is still owed.
    revalidatePath("/admin", "layout");
    // A fresh value each time: the page keys the form on it, so the fields empty after every change.
    redirect(`/admin/account?changed=${Date.now().toString(36)}`);
  },
);
