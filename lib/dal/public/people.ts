import "server-only";
import { now as clockNow } from "../../clock";
import { publicDb } from "../../db";
import type { PersonRef } from "../releases/shape";
import { publicWhere } from "./releases";

export interface PublicQuoteDTO {
  text: string;
  context: string | null;
  speakerRole: string | null;
  speakerOrganisation: string | null;
  releaseSlug: string;
  releaseHeadline: string;
  releasePublishedAt: Date;
  /** The quote's anchor on the release page: quote-1, quote-2… in order (components/release-article.tsx). */
  anchor: string;
}

export interface PublicPersonDTO {
  /** Role and organisation: the newest published quote's that gives them (issue 11.2). */
  person: PersonRef & { role: string | null; organisation: string | null };
  quotes: PublicQuoteDTO[];
}

/**
 * A speaker's public page: the person and every quote of theirs in a live, public edition (newest
 * release first). Null when there is no such person or nothing of theirs is public, so the page is a
 * 404 rather than an empty profile of someone only drafts mention.
 */
export async function getPublicPerson(slug: string, now = clockNow()): Promise<PublicPersonDTO | null> {
  if (!slug || slug.length > 200) return null;
  const person = await publicDb().person.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, aliases: true },
  });
  if (!person) return null;
  const quotes = await publicDb().quote.findMany({
    // liveOf: the release whose live edition this is, so superseded and draft editions never count.
    where: { personId: person.id, edition: { liveOf: { is: publicWhere(now) } } },
    select: {
      text: true,
      context: true,
      position: true,
      speakerRole: true,
      speakerOrganisation: true,
      edition: { select: { headline: true, liveOf: { select: { slug: true, publishedAt: true } } } },
    },
    take: 1_000,
  });
  const rows = quotes.flatMap((q) => {
    const release = q.edition.liveOf;
    if (!release?.publishedAt) return [];
    return [
      {
        text: q.text,
        context: q.context,
        speakerRole: q.speakerRole,
        speakerOrganisation: q.speakerOrganisation,
        releaseSlug: release.slug,
        releaseHeadline: q.edition.headline,
        releasePublishedAt: release.publishedAt,
        anchor: `quote-${q.position + 1}`,
        position: q.position,
      },
    ];
  });
  if (rows.length === 0) return null;
  rows.sort(
    (a, b) =>
      b.releasePublishedAt.getTime() - a.releasePublishedAt.getTime() ||
      a.releaseSlug.localeCompare(b.releaseSlug) ||
      a.position - b.position,
  );
  const { id: _id, ...ref } = person;
  // "Current" means as last published: drafts, and other people's rows, have no say.
  const latest = rows.find((q) => q.speakerRole || q.speakerOrganisation);
  return {
    person: { ...ref, role: latest?.speakerRole ?? null, organisation: latest?.speakerOrganisation ?? null },
    quotes: rows.map(({ position: _p, ...q }) => q),
  };
}
