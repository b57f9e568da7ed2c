import { NextResponse } from "next/server";
import { invalidatePublicContent } from "@/lib/dal/public/cache";
import { PRIVATE_CACHE_CONTROL } from "@/lib/http/cache-control";
import { INTERNAL_KEY_HEADER, isInternalKey } from "@/lib/http/internal-key";
import { runSchedulerOnce } from "@/lib/scheduler/scheduler";

// One scheduler pass, called by the app's own timer (lib/scheduler) so that publishing a due release
// can drop the cached reader pages, which only works inside a request. Anyone else gets a 404.
export async function POST(request: Request) {
  if (!isInternalKey(request.headers.get(INTERNAL_KEY_HEADER))) return new NextResponse(null, { status: 404 });
  const published = await runSchedulerOnce();
  if (published.length > 0) await invalidatePublicContent();
  return NextResponse.json({ published }, { headers: { "Cache-Control": PRIVATE_CACHE_CONTROL } });
}
