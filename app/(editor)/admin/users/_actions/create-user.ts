"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeAction, whenDatabaseDown } from "@/lib/auth/authorize";
import { createUser } from "@/lib/dal/users";
import {
  DUPLICATE_EMAIL_MESSAGE,
  fieldErrorsOf,
  formString,
  userCreateSchema,
  userCreateValuesFromForm,
  type UserCreateFormValues,
  type UserCreateState,
} from "@/lib/validation/user";

/** "Create user" on /admin/users: a new account with a one-time password the admin hands over. */
export async function createUserAction(_prev: UserCreateState, form: FormData): Promise<UserCreateState> {
  // The password is read for the schema only and never put into the answer.
  const values = userCreateValuesFromForm(form);
  return whenDatabaseDown(
    "createUserAction",
    () => create(form, values),
    (message) => ({ status: "error", message, fieldErrors: {}, values }),
  );
}

async function create(form: FormData, values: UserCreateFormValues): Promise<UserCreateState> {
  const auth = await authorizeAction("users.manage");
  if (!auth.ok) return { status: "error", message: auth.message, fieldErrors: {}, values };

  const parsed = userCreateSchema.safeParse({ ...values, password: formString(form, "password") });
  if (!parsed.success) {
    return {
      status: "invalid",
      message: "Some fields need attention: no user was created.",
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  }

  const result = await createUser(auth.user, parsed.data);
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
}
