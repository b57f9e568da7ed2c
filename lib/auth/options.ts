import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "../dal/audit";
import { findUserForSignIn } from "../dal/users";
import { env } from "../env";
import { verifyPassword } from "./password";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1_000),
});

let options: NextAuthOptions | undefined;

/** Built on first use so the secret comes from the validated env at run time, not at build time. */
export function authOptions(): NextAuthOptions {
  options ??= {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const user = await findUserForSignIn(email);
          // Unknown email, inactive user and wrong password all take the same path and answer.
          const ok = await verifyPassword(user?.active ? user.passwordHash : null, password);
          if (!user || !user.active || !ok) {
            await recordAudit({ action: "auth.sign_in_failed", actorId: user?.id ?? null, detail: { email } });
            return null;
          }
          await recordAudit({ action: "auth.sign_in", actorId: user.id });
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
    ],
    callbacks: {
      // Only the user id travels in the token; name and role are read from the database per request.
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.sub ?? "" } };
      },
    },
  };
  return options;
}
