import "server-only";
import { now as clockNow } from "../../clock";
import { publicDb } from "../../db";
import { NEWS_SITEMAP_LIMIT, newsWindowStart } from "../../domain/sitemaps";
import { versionPath } from "../../domain/release-path";
import { SITEMAP_MAX_URLS, type SitemapVersion } from "../../domain/sitemap-versions";
import { visibleSql } from "./search";

// Issue 14: the sitemaps' reads, with every public language version of a release. Each is one SQL
// statement however many releases and translations there are. Visibility is the lists' rule
// (visibleSql): a translation counts only while it is live itself and its original is public, so a
// withdrawn or unpublished original takes its translations out of both sitemaps.

/** One version in the Google News sitemap: its page, language, headline and first publication. */
export interface NewsVersion {
  language: string;
  path: string;
  headline: string;
  publishedAt: Date;
}

type FamilyRow = {
  slug: string;
  language: string;
  lastModified: Date;
  translations: Array<{ language: string; lastModified: string }>;
};

/**
 * Every public original, newest first, with its live translations by language: the sitemap's
 * families (lib/domain/sitemap-versions.ts). At most `limit` originals (a sitemap holds 50 000 URLs).
 */
export async function listSitemapFamilies(
  limit = SITEMAP_MAX_URLS,
  now: Date = clockNow(),
): Promise<SitemapVersion[][]> {
  // The inner query's r and e are the translation and its live edition (visibleSql's names).
  const rows = await publicDb().$queryRaw<FamilyRow[]>`
    SELECT o.slug, o.language, o."lastModified",
      (SELECT coalesce(json_agg(json_build_object('language', r.language, 'lastModified', e."publishedAt")
                                ORDER BY r.language), '[]'::json)
       FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
       WHERE r."translationOfId" = o.id AND ${visibleSql(now, { translations: true })}) AS translations
    FROM (
      SELECT r.id, r.slug, r.language, r."publishedAt", e."publishedAt" AS "lastModified"
      FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId"
      WHERE ${visibleSql(now)}
      ORDER BY r."publishedAt" DESC, r.id DESC
      LIMIT ${limit}
    ) o
    ORDER BY o."publishedAt" DESC, o.id DESC`;
  return rows.map((row) => [
    { language: row.language, path: versionPath(row.slug, null), lastModified: row.lastModified, original: true },
    ...row.translations.map((t) => ({
      language: t.language,
      path: versionPath(row.slug, t.language),
      lastModified: new Date(t.lastModified),
      original: false,
    })),
  ]);
}

/**
 * The versions first published in the Google News window (the last two days), newest first: public
 * originals, and live translations of public originals (a translation published today of last week's
 * release is news in its language).
 */
export async function listNewsVersions(now: Date = clockNow(), limit = NEWS_SITEMAP_LIMIT): Promise<NewsVersion[]> {
  const rows = await publicDb().$queryRaw<
    Array<{ language: string; slug: string; originalSlug: string | null; headline: string; publishedAt: Date }>
  >`
    SELECT r.language, r.slug, o.slug AS "originalSlug", e.headline, r."publishedAt"
    FROM "Release" r
    JOIN "Edition" e ON e.id = r."liveEditionId"
    LEFT JOIN "Release" o ON o.id = r."translationOfId"
    WHERE ${visibleSql(now, { translations: true })} AND r."publishedAt" >= ${newsWindowStart(now)}
      AND (r."translationOfId" IS NULL OR r."translationOfId" IN (
        SELECT r.id FROM "Release" r JOIN "Edition" e ON e.id = r."liveEditionId" WHERE ${visibleSql(now)}))
    ORDER BY r."publishedAt" DESC, r.id DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({
    language: row.language,
    path: row.originalSlug ? versionPath(row.originalSlug, row.language) : versionPath(row.slug, null),
    headline: row.headline,
    publishedAt: row.publishedAt,
  }));
}
