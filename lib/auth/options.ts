import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "../dal/audit";
import { isDatabaseUnavailable } from "../dal/health";
import { createSession, isSessionLive, revokeSession } from "../dal/sessions";
import { findUserForSignIn } from "../dal/users";
import { env } from "../env";
import { nextAuthRedirect } from "../http/safe-callback";
import { emailSchema, signInSchema } from "../validation/user";
import { clientAddress, peerAddress } from "./client-address";
import { rememberDevice, trustedDeviceId } from "./device-cookie";
import { verifyPassword } from "../crypto/password";
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

/** What the audit log keeps of a failed sign-in's email field (issue 11.14). */
const NOT_AN_EMAIL_MARKER = "(not an email address)";

/**
 * People type their password into the email field by mistake; the audit log (which admins read)
 * must not keep it. Only text that is a plausible address is kept, anything else becomes a marker.
 */
function auditableEmail(typed: string): string {
  return emailSchema.safeParse(typed).success ? typed : NOT_AN_EMAIL_MARKER;
}

/** Thrown by the jwt callback for a token whose server-side session has ended. */
class SessionEnded extends Error {
  constructor() {
    super("session ended");
    this.name = "SessionEnded";
  }
}

function isSessionEnded(metadata: unknown): boolean {
  if (metadata instanceof SessionEnded) return true;
  const inner = (metadata as { error?: unknown } | null)?.error;
  return inner instanceof SessionEnded || (inner as { name?: string } | undefined)?.name === "SessionEnded";
}

/** A refusal we mean to show (rate limit): its message is one of our codes (sign-in-messages.ts). */
class SignInRefusal extends Error {}

type Headers = Record<string, string | string[] | undefined> | undefined;

async function authorizeCredentials(raw: unknown, headers: Headers) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientAddress(headers, env().TRUST_PROXY, peerAddress(headers));
  const user = await findUserForSignIn(email);
  // A browser that has signed in as this (active) account before skips the account-wide delay an
  // attacker's guesses from elsewhere build up (issue 11.6). Only a real account can have one.
  const device = user?.active ? trustedDeviceId(headers?.cookie, user.id) : null;
  // Counted before the password is checked (race-safe); unknown emails count like real ones.
  const gate = await beginSignInAttempt(email, ip, device);
  // A thrown error's message reaches the form as next-auth's `error` (sign-in-messages.ts).
  if (!gate.allowed) throw new SignInRefusal(rateLimitedCode(gate.retryInSeconds));
  // Unknown email, inactive user and wrong password all take the same path and answer, and
  // each costs one argon2id verification (a dummy hash when there is no usable one).
  const ok = await verifyPassword(user?.active ? user.passwordHash : null, password);
  if (!user || !user.active || !ok) {
    await recordAudit({
      action: "auth.sign_in_failed",
      actorId: user?.id ?? null,
      detail: { email: auditableEmail(email), ip },
    });
    return null;
  }
  await gate.succeeded();
  const sessionId = await createSession(user.id);
  await recordAudit({ action: "auth.sign_in", actorId: user.id });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, sessionId };
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
    events: {
      // This browser is now known for the account: its device cookie lets it through the
      // account-wide sign-in delay next time (lib/auth/device-cookie.ts).
      async signIn({ user }) {
        await rememberDevice(user.id);
      },
      // Sign-out ends the session on the server too: a copy of the cookie taken before is worthless.
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(token.sid);
      },
    },
    logger: {
      // An ended session is routine (next-auth reports it as JWT_SESSION_ERROR and clears the cookie).
      error(code, metadata) {
        if (isSessionEnded(metadata)) return;
        logger.error("next-auth error", { code, error: metadata });
      },
      warn(code) {
        logger.warn("next-auth warning", { code });
      },
      debug() {},
    },
    callbacks: {
      // Every redirect next-auth makes (after sign-in, sign-out, errors) stays on this site.
      redirect: ({ url, baseUrl }) => nextAuthRedirect(url, baseUrl),
      // Only the user id and the session version travel in the token; name and role are read from the
      // database per request, where a newer sessionVersion (password change, deactivation) refuses it.
      // Every read of the session (pages, actions, /api/auth/session) checks the server-side session
      // row: a revoked one (sign-out, "Sign out everywhere", password change, deactivation) is no
      // session, and next-auth then clears the cookie and answers /api/auth/session with {}.
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as { sessionVersion?: number; sessionId?: string };
          token.sub = user.id;
          token.sv = signedIn.sessionVersion ?? 0;
          token.sid = signedIn.sessionId;
          return token;
        }
        // Whatever a previous request marked (below), this one checks afresh.
        delete token.unverified;
        if (typeof token.sid !== "string" || typeof token.sub !== "string") throw new SessionEnded();
        try {
          const live = await isSessionLive(token.sid, token.sub, typeof token.sv === "number" ? token.sv : 0);
          if (!live) throw new SessionEnded();
        } catch (error) {
          // next-auth treats any error here as an ended session and clears the cookie: a database
          // outage would sign everyone out and turn "nothing was saved" into "you are not signed in".
          // The token is kept, marked unverified, and getSessionUser() raises the outage again.
          if (!isDatabaseUnavailable(error)) throw error;
          return { ...token, unverified: true };
        }
        return token;
      },
      session({ session, token }) {
        return {
          ...session,
          user: {
            ...session.user,
            id: token.sub ?? "",
            sessionVersion: typeof token.sv === "number" ? token.sv : 0,
            unverified: token.unverified === true,
          },
        };
      },
    },
  };
  return options;
}
