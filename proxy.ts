import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "./lib/env";
import { logRequest } from "./lib/log";
import { PAGE_PATH_HEADER } from "./lib/i18n/page-path";
import { CANONICAL_REDIRECT_CACHE_CONTROL, PRIVATE_CACHE_CONTROL } from "./lib/http/cache-control";
import { canonicalReaderLocation, hasSessionCookie, refuseRequest } from "./lib/http/request-guards";
import {
  BASE_SECURITY_HEADERS,
  contentSecurityPolicy,
  HSTS,
  newNonce,
  isRscRequest,
  isSecretLinkPath,
  pageCacheControl,
  requestId,
  RSC_VARY,
} from "./lib/http/security-headers";

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function isHttps(request: NextRequest): boolean {
  // Behind a TLS-terminating proxy (deploy/nginx) the app itself speaks HTTP.
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

function withSecurityHeaders(
  response: NextResponse,
  csp: string,
  id: string,
  https: boolean,
  pathname: string,
): NextResponse {
  for (const [key, value] of Object.entries(BASE_SECURITY_HEADERS)) response.headers.set(key, value);
  // A preview URL is a secret: it never leaves in a Referer header.
  if (isSecretLinkPath(pathname)) response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Request-Id", id);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

function plainText(status: number, message: string): NextResponse {
  return new NextResponse(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" },
  });
}

/**
 * Runs before every page and route handler (not static files): security headers with a fresh CSP
 * nonce, a request id, the Cache-Control of reader pages, and early answers (a 404 for malformed
 * paths, the refusals of lib/http/request-guards.ts, the redirect to a reader page's canonical URL,
 * the sign-in redirect). It authorizes nothing: every page, action and handler checks the
 * session and role itself.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const id = requestId(request.headers.get("x-request-id"));
  const https = isHttps(request);
  const nonce = newNonce();
  const development = env().NODE_ENV === "development";
  const csp = contentSecurityPolicy(nonce, { development, https });
  // One JSON line per request with its id; errors logged later (instrumentation.ts, actions) carry the
  // same id, so one request's story can be pulled out of the logs. The query string is left out: it
  // can hold a reader's search, and a preview link's token (in its path) is a secret. `next dev`
  // prints its own line per request, so there the JSON line would only say it twice (issue 12.11).
  if (!development)
    logRequest({
      requestId: id,
      method: request.method,
      path: isSecretLinkPath(pathname) ? `/${pathname.split("/")[1]}/[token]` : pathname,
    });

  // A malformed percent-encoding ("/releases/%ZZ") would make Next answer 500 before any page runs:
  // it names nothing, so it is a 404.
  if (!isDecodable(pathname)) return withSecurityHeaders(plainText(404, "Not found"), csp, id, https, pathname);
  // Inputs that would reach a page as an unhandled 500, and editor action posts from people with no
  // session, are answered here with a 4xx that says what is wrong (lib/http/request-guards.ts).
  const refusal = refuseRequest({
    method: request.method,
    pathname,
    search: request.nextUrl.search,
    headers: request.headers,
    hasSessionCookie: hasSessionCookie(request.headers.get("cookie")),
  });
  if (refusal) return withSecurityHeaders(plainText(refusal.status, refusal.message), csp, id, https, pathname);
  // Public pages with query parameters they do not read ("?x=<random>", "?utm_source=…") go to the
  // same URL without them, before anything renders: each distinct URL is a shared cache's key.
  const rsc = isRscRequest(request.headers, request.nextUrl.searchParams);
  const canonical = canonicalReaderLocation({ method: request.method, pathname, search: request.nextUrl.search, rsc });
  if (canonical) {
    // Absolute here (Next's proxy requires it); Next sends a same-host Location as a relative one.
    const redirect = NextResponse.redirect(new URL(canonical, request.url), 308);
    redirect.headers.set("Cache-Control", CANONICAL_REDIRECT_CACHE_CONTROL);
    return withSecurityHeaders(redirect, csp, id, https, pathname);
  }
  // Only a convenience redirect for anonymous visitors.
  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    const token = await getToken({ req: request, secret: env().NEXTAUTH_SECRET });
    if (!token) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
      return withSecurityHeaders(NextResponse.redirect(login), csp, id, https, pathname);
    }
  }

  // Next reads the nonce from the request's CSP header and puts it on every script it renders; pages
  // and route handlers read the request id from X-Request-Id (lib/log.ts).
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("X-Request-Id", id);
  // The root layout's <html lang dir> follows the page (lib/i18n/page-language.ts).
  requestHeaders.set(PAGE_PATH_HEADER, pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // Next keeps a Cache-Control that is already set (send-payload.js), so reader pages can tell shared
  // caches they are public even though they render per request (the nonce makes them dynamic).
  // React Server Component requests (client navigation, prefetch) answer differently from the page
  // at the same URL (a payload, or Next's redirect to ?_rsc=…): a shared cache must never hand them
  // to a reader, so they are private, and say which request headers they vary on.
  if (rsc) {
    response.headers.set("Cache-Control", PRIVATE_CACHE_CONTROL);
    response.headers.set("Vary", RSC_VARY);
  } else {
    const cacheControl = pageCacheControl(pathname, request.method);
    if (cacheControl) response.headers.set("Cache-Control", cacheControl);
  }
  return withSecurityHeaders(response, csp, id, https, pathname);
}

export const config = {
  // Everything but build assets (next.config.js gives those the headers that apply to files).
  // Media (issue 13) are left out: Next buffers every request body the proxy sees in memory and cuts it
  // at 10 MB (an upload is up to 50 MB, streamed to disk by app/api/media), and the /media/ files and
  // originals carry their own headers (type, sandbox CSP, nosniff, immutable caching).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/media|media/).*)"],
};
