import { connection, NextResponse } from "next/server";
import { databaseReachable } from "@/lib/dal/health";
import { env } from "@/lib/env";
import { PRIVATE_CACHE_CONTROL } from "@/lib/http/cache-control";
import { logger } from "@/lib/log";

// e2e only (PRESSROOM_TEST_HOOKS=1): a request that is still in flight when the shutdown test sends
// SIGTERM. It waits `ms`, then uses the database, so it proves both the HTTP server and the pool
// outlive the signal until the request is answered. Anywhere else this route does not exist.
export async function GET(request: Request) {
  await connection();
  if (env().PRESSROOM_TEST_HOOKS !== "1") return new NextResponse(null, { status: 404 });
  const ms = Math.min(Math.max(Number(new URL(request.url).searchParams.get("ms")) || 0, 0), 30_000);
  // The test waits for this line before it sends the signal: the request is then surely in flight.
  logger.info("test: slow request started", { ms });
  await new Promise((resolve) => setTimeout(resolve, ms));
  const database = (await databaseReachable()) ? "ok" : "unreachable";
  return NextResponse.json(
    { sleptMs: ms, database },
    { status: database === "ok" ? 200 : 503, headers: { "Cache-Control": PRIVATE_CACHE_CONTROL } },
  );
}
