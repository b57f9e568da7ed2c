import "server-only";
import type { EditionStatus } from "@prisma/client";
import { db, type Tx } from "../../db";
import { languageName, isLanguageCode } from "../../domain/languages";
import { isOutdated, type VersionState } from "../../domain/translation-state";
import { recordAudit } from "../audit";
import { copyEditionMedia } from "../media/edition-media";
import type { SessionUser } from "../users";
import { claim, missingOrConflict, rollback, transact, type WriteResult } from "./tx";
import { appendRevision } from "./write";

// Issue 14: translations. A translation is a release of its own — its editions, workflow (two-person
// rule included), history, diff and restore are the release machinery unchanged — that points at its
// original. "Add translation" copies the original's structure (dateline instant and offset, issuer,
// countries, topics, agreements with their types, dates and parties, quotes with their speakers,
// media) and its words, which the translator then replaces. The public address of a translation is
// /<language>/releases/<original's slug>; its own slug is internal ("~<language>-<original id>",
// never a valid public slug) and never follows its headline.

export const TRANSLATION_BEFORE_ORIGINAL =
  "A translation cannot be published before its original: publish the original first.";

export function translationSlug(originalId: string, language: string): string {
  return `~${language}-${originalId}`;
}

export type TranslationRefusal = "not_found" | "is_translation" | "same_language" | "unknown_language" | "exists";

export const TRANSLATION_REFUSAL_MESSAGES: Record<TranslationRefusal, string> = {
  not_found: "This release no longer exists.",
  is_translation: "This is a translation: add translations to its original.",
  same_language: "The release is already written in this language.",
  unknown_language: "Choose a language from the list.",
  exists: "This release already has a translation in this language.",
};

export type CreateTranslationResult =
  { ok: true; id: string } | { ok: false; refusal: TranslationRefusal; existingId?: string };

/** "Add translation": a new release in `language`, a draft copied from the original's live (else newest) edition. */
export async function createTranslation(
  actor: SessionUser,
  originalId: string,
  language: string,
): Promise<CreateTranslationResult> {
  if (!isLanguageCode(language)) return { ok: false, refusal: "unknown_language" };
  return db().$transaction(async (tx) => {
    const original = await tx.release.findUnique({
      where: { id: originalId },
      select: {
        id: true,
        language: true,
        translationOfId: true,
        liveEdition: { select: { id: true, number: true, status: true } },
        editions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true } },
        translations: { where: { language }, select: { id: true } },
      },
    });
    if (!original) return { ok: false, refusal: "not_found" };
    if (original.translationOfId) return { ok: false, refusal: "is_translation" };
    if (original.language === language) return { ok: false, refusal: "same_language" };
    if (original.translations[0]) return { ok: false, refusal: "exists", existingId: original.translations[0].id };
    const source = original.liveEdition?.status === "PUBLISHED" ? original.liveEdition : original.editions[0];
    if (!source) return { ok: false, refusal: "not_found" };
    const release = await tx.release.create({
      data: {
        slug: translationSlug(original.id, language),
        language,
        translationOfId: original.id,
        translationSourceEdition: source.number,
        createdById: actor.id,
        updatedById: actor.id,
      },
      select: { id: true },
    });
    await copyEditionForTranslation(tx, source.id, release.id, actor.id, language);
    await tx.releaseAuthor.create({ data: { releaseId: release.id, userId: actor.id } });
    await recordAudit(
      {
        action: "release.translate",
        actorId: actor.id,
        releaseId: release.id,
        detail: { original: original.id, language, fromEdition: source.number },
      },
      tx,
    );
    await appendRevision(tx, release.id, actor.id, `translation into ${languageName(language)} started`);
    return { ok: true, id: release.id };
  });
}

/**
 * How the newest translation into `language` names each person (issue 14): a new translation starts
 * with the name its translators last wrote ("Ayxan Hacızadə"), not the original's spelling.
 */
async function speakerNamesIn(tx: Tx, language: string, personIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await tx.quote.findMany({
    where: { personId: { in: [...personIds] }, speakerName: { not: null }, edition: { release: { language } } },
    orderBy: { edition: { updatedAt: "desc" } },
    distinct: ["personId"],
    select: { personId: true, speakerName: true },
  });
  return new Map(rows.map((r) => [r.personId, r.speakerName!]));
}

async function copyEditionForTranslation(
  tx: Tx,
  fromEditionId: string,
  releaseId: string,
  actorId: string,
  language: string,
) {
  const from = await tx.edition.findUniqueOrThrow({
    where: { id: fromEditionId },
    include: { agreements: { orderBy: { position: "asc" } }, quotes: { orderBy: { position: "asc" } } },
  });
  const edition = await tx.edition.create({
    data: {
      releaseId,
      number: 1,
      headline: from.headline,
      summary: from.summary,
      body: from.body,
      datelinePlace: from.datelinePlace,
      datelineAt: from.datelineAt,
      datelineOffsetMinutes: from.datelineOffsetMinutes,
      issuer: from.issuer,
      sourceCredit: from.sourceCredit,
      mediaContactName: from.mediaContactName,
      mediaContactEmail: from.mediaContactEmail,
      mediaContactPhone: from.mediaContactPhone,
      countries: from.countries,
      topics: from.topics,
      createdById: actorId,
      updatedById: actorId,
    },
    select: { id: true },
  });
  if (from.agreements.length > 0)
    await tx.agreement.createMany({
      data: from.agreements.map(({ type, title, parties, signedOn, note, position }) => ({
        editionId: edition.id,
        position,
        type,
        title,
        parties,
        signedOn,
        note,
      })),
    });
  if (from.quotes.length > 0) {
    const names = await speakerNamesIn(
      tx,
      language,
      from.quotes.map((q) => q.personId),
    );
    await tx.quote.createMany({
      data: from.quotes.map(({ personId, text, context, speakerRole, speakerOrganisation, position }) => ({
        editionId: edition.id,
        position,
        personId,
        text,
        context,
        speakerRole,
        speakerOrganisation,
        speakerName: names.get(personId) ?? null,
      })),
    });
  }
  await copyEditionMedia(tx, fromEditionId, edition.id);
}

export interface TranslationSummary {
  id: string;
  language: string;
  /** The newest edition's status (what the translator works on). */
  status: EditionStatus;
  /** Published (live) and the original has a newer published edition since it was brought up to date. */
  outdated: boolean;
  live: boolean;
}

export interface TranslationFamily {
  original: { id: string; language: string; status: EditionStatus; live: boolean; liveEditionNumber: number | null };
  translations: TranslationSummary[];
  /** For a translation: the original edition it is up to date with. */
  sourceEdition: number | null;
  /** This release is a translation that is outdated. */
  outdated: boolean;
}

const familySelect = {
  id: true,
  language: true,
  translationSourceEdition: true,
  liveEdition: { select: { number: true, status: true } },
  editions: { orderBy: { number: "desc" as const }, take: 1, select: { status: true } },
};

type FamilyRow = {
  id: string;
  language: string;
  translationSourceEdition: number | null;
  liveEdition: { number: number; status: EditionStatus } | null;
  editions: Array<{ status: EditionStatus }>;
};

const isLive = (r: FamilyRow) => r.liveEdition?.status === "PUBLISHED";

/**
 * The language versions of the families of `ids` (each an original or a translation), keyed by the
 * original's id, the original first: what the editor's list shows per row.
 */
export async function listFamilyVersions(ids: readonly string[]): Promise<Map<string, VersionState[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db().$queryRaw<
    Array<{
      family: string;
      language: string;
      original: boolean;
      status: EditionStatus;
      liveStatus: EditionStatus | null;
      liveNumber: number | null;
      sourceEdition: number | null;
    }>
  >`
    SELECT coalesce(r."translationOfId", r.id) AS family, r.language, r."translationOfId" IS NULL AS original,
      (SELECT n.status FROM "Edition" n WHERE n."releaseId" = r.id ORDER BY n.number DESC LIMIT 1) AS status,
      live.status AS "liveStatus", live.number AS "liveNumber", r."translationSourceEdition" AS "sourceEdition"
    FROM "Release" r LEFT JOIN "Edition" live ON live.id = r."liveEditionId"
    WHERE coalesce(r."translationOfId", r.id) = ANY (${[...ids]}::text[])
    ORDER BY family, original DESC, r.language`;
  const families = new Map<string, VersionState[]>();
  let originalLive: number | null = null;
  for (const row of rows) {
    const live = row.liveStatus === "PUBLISHED";
    if (row.original) originalLive = live ? row.liveNumber : null;
    const versions = families.get(row.family) ?? [];
    versions.push({
      language: row.language,
      status: row.status,
      live,
      outdated: !row.original && isOutdated({ live, sourceEdition: row.sourceEdition }, originalLive),
    });
    families.set(row.family, versions);
  }
  return families;
}

/** The original and every translation of the release `id` (itself an original or a translation). */
export async function getTranslationFamily(id: string): Promise<TranslationFamily | null> {
  const release = await db().release.findUnique({
    where: { id },
    select: { ...familySelect, translationOfId: true },
  });
  if (!release) return null;
  const originalId = release.translationOfId ?? release.id;
  const original = await db().release.findUniqueOrThrow({
    where: { id: originalId },
    select: { ...familySelect, translations: { select: familySelect, orderBy: { language: "asc" } } },
  });
  const originalLive = isLive(original) ? original.liveEdition!.number : null;
  const summary = (t: FamilyRow): TranslationSummary => ({
    id: t.id,
    language: t.language,
    status: t.editions[0]!.status,
    live: isLive(t),
    outdated: isOutdated({ live: isLive(t), sourceEdition: t.translationSourceEdition }, originalLive),
  });
  const translations = original.translations.map(summary);
  return {
    original: {
      id: original.id,
      language: original.language,
      status: original.editions[0]!.status,
      live: isLive(original),
      liveEditionNumber: originalLive,
    },
    translations,
    sourceEdition: release.translationOfId ? release.translationSourceEdition : null,
    outdated: translations.find((t) => t.id === id)?.outdated ?? false,
  };
}

/**
 * The original's revisions to compare for an outdated translation: the last one of the edition the
 * translation follows, and the newest one of its live edition (the history page shows their diff).
 */
export async function originalChangesSince(
  originalId: string,
  sourceEdition: number,
  liveEdition: number,
): Promise<{ from: string; to: string } | null> {
  const [from, to] = await Promise.all(
    [sourceEdition, liveEdition].map((editionNumber) =>
      db().revision.findFirst({
        where: { releaseId: originalId, snapshot: { path: ["editionNumber"], equals: editionNumber } },
        orderBy: { createdAt: "desc" },
        select: { id: true },
      }),
    ),
  );
  return from && to ? { from: from.id, to: to.id } : null;
}

/** "Mark as up to date": the translator checked the original's changes; the flag goes until the next one. */
export async function confirmTranslationCurrent(
  actor: SessionUser,
  id: string,
  expectedVersion: number,
): Promise<WriteResult> {
  return transact(async (tx) => {
    if (!(await claim(tx, actor, id, expectedVersion))) return missingOrConflict(tx, id);
    const release = await tx.release.findUniqueOrThrow({
      where: { id },
      select: { slug: true, translationOf: { select: { liveEdition: { select: { number: true, status: true } } } } },
    });
    const live = release.translationOf?.liveEdition;
    if (!release.translationOf) rollback({ status: "refused", message: "This release is not a translation." });
    if (!live || live.status !== "PUBLISHED")
      rollback({
        status: "refused",
        message: "The original is not published: there is nothing to be up to date with.",
      });
    await tx.release.update({ where: { id }, data: { translationSourceEdition: live.number } });
    await recordAudit(
      { action: "release.translation_confirmed", actorId: actor.id, releaseId: id, detail: { edition: live.number } },
      tx,
    );
    return { status: "ok" as const, id, slug: release.slug, version: expectedVersion + 1 };
  });
}

/** A save's "Language" (issue 14): an original may change it, unless a translation is in that language. */
export async function setReleaseLanguage(tx: Tx, id: string, language: string): Promise<void> {
  const release = await tx.release.findUniqueOrThrow({
    where: { id },
    select: { language: true, translationOfId: true, translations: { where: { language }, select: { id: true } } },
  });
  if (release.translationOfId || release.language === language) return;
  if (release.translations.length > 0)
    rollback({
      status: "refused",
      message: `This release already has a translation in ${languageName(language)}: choose another language.`,
    });
  await tx.release.update({ where: { id }, data: { language } });
}

/**
 * The rule of going live for a translation (lib/dal/releases/workflow.ts): its original must be public
 * at `at`. Returns the original's live edition number (the translation is then up to date with it),
 * null for an original; refuses (rolls back) otherwise.
 */
export async function originalEditionForGoLive(tx: Tx, releaseId: string, at: Date): Promise<number | null> {
  const release = await tx.release.findUniqueOrThrow({
    where: { id: releaseId },
    select: {
      translationOf: {
        select: { publishedAt: true, liveEdition: { select: { number: true, status: true, publishedAt: true } } },
      },
    },
  });
  const original = release.translationOf;
  if (!original) return null;
  const live = original.liveEdition;
  if (!live || live.status !== "PUBLISHED" || !live.publishedAt || live.publishedAt > at)
    rollback({ status: "refused", message: TRANSLATION_BEFORE_ORIGINAL });
  return live.number;
}

/** Scheduling a translation: its original must be public, or scheduled no later than `publishAt`. */
export async function checkTranslationSchedule(tx: Tx, releaseId: string, publishAt: Date): Promise<void> {
  const release = await tx.release.findUniqueOrThrow({
    where: { id: releaseId },
    select: {
      translationOf: {
        select: {
          liveEdition: { select: { status: true } },
          editions: { orderBy: { number: "desc" }, take: 1, select: { status: true, publishAt: true } },
        },
      },
    },
  });
  const original = release.translationOf;
  if (!original) return;
  if (original.liveEdition?.status === "PUBLISHED") return;
  const next = original.editions[0];
  if (next?.status === "SCHEDULED" && next.publishAt && next.publishAt <= publishAt) return;
  rollback({
    status: "refused",
    message: "A translation cannot be scheduled before its original: schedule or publish the original first.",
  });
}
