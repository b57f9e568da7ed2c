// Where to send someone after signing in (or out): only a path on this site. An open redirect through
// the login page would lend our domain to phishing, so the rule is strict and lives in one place,
// used by app/login/page.tsx and next-auth's redirect callback (lib/auth/options.ts). Pure: unit-tested.

/** Where anyone goes when the requested place is not acceptable. */
const DEFAULT_CALLBACK = "/admin";

// Any parsing base works: only "does the result keep this origin" is asked of it.
const BASE = "http://pressroom.invalid";
const MAX_LENGTH = 2_000;

/**
 * The path to redirect to, or null. Accepted: text that starts with exactly one "/" (not "//" or
 * "/\", which browsers read as another host), holds no control character or backslash (browsers drop
 * a tab or newline, so "/\t/evil.example" would become "//evil.example"), and which, parsed as a URL
 * against our origin, keeps our origin. What comes back is the URL's own serialisation, so nothing
 * the browser could read differently is passed on.
 */
export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : null;
}

/** The login page's `callbackUrl` (one value, or the first of several), else /admin. */
export function callbackPathOrDefault(value: unknown): string {
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  return safeCallbackPath(first) ?? DEFAULT_CALLBACK;
}

/**
 * next-auth's redirect callback: it hands over either a path or an absolute URL (its client sends
 * `window.location.href` by default); an absolute one counts only when it is on `baseUrl` exactly.
 * Always answers an absolute URL on `baseUrl`.
 */
export function nextAuthRedirect(url: string, baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${sameSitePath(url, baseUrl) ?? DEFAULT_CALLBACK}`;
}

/** A path, or an absolute URL on `baseUrl`'s origin, as a safe path; anything else null. */
export function sameSitePath(value: unknown, baseUrl: string): string | null {
  if (typeof value !== "string" || value.startsWith("/")) return safeCallbackPath(value);
  try {
    const parsed = new URL(value);
    if (parsed.origin !== new URL(baseUrl).origin) return null;
    return safeCallbackPath(`${parsed.pathname}${parsed.search}${parsed.hash}`);
  } catch {
    return null;
  }
}
