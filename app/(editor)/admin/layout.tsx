import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountPasswordGate } from "@/components/account-password-gate";
import { SignOutButton } from "@/components/sign-out-button";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { needsPasswordChange } from "@/lib/dal/users";
import "./editor.css";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  // The proxy already redirects visitors without a token; this also catches deactivated users.
  const user = await getSessionUser();
  if (!user) redirect("/login");
  // A user still on an admin-given one-time password may only visit /admin/account.
  const mustChangePassword = await needsPasswordChange(user.id);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="editor-header">
        <div className="inner">
          <Link className="brand" href="/admin">
            Pressroom · Editor
          </Link>
          <nav aria-label="Editor">
            <Link href="/admin">Releases</Link>
            {can(user.role, "media.view") ? <Link href="/admin/media">Media</Link> : null}
            {can(user.role, "users.manage") ? <Link href="/admin/users">Users</Link> : null}
            {can(user.role, "contacts.manage") ? <Link href="/admin/contacts">Contacts</Link> : null}
            {can(user.role, "webhooks.manage") ? <Link href="/admin/webhooks">Webhooks</Link> : null}
            {can(user.role, "outbox.view") ? <Link href="/admin/outbox">Outbox</Link> : null}
            {can(user.role, "audit.view") ? <Link href="/admin/audit">Audit log</Link> : null}
            <Link href="/admin/account">Account</Link>
            <Link href="/" target="_blank">
              Public site
            </Link>
            <span className="who">
              {user.name} ({user.role.toLowerCase()})
            </span>
            <SignOutButton />
          </nav>
        </div>
      </header>
      <main id="main" className="editor-main">
        <AccountPasswordGate mustChange={mustChangePassword}>{children}</AccountPasswordGate>
      </main>
    </>
  );
}
