"use client";

import { useActionState, useState } from "react";
import { submitWithoutReset } from "./submit-without-reset";
import { createUserAction } from "@/lib/actions/users/create";
import {
  ROLE_LABELS,
  USER_LIMITS,
  emptyUserCreateValues,
  type RoleValue,
  type UserCreateFormValues,
  type UserCreateState,
} from "@/lib/validation/user";
import { Field, InputField } from "./field";

/** The admin's "Create user" form; everything typed stays on screen whatever the server answers. */
export function UserCreateForm() {
  const [state, formAction, pending] = useActionState<UserCreateState, FormData>(createUserAction, { status: "idle" });
  const [values, setValues] = useState<UserCreateFormValues & { password: string }>(() => ({
    ...emptyUserCreateValues(),
    password: "",
  }));
  const errors = state.status === "idle" ? {} : state.fieldErrors;
  const set = (name: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));

  const onSubmit = submitWithoutReset(formAction);

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="create-user-heading"
      aria-describedby="create-user-status"
    >
      <h2 id="create-user-heading">Create a user</h2>
      <div id="create-user-status" aria-live="polite">
        {state.status !== "idle" ? (
          <p className="notice error" role="alert" aria-label="Create problem">
            {state.message}
          </p>
        ) : null}
      </div>
      <div className="row">
        <InputField
          id="name"
          label="Name"
          error={errors.name}
          type="text"
          name="name"
          autoComplete="off"
          maxLength={USER_LIMITS.name}
          value={values.name}
          onChange={set("name")}
        />
        <InputField
          id="email"
          label="Email"
          error={errors.email}
          type="email"
          name="email"
          autoComplete="off"
          maxLength={USER_LIMITS.email}
          value={values.email}
          onChange={set("email")}
        />
        <Field id="role" label="Role" error={errors.role}>
          {(aria) => (
            <select {...aria} name="role" value={values.role} onChange={set("role")}>
              {(Object.keys(ROLE_LABELS) as RoleValue[]).map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <InputField
        id="password"
        label="Password"
        error={errors.password}
        hint={`A one-time password (at least ${USER_LIMITS.passwordMin} characters) to hand over: the user must choose their own at first sign-in.`}
        type="password"
        name="password"
        autoComplete="new-password"
        maxLength={USER_LIMITS.passwordMax}
        value={values.password}
        onChange={set("password")}
      />
      <button type="submit" disabled={pending}>
        Create user
      </button>
      {pending ? <span role="status"> Saving…</span> : null}
    </form>
  );
}
