import { NextResponse } from "next/server";
import { invalidatePublicContent } from "@/lib/dal/public/cache";
import { env } from "@/lib/env";
import { runSchedulerOnce } from "@/lib/scheduler/scheduler";

// e2e only (PRESSROOM_TEST_HOOKS=1): runs one scheduler pass now instead of waiting for the timer.
export async function POST() {
  if (env().PRESSROOM_TEST_HOOKS !== "1") return new NextResponse(null, { status: 404 });
  const published = await runSchedulerOnce();
  if (published.length > 0) await invalidatePublicContent();
  return NextResponse.json({ published });
}
