import "server-only";
import type { Permission } from "../auth/permissions";
import { NotAuthorizedError, requirePermission, type SessionUser } from "../auth/session";
import { PRIVATE_CACHE_CONTROL } from "./cache-control";

// The team-only GET route handlers (an original, a thumbnail, the contacts export) answer a refusal
// the same way: JSON with the reason, 401 signed out, 403 for a role without the permission, 404 for
// nothing there; never cached.

export function routeRefusal(status: 401 | 403 | 404, message: string): Response {
  return Response.json(
    { error: status === 404 ? "not_found" : "not_authorized", message },
    { status, headers: { "Cache-Control": PRIVATE_CACHE_CONTROL } },
  );
}

/** The signed-in user holding `permission`, or the refusal to answer with. */
export async function authorizeRoute(permission: Permission): Promise<{ user: SessionUser } | { refusal: Response }> {
  try {
    return { user: await requirePermission(permission) };
  } catch (error) {
    if (error instanceof NotAuthorizedError)
      return { refusal: routeRefusal(error.reason === "anonymous" ? 401 : 403, error.message) };
    throw error;
  }
}
