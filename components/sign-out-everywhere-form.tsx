"use client";

import { useActionState } from "react";
import { signOutEverywhereAction, type SignOutEverywhereState } from "@/lib/actions/account/sign-out-everywhere";

/** Ends every session of the signed-in user (this browser too): for a lost laptop or a shared computer. */
export function SignOutEverywhereForm() {
  const [state, formAction, pending] = useActionState<SignOutEverywhereState>(signOutEverywhereAction, {
    status: "idle",
  });
  return (
    <form action={formAction}>
      {state.status === "error" ? (
        <p className="notice error" role="alert">
          {state.message}
        </p>
      ) : null}
      <p>Signs you out on every browser and device where you are signed in, this one included.</p>
      <button type="submit" className="secondary" disabled={pending}>
        Sign out everywhere
      </button>
    </form>
  );
}
