// Issue 14: the translation form. Beside each field a translator writes, the form shows the original's
// words (of the original's edition the translation follows, or of its newer published edition, with
// what changed since marked); the structure both share comes from the original. Pure: no Next, no Prisma.
import type { ReleaseFormValues, ReleaseInput } from "../validation/release";
import { diffText, type TextPart } from "./text-diff";

/** What the original's editions are, as far as choosing the one to show goes. */
export interface OriginalEditions {
  /** The original's edition the translation follows (Release.translationSourceEdition). */
  sourceEdition: number | null;
  /** The original's live edition, if any, and whether it is published (not withdrawn). */
  live: { number: number; published: boolean } | null;
  /** The original's newest edition. */
  newest: number;
}

/**
 * The original's edition a translation is written against: the one it follows, unless readers of the
 * original already see a newer one (the translation is then behind, and that edition is what it
 * should say). A correction of the original not yet published is not shown: it may still change.
 */
export function originalEditionToShow({ sourceEdition, live, newest }: OriginalEditions): number {
  const published = live?.published ? live.number : null;
  if (sourceEdition === null) return published ?? newest;
  return published !== null && published > sourceEdition ? published : sourceEdition;
}

/**
 * The words a translator translates, keyed by the path the form's field errors use ("headline",
 * "agreements.0.title"); a file's words by the file ("media.<assetId>.caption"), since a translation
 * may order its files differently. Dates, countries and agreement types are not words: they are
 * structure shared with the original. A speaker is the original's person, whose name the translation
 * writes as its language does.
 */
export function translatableTexts(v: ReleaseFormValues): Record<string, string> {
  const texts: Record<string, string> = {
    headline: v.headline,
    summary: v.summary,
    body: v.body,
    datelinePlace: v.datelinePlace,
    issuer: v.issuer,
    sourceCredit: v.sourceCredit,
  };
  v.agreements.forEach((a, i) => {
    texts[`agreements.${i}.title`] = a.title;
    texts[`agreements.${i}.parties`] = a.parties;
    texts[`agreements.${i}.note`] = a.note;
  });
  v.quotes.forEach((q, i) => {
    texts[`quotes.${i}.speaker`] = q.speaker;
    texts[`quotes.${i}.text`] = q.text;
    texts[`quotes.${i}.speakerRole`] = q.speakerRole;
    texts[`quotes.${i}.speakerOrganisation`] = q.speakerOrganisation;
  });
  for (const m of v.media ?? []) {
    texts[`media.${m.assetId}.altText`] = m.altText;
    texts[`media.${m.assetId}.caption`] = m.caption;
    texts[`media.${m.assetId}.title`] = m.title;
  }
  return texts;
}

/** The word diff of each text that changed between two editions of the original (a new one: all added). */
export function changesSince(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): Record<string, TextPart[]> {
  const changes: Record<string, TextPart[]> = {};
  for (const [path, text] of Object.entries(after)) {
    const earlier = before[path] ?? "";
    if (earlier !== text) changes[path] = diffText(earlier, text);
  }
  return changes;
}

/** How many of a translation's rows the original no longer has (they are left out when it is saved). */
export interface DroppedRows {
  agreements: number;
  quotes: number;
}

/**
 * The original's rows with the translation's words: row i of the translation translates row i of the
 * original (a translation starts as a copy and cannot add, remove or reorder rows). A row the
 * translation does not have yet starts with the original's words; `shared` fields are the original's.
 */
function alignRows<T extends object>(own: readonly T[], original: readonly T[], shared: ReadonlyArray<keyof T>): T[] {
  return original.map((o, i) => {
    const row = { ...(own[i] ?? o) };
    for (const key of shared) row[key] = o[key];
    return row;
  });
}

const SHARED_AGREEMENT = ["type", "signedOn"] as const;
const SHARED_QUOTE = ["speaker"] as const;

/**
 * The translation's form values with the structure it shares with the original taken from the original.
 * `speakerNames`: row by row, the original's speaker as the translation names them (its own name for the
 * same person, else the original's name): a row whose person changed in the original shows the new one.
 */
export function alignFormToOriginal(
  translation: ReleaseFormValues,
  original: ReleaseFormValues,
  speakerNames: readonly string[] = [],
): { values: ReleaseFormValues; dropped: DroppedRows } {
  const originalQuotes = original.quotes.map((q, i) => ({ ...q, speaker: speakerNames[i] ?? q.speaker }));
  return {
    values: {
      ...translation,
      date: original.date,
      time: original.time,
      utcOffset: original.utcOffset,
      countries: original.countries,
      agreements: alignRows(translation.agreements, original.agreements, SHARED_AGREEMENT),
      quotes: alignRows(translation.quotes, originalQuotes, SHARED_QUOTE),
    },
    dropped: {
      agreements: Math.max(0, translation.agreements.length - original.agreements.length),
      quotes: Math.max(0, translation.quotes.length - original.quotes.length),
    },
  };
}

/** The shared structure of the original's edition, as a save takes it. */
export type SharedStructure = Pick<
  ReleaseInput,
  "datelineAt" | "datelineOffsetMinutes" | "countries" | "agreements" | "quotes"
>;

/**
 * A translation's save with the structure it shares with the original taken from the original, so
 * that what the form shows read-only is also what is stored, whatever was posted.
 */
export function alignInputToOriginal(input: ReleaseInput, original: SharedStructure): ReleaseInput {
  return {
    ...input,
    datelineAt: original.datelineAt,
    datelineOffsetMinutes: original.datelineOffsetMinutes,
    countries: [...original.countries],
    agreements: alignRows(input.agreements, original.agreements, SHARED_AGREEMENT),
    // The person is the original's; the name the translator wrote in the Speaker field is how this
    // language writes it, kept when it differs from the person's name.
    quotes: original.quotes.map((o, i) => {
      const own = input.quotes[i] ?? o;
      const name = own.speaker.trim();
      return { ...own, speaker: o.speaker, speakerName: name !== "" && name !== o.speaker ? name : null };
    }),
  };
}
