"use client";

import { useActionState, useState } from "react";
import { changePasswordAction } from "@/lib/actions/account/change-password";
import { USER_LIMITS, type PasswordChangeState } from "@/lib/validation/user";
import { InputField } from "./field";
import { submitWithoutReset } from "./submit-without-reset";

/** Current and new password. Passwords never come back from the server: the fields keep them here. */
export function AccountPasswordForm() {
  const [state, formAction, pending] = useActionState<PasswordChangeState, FormData>(changePasswordAction, {
    status: "idle",
  });
  const [values, setValues] = useState({ currentPassword: "", newPassword: "" });
  const errors = state.status === "idle" ? {} : state.fieldErrors;
  const set = (name: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));

  const onSubmit = submitWithoutReset(formAction);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-describedby="password-status">
      <div id="password-status" aria-live="polite">
        {state.status !== "idle" ? (
          <p className="notice error" role="alert" aria-label="Password problem">
            {state.message}
          </p>
        ) : null}
      </div>
      <InputField
        id="currentPassword"
        label="Current password"
        error={errors.currentPassword}
        type="password"
        name="currentPassword"
        autoComplete="current-password"
        maxLength={USER_LIMITS.passwordMax}
        value={values.currentPassword}
        onChange={set("currentPassword")}
      />
      <InputField
        id="newPassword"
        label="New password"
        error={errors.newPassword}
        hint={`At least ${USER_LIMITS.passwordMin} characters; a few unrelated words make a good one.`}
        type="password"
        name="newPassword"
        autoComplete="new-password"
        maxLength={USER_LIMITS.passwordMax}
        value={values.newPassword}
        onChange={set("newPassword")}
      />
      <button type="submit" disabled={pending}>
        Change password
      </button>
      {pending ? <span role="status"> Saving…</span> : null}
    </form>
  );
}
