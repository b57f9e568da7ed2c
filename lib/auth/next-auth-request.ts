import "server-only";
import type { NextRequest } from "next/server";
import { env } from "../env";
import { sameSitePath } from "../http/safe-callback";

// next-auth answers a callbackUrl it cannot parse (in the query or in its callback-url cookie) with an
// unhandled 500 before any of our callbacks runs. A request carrying one is refused here with a 400
// that says what is wrong; everything it accepts then goes through the redirect callback
// (lib/auth/options.ts), which keeps every redirect on this site.

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

export function refuseBadCallback(request: NextRequest): Response | null {
  // The origin next-auth itself works with (its cookie holds absolute URLs on it).
  const baseUrl = env().NEXTAUTH_URL ?? request.nextUrl.origin;
  const fromQuery = request.nextUrl.searchParams.getAll("callbackUrl");
  const fromCookie = CALLBACK_COOKIES.flatMap((name) => request.cookies.get(name)?.value ?? []);
  const bad = [...fromQuery, ...fromCookie].some((value) => sameSitePath(value, baseUrl) === null);
  if (!bad) return null;
  return Response.json(
    {
      error: {
        status: 400,
        code: "invalid_callback_url",
        message: "callbackUrl must be a path on this site, such as /admin.",
        parameter: "callbackUrl",
      },
    },
    { status: 400, headers: { "cache-control": "private, no-store" } },
  );
}
