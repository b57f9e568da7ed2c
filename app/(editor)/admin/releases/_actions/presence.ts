"use server";

import { authorizeAction, whenDatabaseDown } from "@/lib/auth/authorize";
import { beat, leave } from "@/lib/dal/presence";

const validId = (id: unknown): id is string => typeof id === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(id);

/** Heartbeat from an open editor page: answers who else has the release open. */
export async function heartbeatAction(releaseId: unknown): Promise<{ others: string[] }> {
  return whenDatabaseDown(
    "heartbeatAction",
    async () => {
      const auth = await authorizeAction("release.save");
      if (!auth.ok || !validId(releaseId)) return { others: [] };
      return { others: await beat(releaseId, auth.user.id) };
    },
    () => ({ others: [] }),
  );
}

export async function leaveAction(releaseId: unknown): Promise<void> {
  await whenDatabaseDown(
    "leaveAction",
    async () => {
      const auth = await authorizeAction("release.save");
      if (auth.ok && validId(releaseId)) await leave(releaseId, auth.user.id);
    },
    () => undefined,
  );
}
