import "server-only";
import type { Prisma } from "@prisma/client";
import { now as clockNow } from "../../clock";
import { db } from "../../db";
import { editionInclude, releaseHeadSelect, toDTO } from "../releases/shape";
import type { ReleaseDTO } from "../releases/shape";

/** Public visibility: a live PUBLISHED edition whose publication instant has come (embargo backstop). */
export function publicWhere(now = clockNow()): Prisma.ReleaseWhereInput {
  return { publishedAt: { lte: now }, liveEdition: { is: { status: "PUBLISHED", publishedAt: { lte: now } } } };
}

export type PublicRelease =
  | { kind: "live"; release: ReleaseDTO }
  | { kind: "withdrawn"; slug: string; headline: string; reason: string; withdrawnAt: Date };

/** What a release URL shows readers: the live edition, a withdrawal notice, or nothing (404). */
export async function getPublicRelease(slug: string, now = clockNow()): Promise<PublicRelease | null> {
  const release = await db().release.findFirst({
    where: {
      slug,
      publishedAt: { lte: now },
      liveEdition: { is: { status: { in: ["PUBLISHED", "WITHDRAWN"] }, publishedAt: { lte: now } } },
    },
    select: { ...releaseHeadSelect, liveEdition: { include: editionInclude } },
  });
  const live = release?.liveEdition;
  if (!release || !live) return null;
  if (live.status === "WITHDRAWN") {
    return {
      kind: "withdrawn",
      slug: release.slug,
      headline: live.headline,
      reason: release.withdrawnReason ?? "",
      withdrawnAt: release.withdrawnAt ?? live.updatedAt,
    };
  }
  return { kind: "live", release: { ...toDTO(release, live), changes: await publicChanges(release.id, live.number) } };
}

/** Change notes of the editions readers have seen up to `upToNumber` (corrections), newest first. */
export async function publicChanges(releaseId: string, upToNumber: number): Promise<Array<{ at: Date; note: string }>> {
  const editions = await db().edition.findMany({
    where: {
      releaseId,
      number: { lte: upToNumber },
      changeNote: { not: null },
      publishedAt: { not: null },
      status: { in: ["PUBLISHED", "SUPERSEDED"] },
    },
    select: { changeNote: true, publishedAt: true },
    orderBy: { number: "desc" },
  });
  return editions.map((e) => ({ at: e.publishedAt!, note: e.changeNote! }));
}
