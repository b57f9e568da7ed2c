import "server-only";
import { headers } from "next/headers";
import { isDatabaseUnavailable, isUnstorableText } from "../dal/health";
import { logger, REQUEST_ID_HEADER } from "../log";
import { DATABASE_UNAVAILABLE_MESSAGE, UNSTORABLE_TEXT_MESSAGE } from "../validation/action-state";
import { NotAuthorizedError, requirePermission, type SessionUser } from "./session";
import type { Permission } from "./permissions";

export type Authorized = { ok: true; user: SessionUser } | { ok: false; message: string };

/**
 * requirePermission for server actions: a refusal becomes a message for the form, not a 500.
 * A database outage is not a refusal: it is thrown on to `whenDatabaseDown` around the action, which
 * answers with the action's own state (and the submitted values).
 */
export async function authorizeAction(permission: Permission): Promise<Authorized> {
  try {
    return { ok: true, user: await requirePermission(permission) };
  } catch (error) {
    if (error instanceof NotAuthorizedError) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * Wraps the body of every editor server action. When PostgreSQL cannot be reached — at the session
 * lookup or at any DAL call after it — the action answers `answer(DATABASE_UNAVAILABLE_MESSAGE)`:
 * the form shows the message and keeps everything typed, where an exception would replace the page
 * with an error screen and lose the input. Nothing was written (each DAL write is one transaction).
 * Every other error, and redirect() (which works by throwing), passes through untouched.
 */
export async function whenDatabaseDown<S>(
  action: string,
  work: () => Promise<S>,
  answer: (message: string) => S,
): Promise<S> {
  try {
    return await work();
  } catch (error) {
    // A NUL byte in a hand-made post (an id, any field) reaches PostgreSQL, which refuses it: bad
    // input, answered like any other with a message in the form, never a 500.
    if (isUnstorableText(error)) return answer(UNSTORABLE_TEXT_MESSAGE);
    if (!isDatabaseUnavailable(error)) throw error;
    logger.error("database unavailable in server action", { action, requestId: await requestId(), error });
    return answer(DATABASE_UNAVAILABLE_MESSAGE);
  }
}

async function requestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined; // outside a request (scripts, tests)
  }
}
