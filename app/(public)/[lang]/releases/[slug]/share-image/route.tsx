import type { NextRequest } from "next/server";
import { translationLanguage } from "../../../../releases/[slug]/release-page";
import { shareImageResponse } from "../../../../releases/[slug]/share-image/share-image-response";

// The share card of a translation (issue 14), drawn with its own headline and script.
type Context = { params: Promise<{ lang: string; slug: string }> };

export async function GET(request: NextRequest, { params }: Context) {
  const { lang, slug } = await params;
  const language = translationLanguage(lang);
  if (!language)
    return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return shareImageResponse(request, slug, language);
}
