import "server-only";
import { authorizeAction, whenDatabaseDown } from "../auth/authorize";
import { onlyOnOwnReleases, type Permission } from "../auth/permissions";
import { isReleaseAuthor } from "../dal/releases/authors";
import type { SessionUser } from "../auth/session";

// The skeleton every server action shares, written once. A server action is a public POST endpoint,
// so each one authorizes itself here: the session and the role come from the database, never from
// the client. Refusals and a database outage become the action's own answer (`failed`), which keeps
// what the person typed, instead of an error page that loses it. Each action file holds only its step.

export interface ActionConfig<A extends unknown[], S> {
  /** For the logs (the exported action's name). */
  name: string;
  /** The permission in lib/auth/permissions.ts; may depend on the input (create vs save). */
  permission: Permission | ((...args: A) => Permission);
  /** The answer when the action does not run: signed out, role refused, database down. */
  failed: (message: string, ...args: A) => S;
  /** The release the action changes, when it changes one: writers must be one of its authors. */
  release?: (...args: A) => string | null;
}

const NOT_AN_AUTHOR_MESSAGE =
  "You are not an author of this release: writers edit only their own releases. An editor can add you to its Authors.";

export function serverAction<A extends unknown[], S>(
  config: ActionConfig<A, S>,
  step: (user: SessionUser, ...args: A) => Promise<S>,
): (...args: A) => Promise<S> {
  return (...args: A) =>
    whenDatabaseDown(
      config.name,
      async () => {
        const permission = typeof config.permission === "function" ? config.permission(...args) : config.permission;
        const auth = await authorizeAction(permission);
        if (!auth.ok) return config.failed(auth.message, ...args);
        const releaseId = config.release?.(...args);
        if (
          releaseId &&
          onlyOnOwnReleases(auth.user.role, permission) &&
          !(await isReleaseAuthor(releaseId, auth.user.id))
        )
          return config.failed(NOT_AN_AUTHOR_MESSAGE, ...args);
        return step(auth.user, ...args);
      },
      (message) => config.failed(message, ...args),
    );
}
