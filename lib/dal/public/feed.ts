import "server-only";
import { now as clockNow } from "../../clock";
import { publicDb } from "../../db";
import { FEED_LIMIT, type FeedRelease } from "../../domain/feeds";
import { releasePath } from "../../domain/release-path";
import { editionInclude, releaseHeadSelect, toDTO } from "../releases/shape";
import { changeNotesSelect, changesOf, listWhere } from "./releases";

// Reads for feeds (the sitemaps' are in ./sitemap.ts). Every query starts from publicWhere() (a
// language's feed: publicLanguageWhere(), issue 14): drafts, embargoed (scheduled or not yet due),
// unpublished and withdrawn releases never reach a feed reader.

/**
 * The newest published releases with their live edition, optionally only those naming `country`.
 * `language` (issue 14): the versions written in it (/az/feed.xml), each at its own address.
 */
export async function listFeedReleases(
  options: { country?: string | null; language?: string | null; limit?: number; now?: Date } = {},
): Promise<FeedRelease[]> {
  const now = options.now ?? clockNow();
  const country = options.country ? { liveEdition: { is: { countries: { has: options.country } } } } : null;
  const rule = listWhere(options.language, now);
  const rows = await publicDb().release.findMany({
    // One statement: the change notes come with their releases (they were one query per corrected
    // release, 50 on a feed of corrections).
    relationLoadStrategy: "join",
    where: country ? { AND: [rule, country] } : rule,
    select: {
      ...releaseHeadSelect,
      liveEdition: { include: editionInclude },
      editions: changeNotesSelect,
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: options.limit ?? FEED_LIMIT,
  });
  const releases = rows.map((row): FeedRelease | null => {
    if (!row.liveEdition || !row.publishedAt) return null;
    const r = toDTO(row, row.liveEdition);
    return {
      slug: r.translationOf?.slug ?? r.slug,
      path: releasePath(r),
      headline: r.headline,
      summary: r.summary,
      body: r.body,
      issuer: r.issuer,
      countries: r.countries,
      topics: r.topics,
      agreementTypes: [...new Set(r.agreements.map((a) => a.type))],
      publishedAt: row.publishedAt,
      updatedAt: r.editionPublishedAt ?? row.publishedAt,
      // Notes of the live edition and earlier ones (a newer draft's note is not public yet).
      changes: changesOf(row.editions, r.editionNumber),
      media: r.media,
    };
  });
  return releases.filter((r): r is FeedRelease => r !== null);
}
