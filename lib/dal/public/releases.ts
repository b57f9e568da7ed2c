import "server-only";
import type { Prisma } from "@prisma/client";
import { now as clockNow } from "../../clock";
import { publicDb } from "../../db";
import { versionPath } from "../../domain/release-path";
import { storedBodyOf } from "../releases/body-html";
import { fittingShareImage } from "../../share-image/fit";
import { editionInclude, releaseHeadSelect, toDTO } from "../releases/shape";
import type { ReleaseDTO } from "../releases/shape";

/**
 * Public visibility in the lists (home, search, feeds, sitemaps, API, agreements, people): an original
 * release with a live PUBLISHED edition whose publication instant has come (embargo backstop).
 * Translations (issue 14) are read only through their own address (getPublicRelease with a language).
 */
export function publicWhere(now = clockNow()): Prisma.ReleaseWhereInput {
  return {
    translationOfId: null,
    publishedAt: { lte: now },
    liveEdition: { is: { status: "PUBLISHED", publishedAt: { lte: now } } },
  };
}

/**
 * Issue 14: the public versions written in `language`, for that language's lists (/az, /az/agreements,
 * /az/feed.xml, /?language=az): originals written in it and translations into it, a translation only
 * while its original is public by publicWhere(). Its raw-SQL twin is visibleSql(now, { language }).
 */
export function publicLanguageWhere(language: string, now = clockNow()): Prisma.ReleaseWhereInput {
  return {
    language,
    publishedAt: { lte: now },
    liveEdition: { is: { status: "PUBLISHED", publishedAt: { lte: now } } },
    OR: [{ translationOfId: null }, { translationOf: { is: publicWhere(now) } }],
  };
}

/** The lists' rule for a language, or for originals in any language (null). */
export function listWhere(language: string | null | undefined, now = clockNow()): Prisma.ReleaseWhereInput {
  return language ? publicLanguageWhere(language, now) : publicWhere(now);
}

/** One public version of a release, for hreflang alternates and the language switcher. */
export interface ReleaseVersion {
  language: string;
  path: string;
  original: boolean;
  /** Its live edition's headline (ninjs names each associated version by it). */
  headline: string;
}

export type PublicRelease =
  | { kind: "live"; release: ReleaseDTO; versions: ReleaseVersion[] }
  | {
      kind: "withdrawn";
      slug: string;
      /** The version's language and public address (a translation's: /<language>/releases/<slug>). */
      language: string;
      path: string;
      headline: string;
      reason: string;
      withdrawnAt: Date;
    };

const liveOrWithdrawn = (now: Date): Prisma.ReleaseWhereInput => ({
  publishedAt: { lte: now },
  liveEdition: { is: { status: { in: ["PUBLISHED", "WITHDRAWN"] }, publishedAt: { lte: now } } },
});

/**
 * What a release URL shows readers: the live edition, a withdrawal notice, or nothing (404).
 * `language` null: the original at /releases/<slug>; else its translation at /<language>/releases/<slug>,
 * public while its original is. Issue 14: a translation of a withdrawn original is withdrawn with it
 * (lib/dal/releases/workflow.ts does so); one still marked published under a withdrawn original (data
 * from before that) shows the original's notice all the same, never the translated release.
 */
export async function getPublicRelease(
  slug: string,
  now = clockNow(),
  language: string | null = null,
): Promise<PublicRelease | null> {
  // Issue 17: one statement for the whole page (relationLoadStrategy "join": Prisma nests every
  // relation with lateral joins and JSON aggregation) instead of one per relation (18, with the
  // corrections and the versions read apart). The corrections and the public versions come along:
  // the rules are those of publicChanges() and publicVersions() below, which the tests compare.
  const release = await publicDb().release.findFirst({
    relationLoadStrategy: "join",
    where: language
      ? {
          language,
          translationOf: { is: { slug, translationOfId: null, ...liveOrWithdrawn(now) } },
          ...liveOrWithdrawn(now),
        }
      : { slug, translationOfId: null, ...liveOrWithdrawn(now) },
    select: {
      ...releaseHeadSelect,
      translationOf: {
        select: {
          ...releaseHeadSelect.translationOf.select,
          withdrawnAt: true,
          withdrawnReason: true,
          liveEdition: { select: { status: true, updatedAt: true, headline: true } },
          translations: liveTranslations(now),
        },
      },
      liveEdition: { include: editionInclude },
      translations: liveTranslations(now),
      editions: changeNotesSelect,
    },
  });
  const live = release?.liveEdition;
  if (!release || !live) return null;
  const original = release.translationOf;
  const path = versionPath(original?.slug ?? release.slug, original ? release.language : null);
  const withdrawn = (at: Date | null, reason: string | null, fallback: Date): PublicRelease => ({
    kind: "withdrawn",
    slug: release.slug,
    language: release.language,
    path,
    headline: live.headline,
    reason: reason ?? "",
    withdrawnAt: at ?? fallback,
  });
  if (live.status === "WITHDRAWN") return withdrawn(release.withdrawnAt, release.withdrawnReason, live.updatedAt);
  if (original?.liveEdition?.status === "WITHDRAWN")
    return withdrawn(original.withdrawnAt, original.withdrawnReason, original.liveEdition.updatedAt);
  // Live, and its original (itself or the one it translates) PUBLISHED under the where above: the
  // original is public by publicWhere(), as publicVersions() requires.
  const versions = versionsOf(
    original
      ? {
          slug: original.slug,
          language: original.language,
          headline: original.liveEdition?.headline ?? "",
          translations: original.translations,
        }
      : { slug: release.slug, language: release.language, headline: live.headline, translations: release.translations },
  );
  const changes = changesOf(release.editions, live.number);
  // The DTO names the original by its address only (not its withdrawal fields read above).
  const head = {
    ...release,
    translationOf: original && { id: original.id, slug: original.slug, language: original.language },
  };
  // Issue 17: the body's HTML stored when this edition went live (the page checks that it fits), and
  // its share card when one fits (else the page links the old address, lib/dal/releases/share-image.ts).
  const stored = { renderedBody: storedBodyOf(live), shareImageKey: fittingShareImage(live, release.language) };
  return { kind: "live", release: { ...toDTO(head, live), changes, ...stored }, versions };
}

/** An original's live translations, by language (the selection of publicVersions()). */
const liveTranslations = (now: Date) =>
  ({
    where: { publishedAt: { lte: now }, liveEdition: { is: { status: "PUBLISHED", publishedAt: { lte: now } } } },
    select: { language: true, liveEdition: { select: { headline: true } } },
    orderBy: { language: "asc" },
  }) satisfies Prisma.Release$translationsArgs;

function versionsOf(original: {
  slug: string;
  language: string;
  headline: string;
  translations: Array<{ language: string; liveEdition: { headline: string } | null }>;
}): ReleaseVersion[] {
  return [
    {
      language: original.language,
      path: versionPath(original.slug, null),
      original: true,
      headline: original.headline,
    },
    ...original.translations.map((t) => ({
      language: t.language,
      path: versionPath(original.slug, t.language),
      original: false,
      headline: t.liveEdition?.headline ?? "",
    })),
  ];
}

/** Editions whose change note readers have seen (corrections); publicChanges() adds "up to the live one". */
const noteWhere = {
  changeNote: { not: null },
  publishedAt: { not: null },
  status: { in: ["PUBLISHED", "SUPERSEDED"] },
} satisfies Prisma.EditionWhereInput;

/** A release's `editions` as changesOf() reads them, for a read that brings the notes along. */
export const changeNotesSelect = {
  where: noteWhere,
  select: { number: true, changeNote: true, publishedAt: true },
  orderBy: { number: "desc" },
} satisfies Prisma.Release$editionsArgs;

/** Notes of the editions up to `upToNumber`, newest first (`editions` newest first). */
export function changesOf(
  editions: Array<{ number: number; changeNote: string | null; publishedAt: Date | null }>,
  upToNumber: number,
): Array<{ at: Date; note: string }> {
  return editions.filter((e) => e.number <= upToNumber).map((e) => ({ at: e.publishedAt!, note: e.changeNote! }));
}

/** The public versions of the original `originalId`: itself first, then its live translations by language. */
export async function publicVersions(originalId: string, now = clockNow()): Promise<ReleaseVersion[]> {
  const original = await publicDb().release.findFirst({
    relationLoadStrategy: "join",
    where: { id: originalId, ...publicWhere(now) },
    select: {
      slug: true,
      language: true,
      liveEdition: { select: { headline: true } },
      translations: liveTranslations(now),
    },
  });
  if (!original) return [];
  return versionsOf({ ...original, headline: original.liveEdition?.headline ?? "" });
}

/** Change notes of the editions readers have seen up to `upToNumber` (corrections), newest first. */
export async function publicChanges(releaseId: string, upToNumber: number): Promise<Array<{ at: Date; note: string }>> {
  const editions = await publicDb().edition.findMany({
    where: { releaseId, number: { lte: upToNumber }, ...noteWhere },
    select: { number: true, changeNote: true, publishedAt: true },
    orderBy: { number: "desc" },
  });
  return changesOf(editions, upToNumber);
}
