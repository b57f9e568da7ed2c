"use server";

import { beat, leave } from "../../dal/presence";
import { serverAction } from "../action";

const validId = (id: unknown): id is string => typeof id === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(id);

/** Heartbeat from an open editor page: answers who else has the release open. */
export const heartbeatAction = serverAction<[unknown], { others: string[] }>(
  {
    name: "heartbeatAction",
    permission: "release.save",
    failed: () => ({ others: [] }),
    release: (id) => (validId(id) ? id : null),
  },
  async (user, releaseId) => ({ others: validId(releaseId) ? await beat(releaseId, user.id) : [] }),
);

/** The editor page closed: the others stop seeing this person. */
export const leaveAction = serverAction<[unknown], void>(
  {
    name: "leaveAction",
    permission: "release.save",
    failed: () => undefined,
    release: (id) => (validId(id) ? id : null),
  },
  async (user, releaseId) => {
    if (validId(releaseId)) await leave(releaseId, user.id);
  },
);
