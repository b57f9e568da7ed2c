"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createUser } from "../../dal/users";
import { formString } from "../../validation/form";
import {
  DUPLICATE_EMAIL_MESSAGE,
  fieldErrorsOf,
  userCreateSchema,
  userCreateValuesFromForm,
  type UserCreateState,
} from "../../validation/user";
import { serverAction } from "../action";

/** "Create user" on /admin/users: a new account with a one-time password the admin hands over. */
export const createUserAction = serverAction<[UserCreateState, FormData], UserCreateState>(
  {
    name: "createUserAction",
    permission: "users.manage",
    failed: (message, _prev, form) => ({
      status: "error",
      message,
      fieldErrors: {},
      values: userCreateValuesFromForm(form),
    }),
  },
  async (user, _prev, form) => {
    // The password is read for the schema only and never put into the answer.
    const values = userCreateValuesFromForm(form);

    const parsed = userCreateSchema.safeParse({ ...values, password: formString(form, "password") });
    if (!parsed.success) {
      return {
        status: "invalid",
        message: "Some fields need attention: no user was created.",
        fieldErrors: fieldErrorsOf(parsed.error),
        values,
      };
    }

    const result = await createUser(user, parsed.data);
    if (result.status === "duplicate_email") {
      return {
        status: "invalid",
        message: "Some fields need attention: no user was created.",
        fieldErrors: { email: DUPLICATE_EMAIL_MESSAGE },
        values,
      };
    }

    revalidatePath("/admin/users");
    revalidatePath("/admin/audit");
    redirect(`/admin/users?done=created&user=${encodeURIComponent(result.id)}`);
  },
);
