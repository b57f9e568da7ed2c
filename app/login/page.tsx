import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/login-form";
import { getSessionUser } from "@/lib/auth/session";
import { callbackPathOrDefault } from "@/lib/http/safe-callback";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  const callbackUrl = callbackPathOrDefault((await searchParams).callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  return (
    <main id="main" className="login">
      <h1>Sign in to Pressroom</h1>
      <LoginForm callbackUrl={callbackUrl} />
    </main>
  );
}
