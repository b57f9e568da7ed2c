import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { refuseBadCallback } from "@/lib/auth/next-auth-request";
import { authOptions } from "@/lib/auth/options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// Options are built per call from the validated env (cached), not at module load during the build.
async function handler(req: NextRequest, ctx: RouteContext): Promise<Response> {
  return refuseBadCallback(req) ?? NextAuth(authOptions())(req, ctx);
}

export { handler as GET, handler as POST };
