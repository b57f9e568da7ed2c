import type { NextRequest } from "next/server";
import { shareImageResponse } from "./share-image-response";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: NextRequest, { params }: Context) {
  return shareImageResponse(request, (await params).slug, null);
}
