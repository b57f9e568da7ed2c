import "server-only";
import { now } from "../clock";
import { db } from "../db";

/** How long a heartbeat counts: the editor page beats every 15 s, so two missed beats end presence. */
const PRESENCE_WINDOW_MS = 40_000;

/**
 * Records that `userId` has the release open and returns the names of the others who do, so the
 * editor can warn "‹name› is also editing" before two saves collide.
 */
export async function beat(releaseId: string, userId: string): Promise<string[]> {
  const at = now();
  const exists = await db().release.count({ where: { id: releaseId } });
  if (!exists) return [];
  await db().presence.upsert({
    where: { releaseId_userId: { releaseId, userId } },
    create: { releaseId, userId, seenAt: at },
    update: { seenAt: at },
  });
  const others = await db().presence.findMany({
    where: {
      releaseId,
      userId: { not: userId },
      seenAt: { gte: new Date(at.getTime() - PRESENCE_WINDOW_MS) },
      user: { active: true },
    },
    select: { user: { select: { name: true } } },
    orderBy: { seenAt: "desc" },
  });
  return others.map((o) => o.user.name);
}

/** The editor page was closed: stop showing this user to the others straight away. */
export async function leave(releaseId: string, userId: string): Promise<void> {
  await db().presence.deleteMany({ where: { releaseId, userId } });
}
