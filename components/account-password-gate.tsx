"use client";

import { redirect, usePathname } from "next/navigation";

const ACCOUNT_PATH = "/admin/account";

/**
 * Sends a user who still holds a one-time password to /admin/account from every other /admin page.
 * It lives in the admin layout, which cannot see the requested path on the server; usePathname can,
 * on the first (server) render and on every client-side navigation, which the layout sits out.
 */
export function AccountPasswordGate({ mustChange, children }: { mustChange: boolean; children: React.ReactNode }) {
  const pathname = usePathname();
  if (mustChange && pathname !== ACCOUNT_PATH) redirect(ACCOUNT_PATH);
  return children;
}
