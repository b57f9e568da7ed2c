import { connection, NextResponse } from "next/server";
import { checkReadiness } from "@/lib/dal/health";
import { PRIVATE_CACHE_CONTROL } from "@/lib/http/cache-control";
import { logger, REQUEST_ID_HEADER } from "@/lib/log";

// Readiness: send traffic here only when the database answers AND has every migration this build
// ships (a new build started before `npm run db:deploy` would fail on its first query otherwise).
export async function GET(request: Request) {
  await connection();
  const headers = { "Cache-Control": PRIVATE_CACHE_CONTROL };
  const readiness = await checkReadiness();
  if (readiness.status === "ready") return NextResponse.json({ status: "ready" }, { headers });
  logger.warn("readiness check failed", {
    requestId: request.headers.get(REQUEST_ID_HEADER) ?? undefined,
    ...readiness,
  });
  return NextResponse.json(readiness, { status: 503, headers });
}
