import "server-only";
import { Prisma } from "@prisma/client";
import { now as clockNow } from "../../clock";
import { publicDb } from "../../db";
import type { AgreementTypeValue } from "../../domain/agreement-types";
import { releasePath } from "../../domain/release-path";
import { AGREEMENTS_PER_PAGE, type AgreementQuery } from "../../validation/public-query";
import { containsPattern, filterSql, visibleSql } from "./search";
import { listWhere } from "./releases";

export interface PublicAgreementDTO {
  id: string;
  type: AgreementTypeValue;
  title: string;
  parties: string[];
  signedOn: string | null;
  note: string | null;
  /** The public slug of its release (a translation's: its original's). */
  releaseSlug: string;
  /** Issue 14: the address of the release version it is in (/releases/… or /az/releases/…). */
  releasePath: string;
  releaseHeadline: string;
  releasePublishedAt: Date;
}

export interface PublicAgreementPage {
  items: PublicAgreementDTO[];
  page: number;
  hasNext: boolean;
}

/**
 * Every agreement of the live edition of a public release, newest release first, in release order.
 * Raw SQL finds the page (a party "contains" test runs inside the parties array, which Prisma cannot
 * express), then the rows are loaded through publicWhere(), which stays the rule for what is public.
 * `query.language` (issue 14): the agreements of the versions written in it (publicLanguageWhere()).
 */
export async function listPublicAgreements(query: AgreementQuery, now = clockNow()): Promise<PublicAgreementPage> {
  const language = query.language ?? null;
  const where = [visibleSql(now, { language }), ...filterSql({ ...query, agreementType: null })];
  if (query.agreementType) where.push(Prisma.sql`a.type = ${query.agreementType}::"AgreementType"`);
  if (query.party)
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(a.parties) p WHERE p ILIKE ${containsPattern(query.party)})`);
  const offset = (query.page - 1) * AGREEMENTS_PER_PAGE;
  const rows = await publicDb().$queryRaw<Array<{ id: string }>>`
    SELECT a.id
    FROM "Agreement" a JOIN "Edition" e ON e.id = a."editionId" JOIN "Release" r ON r."liveEditionId" = e.id
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY r."publishedAt" DESC, r.id DESC, a.position ASC
    LIMIT ${AGREEMENTS_PER_PAGE + 1} OFFSET ${offset}`;
  const hasNext = rows.length > AGREEMENTS_PER_PAGE;
  const ids = rows.slice(0, AGREEMENTS_PER_PAGE).map((r) => r.id);
  if (ids.length === 0) return { items: [], page: query.page, hasNext: false };
  const agreements = await publicDb().agreement.findMany({
    where: { id: { in: ids }, edition: { liveOf: { is: listWhere(language, now) } } },
    select: {
      id: true,
      type: true,
      title: true,
      parties: true,
      signedOn: true,
      note: true,
      edition: {
        select: {
          headline: true,
          liveOf: {
            select: { slug: true, language: true, publishedAt: true, translationOf: { select: { slug: true } } },
          },
        },
      },
    },
  });
  const byId = new Map(agreements.map((a) => [a.id, a]));
  const items = ids.flatMap((id) => {
    const a = byId.get(id);
    const release = a?.edition.liveOf;
    if (!a || !release?.publishedAt) return [];
    return [
      {
        id: a.id,
        type: a.type,
        title: a.title,
        parties: a.parties,
        signedOn: a.signedOn ? a.signedOn.toISOString().slice(0, 10) : null,
        note: a.note,
        releaseSlug: release.translationOf?.slug ?? release.slug,
        releasePath: releasePath(release),
        releaseHeadline: a.edition.headline,
        releasePublishedAt: release.publishedAt,
      },
    ];
  });
  return { items, page: query.page, hasNext };
}
