import "server-only";
import { NotAuthorizedError, requirePermission, type SessionUser } from "./session";
import type { Permission } from "./permissions";

export type Authorized = { ok: true; user: SessionUser } | { ok: false; message: string };

/** requirePermission for server actions: a refusal becomes a message for the form, not a 500. */
export async function authorizeAction(permission: Permission): Promise<Authorized> {
  try {
    return { ok: true, user: await requirePermission(permission) };
  } catch (error) {
    if (error instanceof NotAuthorizedError) return { ok: false, message: error.message };
    throw error;
  }
}
