"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  async function onClick() {
    // No next-auth redirect: it would resolve against NEXTAUTH_URL, which may name another host.
    await signOut({ redirect: false });
    window.location.assign("/login");
  }
  return (
    <button type="button" className="secondary" onClick={onClick}>
      Sign out
    </button>
  );
}
