"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";

export function SignOutButton() {
  const router = useRouter();
  async function onClick() {
    // No next-auth redirect: it would resolve against NEXTAUTH_URL, which may name another host.
    await signOut({ redirect: false });
    router.replace("/login");
    router.refresh();
  }
  return (
    <button type="button" className="secondary" onClick={onClick}>
      Sign out
    </button>
  );
}
