import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "./cache-control";

// The security headers of every response, built in one pure module so unit tests can read the policy
// and proxy.ts (pages, route handlers) and next.config.js (static files) send the same thing.

/**
 * The Content-Security-Policy of an HTML response. Scripts run only with this response's nonce (Next
 * puts it on its own inline and external scripts when it finds the nonce in the request's CSP header);
 * 'strict-dynamic' lets those scripts load the chunks they need. No 'unsafe-inline' for scripts, so
 * markup smuggled into a release (should escaping ever fail) cannot run. Styles keep 'unsafe-inline':
 * React's style attributes need it and CSS cannot run code. Development adds 'unsafe-eval', which
 * React's dev tooling needs and production never gets.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "manifest-src 'self'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Headers every response carries, HTML or not (static files get them from next.config.js). */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Two years, subdomains included: only sent over HTTPS (a browser ignores it over HTTP anyway). */
export const HSTS = "max-age=63072000; includeSubDomains";

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Pages whose address is a secret (a token in the path): preview links and journalists' embargo
 * links. Private, never logged with their token, never sent on in a Referer header.
 */
export function isSecretLinkPath(pathname: string): boolean {
  return pathname.startsWith("/preview/") || pathname.startsWith("/embargo/");
}

/**
 * Reader pages that a shared cache (CDN, deploy/nginx) may keep: the same for every visitor. Anything
 * else (editor, sign-in, previews, personal or test routes) is private. Route handlers (feeds, API)
 * set their own Cache-Control.
 */
export function pageCacheControl(pathname: string, method: string): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  // A translation's page (/az/releases/…, issue 14) is a reader page like its original's, and so are a
  // language's home and agreements (/az, /az/agreements).
  if (
    pathname === "/" ||
    /^(\/[a-z]{2,3})?\/agreements$/.test(pathname) ||
    /^\/[a-z]{2,3}$/.test(pathname) ||
    /^(\/[a-z]{2,3})?\/(releases|people)\/[^/]+$/.test(pathname)
  )
    return PUBLIC_CACHE_CONTROL;
  if (pathname === "/login" || pathname.startsWith("/admin") || isSecretLinkPath(pathname))
    return PRIVATE_CACHE_CONTROL;
  return null;
}

/**
 * An id from a front proxy (nginx sets X-Request-Id), else a new one. It is echoed in a response
 * header and written into every log line, so only a short, plain token is taken over: letters,
 * digits, "-" and "_", at most 64 (nginx's $request_id is 32 hex digits, a UUID is 36).
 */
export function requestId(incoming: string | null): string {
  return incoming && /^[A-Za-z0-9_-]{1,64}$/.test(incoming) ? incoming : crypto.randomUUID();
}

/** The request headers Next answers React Server Component requests by (and the Vary they need). */
export const RSC_VARY = "RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch";

/** Set by the server hook (lib/peer-address.ts) on RSC requests, whose own headers Next hides from proxy.ts. */
export const RSC_MARK_HEADER = "x-pressroom-rsc";

/** A client-side navigation or prefetch, not a page load: never shared-cacheable. */
export function isRscRequest(headers: Pick<Headers, "get">, searchParams: URLSearchParams): boolean {
  return (
    headers.get(RSC_MARK_HEADER) === "1" ||
    headers.get("rsc") !== null ||
    headers.get("next-router-prefetch") !== null ||
    headers.get("next-router-state-tree") !== null ||
    headers.get("next-router-segment-prefetch") !== null ||
    searchParams.has("_rsc")
  );
}
