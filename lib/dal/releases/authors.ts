import "server-only";
import { db } from "../../db";
import { recordAudit } from "../audit";
import type { SessionUser } from "../users";

// A release's authors: its creator and the co-authors an editor added. They are who a WRITER must
// be to edit, submit or preview it (lib/auth/permissions.ts, OWN_RELEASES_ONLY).

export async function isReleaseAuthor(releaseId: string, userId: string): Promise<boolean> {
  const row = await db().releaseAuthor.findUnique({ where: { releaseId_userId: { releaseId, userId } } });
  return row !== null;
}

export interface AuthorOption {
  id: string;
  name: string;
  email: string;
}

/** The release's authors, and every active account that could be one (for the "Authors" field). */
export async function getReleaseAuthors(releaseId: string): Promise<{ authors: string[]; options: AuthorOption[] }> {
  const [rows, options] = await Promise.all([
    db().releaseAuthor.findMany({ where: { releaseId }, select: { userId: true } }),
    db().user.findMany({
      where: { active: true },
      select: { id: true, name: true, email: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { authors: rows.map((r) => r.userId), options };
}

/** Replaces the release's authors (editors and admins only: the action checks the permission). */
export async function setReleaseAuthors(
  actor: SessionUser,
  releaseId: string,
  userIds: string[],
): Promise<{ status: "ok" } | { status: "not_found" }> {
  return db().$transaction(async (tx) => {
    if ((await tx.release.count({ where: { id: releaseId } })) === 0) return { status: "not_found" as const };
    const users = await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true } });
    await tx.releaseAuthor.deleteMany({ where: { releaseId } });
    await tx.releaseAuthor.createMany({ data: users.map((u) => ({ releaseId, userId: u.id })) });
    await recordAudit(
      { action: "release.authors", actorId: actor.id, releaseId, detail: { authors: users.map((u) => u.id) } },
      tx,
    );
    return { status: "ok" as const };
  });
}
