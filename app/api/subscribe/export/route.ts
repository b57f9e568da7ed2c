import { exportSubscriber } from "@/lib/dal/distribution/subscribers";
import { verifySubscriberToken } from "@/lib/crypto/tokens";

/** "Download my data" from the preferences page: everything stored about the subscriber, as JSON. */
export async function GET(request: Request): Promise<Response> {
  const id = verifySubscriberToken(new URL(request.url).searchParams.get("token"));
  const data = id ? await exportSubscriber(id) : null;
  if (!data) return Response.json({ error: "Unknown link" }, { status: 404 });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="my-subscription.json"',
      "cache-control": "private, no-store",
    },
  });
}
