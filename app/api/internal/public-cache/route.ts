import { NextResponse } from "next/server";
import { invalidatePublicContent } from "@/lib/dal/public/cache";
import { PRIVATE_CACHE_CONTROL } from "@/lib/http/cache-control";
import { INTERNAL_KEY_HEADER, isInternalKey } from "@/lib/http/internal-key";

// Drops the reader cache for a background job of this app (lib/jobs/reader-cache.ts): an image a live
// release uses has just been converted, or failed for good. Only inside a request can Next drop it.
// Anyone without the internal key gets a 404.
export async function POST(request: Request) {
  if (!isInternalKey(request.headers.get(INTERNAL_KEY_HEADER))) return new NextResponse(null, { status: 404 });
  await invalidatePublicContent();
  return new NextResponse(null, { status: 204, headers: { "Cache-Control": PRIVATE_CACHE_CONTROL } });
}
