import "server-only";
import { db, type Tx } from "../../db";
import {
  changesSince,
  originalEditionToShow,
  translatableTexts,
  type SharedStructure,
} from "../../domain/translation-original";
import type { TextPart } from "../../domain/text-diff";
import { releaseToFormValues } from "../../validation/release-form";
import type { ReleaseFormValues } from "../../validation/release";
import { agreementDTO, editionInclude, releaseHeadSelect, toDTO } from "./shape";

// Issue 14: the original a translation is written against, for the translation form (its words beside
// each field, what changed since the edition the translation follows) and for a translation's save
// (the structure both share comes from it).

export interface TranslationOriginal {
  /** The original release. */
  id: string;
  language: string;
  /** The original's edition shown: the one the translation follows, or a newer published one. */
  editionNumber: number;
  /** The original's edition the translation follows. */
  sourceEdition: number | null;
  /** The shown edition as the release form holds it (the shared structure comes from here). */
  values: ReleaseFormValues;
  /** Its words, by field path (lib/domain/translation-original.ts). */
  texts: Record<string, string>;
  /** What changed in them since the edition the translation follows (empty when it is the one shown). */
  changes: Record<string, TextPart[]>;
  /**
   * Row by row, the shown edition's speaker as the translation names them: its own name for the same
   * person (issue 14), else the original's name (a new row, or a person the original changed).
   */
  speakerNames: string[];
}

/** The translation's original and the number of the original's edition to write against; null for an original. */
async function originalToShow(tx: Tx, releaseId: string) {
  const release = await tx.release.findUnique({
    where: { id: releaseId },
    select: {
      translationSourceEdition: true,
      translationOf: {
        select: {
          id: true,
          liveEdition: { select: { number: true, status: true } },
          editions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
        },
      },
    },
  });
  const original = release?.translationOf;
  if (!release || !original?.editions[0]) return null;
  const live = original.liveEdition;
  const sourceEdition = release.translationSourceEdition;
  const shown = originalEditionToShow({
    sourceEdition,
    live: live ? { number: live.number, published: live.status === "PUBLISHED" } : null,
    newest: original.editions[0].number,
  });
  return { id: original.id, sourceEdition, shown };
}

/** The original of the translation `translationId`; null when it is no translation. */
export async function getTranslationOriginal(translationId: string): Promise<TranslationOriginal | null> {
  const client = db();
  const which = await originalToShow(client, translationId);
  if (!which) return null;
  const numbers = [...new Set([which.shown, which.sourceEdition ?? which.shown])];
  const original = await client.release.findUniqueOrThrow({
    where: { id: which.id },
    select: { ...releaseHeadSelect, editions: { where: { number: { in: numbers } }, include: editionInclude } },
  });
  const valuesOf = (number: number) => {
    const edition = original.editions.find((e) => e.number === number);
    return edition ? releaseToFormValues(toDTO(original, edition)) : null;
  };
  const values = valuesOf(which.shown);
  if (!values) return null;
  const texts = translatableTexts(values);
  const shownQuotes = original.editions.find((e) => e.number === which.shown)!.quotes;
  const own = await client.edition.findFirst({
    where: { releaseId: translationId },
    orderBy: { number: "desc" },
    select: {
      quotes: { orderBy: { position: "asc" }, select: { speakerName: true, person: { select: { slug: true } } } },
    },
  });
  const speakerNames = shownQuotes.map((q, i) => {
    const mine = own?.quotes[i];
    return mine?.speakerName && mine.person.slug === q.person.slug ? mine.speakerName : q.person.name;
  });
  const source =
    which.sourceEdition !== null && which.sourceEdition !== which.shown ? valuesOf(which.sourceEdition) : null;
  return {
    id: original.id,
    language: original.language,
    editionNumber: which.shown,
    sourceEdition: which.sourceEdition,
    values,
    texts,
    changes: source ? changesSince(translatableTexts(source), texts) : {},
    speakerNames,
  };
}

/** For a save of `releaseId`: the structure it shares with its original, or null for an original. */
export async function sharedStructureForSave(tx: Tx, releaseId: string): Promise<SharedStructure | null> {
  const which = await originalToShow(tx, releaseId);
  if (!which) return null;
  const edition = await tx.edition.findUniqueOrThrow({
    where: { releaseId_number: { releaseId: which.id, number: which.shown } },
    select: {
      datelineAt: true,
      datelineOffsetMinutes: true,
      countries: true,
      agreements: { orderBy: { position: "asc" } },
      quotes: { orderBy: { position: "asc" }, include: { person: { select: { name: true } } } },
    },
  });
  return {
    datelineAt: edition.datelineAt,
    datelineOffsetMinutes: edition.datelineOffsetMinutes,
    countries: edition.countries,
    agreements: edition.agreements.map(agreementDTO),
    quotes: edition.quotes.map((q) => ({
      speaker: q.person.name,
      speakerRole: q.speakerRole,
      speakerOrganisation: q.speakerOrganisation,
      text: q.text,
      context: q.context,
    })),
  };
}

/**
 * A translation's edition going live (goLive in lib/dal/releases/workflow.ts) takes the shared
 * structure of the original's edition `originalEdition`, which it follows from then on: dateline instant
 * and offset, countries, and, row by row, agreement types and signing dates and speakers. It may have
 * been saved against an older edition of the original (submitted before the original's correction).
 * Returns false when its agreement or quote rows are not as many as the original's: those it cannot
 * make up (they need words), so it is not up to date with that edition.
 */
export async function shareStructureOnGoLive(
  tx: Tx,
  releaseId: string,
  editionId: string,
  originalEdition: number,
): Promise<boolean> {
  const { translationOfId } = await tx.release.findUniqueOrThrow({
    where: { id: releaseId },
    select: { translationOfId: true },
  });
  if (!translationOfId) return true;
  const rows = {
    agreements: { orderBy: { position: "asc" as const }, select: { id: true, type: true, signedOn: true } },
    quotes: { orderBy: { position: "asc" as const }, select: { id: true, personId: true } },
  };
  const original = await tx.edition.findUniqueOrThrow({
    where: { releaseId_number: { releaseId: translationOfId, number: originalEdition } },
    select: { datelineAt: true, datelineOffsetMinutes: true, countries: true, ...rows },
  });
  const own = await tx.edition.findUniqueOrThrow({ where: { id: editionId }, select: rows });
  await tx.edition.update({
    where: { id: editionId },
    data: {
      datelineAt: original.datelineAt,
      datelineOffsetMinutes: original.datelineOffsetMinutes,
      countries: original.countries,
    },
  });
  for (const [i, row] of own.agreements.entries()) {
    const o = original.agreements[i];
    if (o && (o.type !== row.type || o.signedOn?.getTime() !== row.signedOn?.getTime()))
      await tx.agreement.update({ where: { id: row.id }, data: { type: o.type, signedOn: o.signedOn } });
  }
  for (const [i, row] of own.quotes.entries()) {
    const o = original.quotes[i];
    // Another person: the translation's name for the earlier one no longer applies.
    if (o && o.personId !== row.personId)
      await tx.quote.update({ where: { id: row.id }, data: { personId: o.personId, speakerName: null } });
  }
  return own.agreements.length === original.agreements.length && own.quotes.length === original.quotes.length;
}
