import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "../dal/audit";
import { findUserForSignIn } from "../dal/users";
import { env } from "../env";
import { signInSchema } from "../validation/user";
import { clientAddress } from "./client-address";
import { verifyPassword } from "./password";
import { beginSignInAttempt } from "./rate-limit";
import { errorFields, logger } from "../log";
import { rateLimitedCode, SIGN_IN_UNAVAILABLE } from "./sign-in-messages";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site POSTs), and
 * Secure with the __Secure- prefix when the site is served over https (NEXTAUTH_URL), which is the
 * same rule next-auth's getToken() in proxy.ts uses to find it. Written out (rather than left to
 * next-auth's defaults) so these flags are a decision in our code, and so the password change can
 * re-issue the same cookie (session.ts).
 */
export function sessionCookie(nextAuthUrl = env().NEXTAUTH_URL) {
  const secure = nextAuthUrl?.startsWith("https://") ?? false;
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/** A refusal we mean to show (rate limit): its message is one of our codes (sign-in-messages.ts). */
class SignInRefusal extends Error {}

type Headers = Record<string, string | string[] | undefined> | undefined;

async function authorizeCredentials(raw: unknown, headers: Headers) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientAddress(headers);
  // Counted before the password is checked (race-safe); unknown emails count like real ones.
  const gate = await beginSignInAttempt(email, ip);
  // A thrown error's message reaches the form as next-auth's `error` (sign-in-messages.ts).
  if (!gate.allowed) throw new SignInRefusal(rateLimitedCode(gate.retryInMinutes));
  const user = await findUserForSignIn(email);
  // Unknown email, inactive user and wrong password all take the same path and answer, and
  // each costs one argon2id verification (a dummy hash when there is no usable one).
  const ok = await verifyPassword(user?.active ? user.passwordHash : null, password);
  if (!user || !user.active || !ok) {
    await recordAudit({ action: "auth.sign_in_failed", actorId: user?.id ?? null, detail: { email, ip } });
    return null;
  }
  await gate.succeeded();
  await recordAudit({ action: "auth.sign_in", actorId: user.id });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

let options: NextAuthOptions | undefined;

/** Built on first use so the secret comes from the validated env at run time, not at build time. */
export function authOptions(): NextAuthOptions {
  options ??= {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: sessionCookie().options.secure,
    cookies: { sessionToken: sessionCookie() },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw, req) {
          try {
            return await authorizeCredentials(raw, req?.headers);
          } catch (error) {
            if (error instanceof SignInRefusal) throw error;
            // next-auth sends a thrown error's message to the browser: log the real one, send a code.
            logger.error("sign-in failed unexpectedly", { error: errorFields(error) });
            throw new Error(SIGN_IN_UNAVAILABLE);
          }
        },
      }),
    ],
    callbacks: {
      // Only the user id and the session version travel in the token; name and role are read from the
      // database per request, where a newer sessionVersion (password change, deactivation) refuses it.
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        return {
          ...session,
          user: { ...session.user, id: token.sub ?? "", sessionVersion: typeof token.sv === "number" ? token.sv : 0 },
        };
      },
    },
  };
  return options;
}
