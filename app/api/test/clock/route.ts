import { NextResponse } from "next/server";
import { setClockOffset } from "@/lib/clock";
import { invalidatePublicContent } from "@/lib/dal/public/cache";
import { env } from "@/lib/env";

// e2e only (PRESSROOM_TEST_HOOKS=1): shifts the app's clock so schedules and embargoes can be tested
// without sleeping. Anywhere else this route does not exist.
export async function POST(request: Request) {
  if (env().PRESSROOM_TEST_HOOKS !== "1") return new NextResponse(null, { status: 404 });
  const body = (await request.json().catch(() => null)) as { offsetMs?: unknown } | null;
  const offsetMs = Number(body?.offsetMs);
  if (!Number.isFinite(offsetMs)) return NextResponse.json({ error: "offsetMs must be a number" }, { status: 400 });
  setClockOffset(offsetMs);
  await invalidatePublicContent(); // what readers may see depends on the time
  return NextResponse.json({ offsetMs });
}
