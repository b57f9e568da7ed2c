import "server-only";
import { Prisma } from "@prisma/client";
import { now as clockNow } from "../../clock";
import { publicDb } from "../../db";
import { visibleSql } from "./search";
import { editionInclude, releaseHeadSelect, toDTO, type ReleaseDTO } from "../releases/shape";
import { listWhere } from "./releases";

// Reads only the open API needs. Everything goes through publicWhere() or, for a language's list,
// listWhere() (lib/dal/public/releases.ts), the rules for what is public, and returns plain DTOs.

/** A public release as the API lists it: the reader-facing part of ReleaseDTO, nothing editorial. */
export type PublicApiRelease = Pick<
  ReleaseDTO,
  | "id"
  | "slug"
  | "language"
  | "translationOf"
  | "editionNumber"
  | "headline"
  | "summary"
  | "body"
  | "datelinePlace"
  | "datelineAt"
  | "datelineOffsetMinutes"
  | "issuer"
  | "sourceCredit"
  | "mediaContactName"
  | "mediaContactEmail"
  | "mediaContactPhone"
  | "countries"
  | "topics"
  | "publishedAt"
  | "editionPublishedAt"
  | "agreements"
  | "quotes"
>;

/**
 * The public releases with these ids with their agreements and quotes, in the order given (a page of
 * searchPublishedReleases, whose summaries lack them). Ids that are not public are left out: with a
 * `language`, by that language's lists' rule (translations into it included, issue 14).
 */
export async function getPublicReleasesByIds(
  ids: string[],
  language: string | null = null,
  now = clockNow(),
): Promise<PublicApiRelease[]> {
  if (ids.length === 0) return [];
  const rows = await publicDb().release.findMany({
    where: { AND: [listWhere(language, now), { id: { in: ids } }] },
    select: { ...releaseHeadSelect, liveEdition: { include: editionInclude } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row?.liveEdition) return [];
    const dto = toDTO(row, row.liveEdition);
    return [
      {
        id: dto.id,
        slug: dto.slug,
        language: dto.language,
        translationOf: dto.translationOf,
        editionNumber: dto.editionNumber,
        headline: dto.headline,
        summary: dto.summary,
        body: dto.body,
        datelinePlace: dto.datelinePlace,
        datelineAt: dto.datelineAt,
        datelineOffsetMinutes: dto.datelineOffsetMinutes,
        issuer: dto.issuer,
        sourceCredit: dto.sourceCredit,
        mediaContactName: dto.mediaContactName,
        mediaContactEmail: dto.mediaContactEmail,
        mediaContactPhone: dto.mediaContactPhone,
        countries: dto.countries,
        topics: dto.topics,
        publishedAt: dto.publishedAt,
        editionPublishedAt: dto.editionPublishedAt,
        agreements: dto.agreements,
        quotes: dto.quotes,
      },
    ];
  });
}

/**
 * The last moment anything readers can see changed: an edition went live (publication, correction,
 * a schedule or embargo coming due), stopped being live (unpublished, withdrawn), or a person quoted
 * in a public release changed. Listings use it as Last-Modified: the newest item of a page is not
 * enough, because a release leaving a listing changes it without any remaining item changing.
 */
export async function lastPublicChangeAt(now = clockNow()): Promise<Date | null> {
  // The newest live edition covers publications and corrections (the correction's edition is the
  // newer one); unpublished and withdrawn editions keep their last update as the moment they left.
  // Both read the (status, publishedAt) index.
  const [row] = await publicDb().$queryRaw<Array<{ at: Date | null }>>(Prisma.sql`
    SELECT GREATEST(
      (SELECT max(e."publishedAt") FROM "Edition" e WHERE e.status = 'PUBLISHED' AND e."publishedAt" <= ${now}),
      (SELECT max(e."updatedAt") FROM "Edition" e WHERE e.status IN ('UNPUBLISHED', 'WITHDRAWN') AND e."publishedAt" <= ${now}),
      (SELECT max(p."updatedAt") FROM "Person" p
        WHERE EXISTS (
          SELECT 1 FROM "Quote" q JOIN "Edition" e ON e.id = q."editionId" JOIN "Release" r ON r."liveEditionId" = e.id
          WHERE q."personId" = p.id AND ${visibleSql(now)}))
    ) AS at`);
  return row?.at ?? null;
}
