import "server-only";
import { db } from "../../db";
import { editionInclude, releaseHeadSelect, toDTO } from "./shape";
import type { ReleaseDTO } from "./shape";
import type { IssuerMediaContact } from "../../domain/media-contact";

// Editor-side reads: drafts included. Readers' reads live in lib/dal/public; the releases list is list.ts.
/** The release with its newest edition: what the editor edits. */
export async function getReleaseForEditor(id: string): Promise<ReleaseDTO | null> {
  const release = await db().release.findUnique({
    where: { id },
    select: { ...releaseHeadSelect, editions: { include: editionInclude, orderBy: { number: "desc" }, take: 1 } },
  });
  return release?.editions[0] ? toDTO(release, release.editions[0]) : null;
}

/** The id of the release's newest edition: what the editor edits and a preview link shows. */
export async function getNewestEditionId(releaseId: string): Promise<string | null> {
  const edition = await db().edition.findFirst({
    where: { releaseId },
    orderBy: { number: "desc" },
    select: { id: true },
  });
  return edition?.id ?? null;
}

/**
 * Each issuer's media contact as its most recently saved edition gives it (drafts included: this is
 * editor-side), so a new release can default to it once its issuer is typed (issue 12.6). Issuers
 * number in the hundreds at most; DISTINCT ON walks each issuer's editions newest first once.
 */
export async function listIssuerMediaContacts(): Promise<IssuerMediaContact[]> {
  return db().$queryRaw<IssuerMediaContact[]>`
    SELECT DISTINCT ON (lower(e.issuer)) e.issuer, e."mediaContactName" AS name,
      e."mediaContactEmail" AS email, e."mediaContactPhone" AS phone
    FROM "Edition" e
    WHERE e."mediaContactName" IS NOT NULL
    ORDER BY lower(e.issuer), e."updatedAt" DESC
    LIMIT 2000`;
}
