"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { guardLeaving } from "./leave-guard";

export function SignOutButton() {
  const router = useRouter();
  async function onClick() {
    // No next-auth redirect: it would resolve against NEXTAUTH_URL, which may name another host.
    await signOut({ redirect: false });
    router.replace("/login");
    router.refresh();
  }
  return (
    // Signing out leaves the page: a form with unsaved changes asks first (issue 12.1).
    <button type="button" className="secondary" onClick={() => guardLeaving(() => void onClick())}>
      Sign out
    </button>
  );
}
