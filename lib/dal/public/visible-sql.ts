import "server-only";
import { Prisma } from "@prisma/client";

/**
 * The raw-SQL twin of publicWhere() (lib/dal/releases.ts): a live PUBLISHED edition whose publication
 * instant has come. Raw SQL is needed here for tsvector matching, ts_rank ordering and row-value keyset
 * comparisons, none of which Prisma's query builder expresses; the lists load their releases by it too
 * (loadSummaries). lib/dal/public/search.test.ts checks that both agree.
 * `language` (issue 14): the twin of publicLanguageWhere() instead, the versions written in it.
 */
export function visibleSql(
  now: Date,
  { translations = false, language = null }: { translations?: boolean; language?: string | null } = {},
): Prisma.Sql {
  const live = Prisma.sql`r."publishedAt" <= ${now} AND e.status = 'PUBLISHED' AND e."publishedAt" <= ${now}`;
  if (language) return Prisma.sql`${live} AND r.language = ${language} AND ${originalPublicSql(now)}`;
  // Lists show originals only (issue 14); a translation's files are public at its own address too.
  return translations ? live : Prisma.sql`${live} AND r."translationOfId" IS NULL`;
}

/** An original, or a translation whose original is public (the rule of publicWhere() on the original). */
export function originalPublicSql(now: Date): Prisma.Sql {
  return Prisma.sql`(r."translationOfId" IS NULL OR EXISTS (
    SELECT 1 FROM "Release" o JOIN "Edition" oe ON oe.id = o."liveEditionId"
    WHERE o.id = r."translationOfId" AND o."translationOfId" IS NULL AND o."publishedAt" <= ${now}
      AND oe.status = 'PUBLISHED' AND oe."publishedAt" <= ${now}))`;
}
