import { connection, NextResponse } from "next/server";
import { databaseReachable } from "@/lib/dal/health";
import { PRIVATE_CACHE_CONTROL } from "@/lib/http/cache-control";
import { logger, REQUEST_ID_HEADER } from "@/lib/log";

// Liveness for a load balancer or an uptime monitor: the process answers and can reach PostgreSQL
// (one `SELECT 1`, given up after a couple of seconds). Never cached: a stale "ok" hides an outage.
export async function GET(request: Request) {
  await connection();
  const headers = { "Cache-Control": PRIVATE_CACHE_CONTROL };
  if (await databaseReachable()) return NextResponse.json({ status: "ok" }, { headers });
  logger.warn("health check: database unreachable", { requestId: request.headers.get(REQUEST_ID_HEADER) ?? undefined });
  return NextResponse.json({ status: "unavailable", database: "unreachable" }, { status: 503, headers });
}
