import { feedResponse } from "@/app/feed.xml/feed-response";
import { segmentLanguage } from "@/lib/domain/languages";

// Issue 14: the Atom feed of one language's versions (/az/feed.xml); an unknown code is a 404.
export async function GET(request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const language = segmentLanguage((await params).lang);
  if (!language)
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return feedResponse(request, "atom", language);
}
