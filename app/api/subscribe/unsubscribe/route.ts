import { unsubscribe } from "@/lib/dal/distribution/subscribers";
import { verifySubscriberToken } from "@/lib/crypto/tokens";

/**
 * RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the URL in the
 * List-Unsubscribe header. The signed token in the URL is the authorization; a wrong one is a 404.
 */
export async function POST(request: Request): Promise<Response> {
  const id = verifySubscriberToken(new URL(request.url).searchParams.get("token"));
  if (!id || !(await unsubscribe(id))) return new Response("Unknown link", { status: 404 });
  return new Response("You are unsubscribed. No more emails will be sent to this address.", {
    status: 200,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" },
  });
}
