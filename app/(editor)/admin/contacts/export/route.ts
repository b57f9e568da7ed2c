import { exportContacts } from "@/lib/dal/distribution/contacts";
import { contactsToCsv } from "@/lib/domain/distribution/contacts-csv";
import { PRIVATE_CACHE_CONTROL } from "@/lib/http/cache-control";
import { authorizeRoute } from "@/lib/http/route-authorization";

// "Export CSV" on /admin/contacts: every contact with their lists, in the columns the import reads.

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const auth = await authorizeRoute("contacts.manage");
  if ("refusal" in auth) return auth.refusal;
  const day = new Date().toISOString().slice(0, 10);
  return new Response(contactsToCsv(await exportContacts()), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="media-contacts-${day}.csv"`,
      "Cache-Control": PRIVATE_CACHE_CONTROL,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
