import "server-only";
import { db } from "../../db";
import { editionInclude, listEditionSelect, releaseHeadSelect, toDTO, toListItem } from "./shape";
import type { ReleaseDTO, ReleaseListItem } from "./shape";

// Editor-side reads: drafts included. Readers' reads live in lib/dal/public.
/** Every release with its newest edition, drafts included, most recently updated first (dashboard). */
export async function listReleasesForEditors(limit = 500): Promise<ReleaseListItem[]> {
  const rows = await db().release.findMany({
    select: {
      id: true,
      slug: true,
      publishedAt: true,
      liveEdition: { select: { needsReview: true } },
      editions: { select: listEditionSelect, orderBy: { number: "desc" }, take: 1 },
    },
    orderBy: { updatedAt: "desc" },
    take: limit,
  });
  return rows.flatMap((r) => (r.editions[0] ? [toListItem(r, r.editions[0], r.liveEdition?.needsReview)] : []));
}

/** The release with its newest edition: what the editor edits. */
export async function getReleaseForEditor(id: string): Promise<ReleaseDTO | null> {
  const release = await db().release.findUnique({
    where: { id },
    select: { ...releaseHeadSelect, editions: { include: editionInclude, orderBy: { number: "desc" }, take: 1 } },
  });
  return release?.editions[0] ? toDTO(release, release.editions[0]) : null;
}
