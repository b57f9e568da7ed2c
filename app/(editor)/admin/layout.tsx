import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/sign-out-button";
import { getSessionUser } from "@/lib/auth/session";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  // The proxy already redirects visitors without a token; this also catches deactivated users.
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="editor-header">
        <div className="inner">
          <Link className="brand" href="/admin">Pressroom · Editor</Link>
          <nav aria-label="Editor">
            <Link href="/admin">Releases</Link>
            <Link href="/" target="_blank">Public site</Link>
            <span className="who">
              {user.name} ({user.role.toLowerCase()})
            </span>
            <SignOutButton />
          </nav>
        </div>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
