import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "./lib/env";

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A malformed percent-encoding ("/releases/%ZZ") would make Next answer 500 before any page runs:
  // it names nothing, so it is a 404.
  if (!isDecodable(pathname)) {
    return new NextResponse("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  // Only a convenience redirect for anonymous visitors: every page, action and handler checks the
  // session and role itself.
  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    const token = await getToken({ req: request, secret: env().NEXTAUTH_SECRET });
    if (!token) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
      return NextResponse.redirect(login);
    }
  }
  return NextResponse.next();
}

export const config = { matcher: ["/admin", "/admin/:path*", "/releases/:path*", "/preview/:path*", "/people/:path*"] };
