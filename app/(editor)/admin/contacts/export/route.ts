import { NotAuthorizedError, requirePermission } from "@/lib/auth/session";
import { exportContacts } from "@/lib/dal/distribution/contacts";
import { contactsToCsv } from "@/lib/domain/distribution/contacts-csv";
import { PRIVATE_CACHE_CONTROL } from "@/lib/http/cache-control";

// "Export CSV" on /admin/contacts: every contact with their lists, in the columns the import reads.

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    await requirePermission("contacts.manage");
  } catch (error) {
    if (error instanceof NotAuthorizedError)
      return new Response(error.message, {
        status: error.reason === "anonymous" ? 401 : 403,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": PRIVATE_CACHE_CONTROL },
      });
    throw error;
  }
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
