import "server-only";
import { db } from "../../db";
import { formatDateline } from "../../domain/dateline";
import type { ReleaseMailData } from "../../domain/distribution/messages";
import type { AgreementTypeValue } from "../../domain/agreement-types";

export interface EditionMail {
  releaseId: string;
  slug: string;
  status: string;
  /** This edition is the one readers see now. */
  live: boolean;
  publishAt: Date | null;
  publishZone: string | null;
  data: Omit<ReleaseMailData, "url" | "imageUrl" | "imageAlt">;
  /** The lead image's shared JPEG (issue 13), served publicly once the edition is live. */
  lead: { path: string; alt: string } | null;
}

/** What an email says about one edition (the sender caches it per edition while it runs). */
export async function loadEditionMail(editionId: string): Promise<EditionMail | null> {
  const e = await db().edition.findUnique({
    where: { id: editionId },
    include: {
      release: { select: { id: true, slug: true, liveEditionId: true } },
      media: {
        where: { role: "LEAD", asset: { variantStatus: "READY" } },
        take: 1,
        select: {
          altText: true,
          asset: { select: { variants: { where: { format: "JPEG" }, orderBy: { width: "desc" }, take: 1 } } },
        },
      },
      agreements: { orderBy: { position: "asc" } },
      quotes: {
        orderBy: { position: "asc" },
        include: { person: { select: { name: true } } },
      },
    },
  });
  if (!e) return null;
  const leadJpeg = e.media[0]?.asset.variants[0];
  return {
    releaseId: e.releaseId,
    slug: e.release.slug,
    status: e.status,
    live: e.release.liveEditionId === e.id && e.status === "PUBLISHED",
    publishAt: e.publishAt,
    publishZone: e.publishZone,
    lead: leadJpeg ? { path: `/media/${leadJpeg.key}`, alt: e.media[0]!.altText } : null,
    data: {
      headline: e.headline,
      summary: e.summary,
      dateline: formatDateline(e.datelineAt, e.datelineOffsetMinutes, e.datelinePlace),
      issuer: e.issuer,
      changeNote: e.changeNote,
      body: e.body,
      agreements: e.agreements.map((a) => ({
        type: a.type as AgreementTypeValue,
        title: a.title,
        parties: a.parties,
        signedOn: a.signedOn ? a.signedOn.toISOString().slice(0, 10) : null,
      })),
      quotes: e.quotes.map((q) => ({
        text: q.text,
        // A translation's name for the speaker in its language (issue 14), else the person's.
        speaker: q.speakerName ?? q.person.name,
        role: q.speakerRole,
        organisation: q.speakerOrganisation,
      })),
    },
  };
}

export async function subscriberForMail(id: string) {
  return db().subscriber.findUnique({ where: { id }, select: { id: true, email: true, status: true } });
}

export async function embargoSendStatus(id: string) {
  return db().embargoSend.findUnique({ where: { id }, select: { status: true } });
}

/** A confirmation link is made at send time, so only its hash is ever stored. */
export async function setConfirmToken(subscriberId: string, hash: string, expiresAt: Date): Promise<boolean> {
  const { count } = await db().subscriber.updateMany({
    where: { id: subscriberId, status: "PENDING" },
    data: { confirmTokenHash: hash, confirmExpiresAt: expiresAt },
  });
  return count === 1;
}
