import "server-only";
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { env } from "../env";
import { errorFields, logger } from "../log";

// The device cookie (OWASP's "device cookies" against account lockout, issue 11.6): a browser that
// has signed in successfully as an account gets a signed cookie naming that account, and a sign-in
// attempt that carries it is let through the account-wide delay (lib/auth/rate-limit.ts) that an
// attacker guessing from many addresses builds up. It grants nothing else: the password is still
// checked, and the per-address limits still apply.

/** How long a browser stays "known" after its last successful sign-in (renewed at every one). */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;
/** Only the sign-in endpoint needs it, so it travels with nothing else. */
const COOKIE_PATH = "/api/auth";
const NAME_PREFIX = "pressroom-device.";
/** Tolerance for a clock a little ahead on the instance that issued the cookie. */
const CLOCK_SKEW_SECONDS = 5 * 60;

type Options = { secret?: string; nextAuthUrl?: string; now?: number };

/** A key of its own, derived from NEXTAUTH_SECRET: a device cookie is never a valid session token or vice versa. */
function key(secret = env().NEXTAUTH_SECRET): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "pressroom", "device-cookie v1", 32));
}

function mac(secret: string | undefined, text: string): string {
  return createHmac("sha256", key(secret)).update(text).digest("base64url");
}

/** The account as the cookie names it: a keyed hash of the user id (no email, nothing guessable). */
function accountTag(userId: string, secret?: string): string {
  return mac(secret, `account\0${userId}`);
}

/**
 * One cookie per account (a shared office computer may be "known" for several people), named by the
 * account's tag; Secure with the __Secure- prefix on an https site, like the session cookie.
 */
export function deviceCookieName(userId: string, { secret, nextAuthUrl = env().NEXTAUTH_URL }: Options = {}): string {
  const secure = nextAuthUrl?.startsWith("https://") ?? false;
  return `${secure ? "__Secure-" : ""}${NAME_PREFIX}${accountTag(userId, secret).slice(0, 16)}`;
}

export interface DeviceCookie {
  name: string;
  value: string;
  deviceId: string;
  options: { httpOnly: true; sameSite: "lax"; secure: boolean; path: string; maxAge: number };
}

/**
 * The cookie for a browser that just signed in as `userId`. `deviceId` is kept when the browser
 * already had one (its failures stay counted against it), otherwise a new random one.
 * Value: `<issued at, s>.<device id>.<HMAC over account tag, issued at and device id>`.
 */
export function issueDeviceCookie(userId: string, deviceId: string | null, options: Options = {}): DeviceCookie {
  const nextAuthUrl = options.nextAuthUrl ?? env().NEXTAUTH_URL;
  const id = deviceId ?? randomBytes(16).toString("base64url");
  const issuedAt = Math.floor((options.now ?? Date.now()) / 1000);
  const signature = mac(options.secret, `v1.${accountTag(userId, options.secret)}.${issuedAt}.${id}`);
  return {
    name: deviceCookieName(userId, { ...options, nextAuthUrl }),
    value: `${issuedAt}.${id}.${signature}`,
    deviceId: id,
    options: {
      httpOnly: true,
      sameSite: "lax",
      secure: nextAuthUrl?.startsWith("https://") ?? false,
      path: COOKIE_PATH,
      maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
    },
  };
}

/**
 * The device id of a valid, unexpired device cookie for `userId` in a Cookie header, else null.
 * A cookie issued for another account, signed with another secret, altered or expired is ignored.
 */
export function trustedDeviceId(
  cookieHeader: string | string[] | undefined,
  userId: string,
  options: Options = {},
): string | null {
  const value = readCookie(cookieHeader, deviceCookieName(userId, options));
  const match = value ? /^(\d{1,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(value) : null;
  if (!match) return null;
  const [, issued, deviceId, signature] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(mac(options.secret, `v1.${accountTag(userId, options.secret)}.${issued}.${deviceId}`));
  if (!timingSafeEqual(expected, Buffer.from(signature))) return null;
  const age = Math.floor((options.now ?? Date.now()) / 1000) - Number(issued);
  if (age > DEVICE_COOKIE_MAX_AGE_SECONDS || age < -CLOCK_SKEW_SECONDS) return null;
  return deviceId;
}

function readCookie(header: string | string[] | undefined, name: string): string | null {
  const text = Array.isArray(header) ? header.join("; ") : (header ?? "");
  for (const part of text.split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

/**
 * After a successful sign-in (next-auth's signIn event, inside the route handler): this browser is
 * now known for the account; an existing device id is kept and the 180 days start again. Failing to
 * set it must not fail the sign-in the password already proved, so an error is only logged.
 */
export async function rememberDevice(userId: string): Promise<void> {
  try {
    const store = await cookies();
    const current = store
      .getAll()
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");
    const cookie = issueDeviceCookie(userId, trustedDeviceId(current, userId));
    store.set(cookie.name, cookie.value, cookie.options);
  } catch (error) {
    logger.warn("could not set the device cookie", { error: errorFields(error) });
  }
}
