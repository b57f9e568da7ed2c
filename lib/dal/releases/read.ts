import "server-only";
import { db } from "../../db";
import { editionInclude, releaseHeadSelect, toDTO } from "./shape";
import type { ReleaseDTO } from "./shape";

// Editor-side reads: drafts included. Readers' reads live in lib/dal/public; the releases list is list.ts.
/** The release with its newest edition: what the editor edits. */
export async function getReleaseForEditor(id: string): Promise<ReleaseDTO | null> {
  const release = await db().release.findUnique({
    where: { id },
    select: { ...releaseHeadSelect, editions: { include: editionInclude, orderBy: { number: "desc" }, take: 1 } },
  });
  return release?.editions[0] ? toDTO(release, release.editions[0]) : null;
}
