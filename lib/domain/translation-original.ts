// Issue 14: the translation form. Beside each field a translator writes, the form shows the original's
// words (of the original's edition the translation follows, or of its newer published edition, with
// what changed since marked); the structure both share comes from the original. Pure: no Next, no Prisma.
import type { ReleaseFormValues, ReleaseInput } from "../validation/release";
import type { TextPart } from "./text-diff";

/** What the original's editions are, as far as choosing the one to show goes. */
export interface OriginalEditions {
  /** The original's edition the translation follows (Release.translationSourceEdition). */
  sourceEdition: number | null;
  /** The original's live edition, if any, and whether it is published (not withdrawn). */
  live: { number: number; published: boolean } | null;
  /** The original's newest edition. */
  newest: number;
}

/** The original's edition a translation is written against: see the implementation. */
export function originalEditionToShow(_editions: OriginalEditions): number {
  throw new Error("not built yet");
}

/** The words a translator translates, by field path. */
export function translatableTexts(_values: ReleaseFormValues): Record<string, string> {
  throw new Error("not built yet");
}

/** The word diff of each text that changed between two editions of the original. */
export function changesSince(
  _before: Readonly<Record<string, string>>,
  _after: Readonly<Record<string, string>>,
): Record<string, TextPart[]> {
  throw new Error("not built yet");
}

/** How many of a translation's rows the original no longer has (they are left out when it is saved). */
export interface DroppedRows {
  agreements: number;
  quotes: number;
}

/** The translation's form values with the structure it shares with the original taken from the original. */
export function alignFormToOriginal(
  _translation: ReleaseFormValues,
  _original: ReleaseFormValues,
): { values: ReleaseFormValues; dropped: DroppedRows } {
  throw new Error("not built yet");
}

/** The shared structure of the original's edition, as a save takes it. */
export type SharedStructure = Pick<
  ReleaseInput,
  "datelineAt" | "datelineOffsetMinutes" | "countries" | "agreements" | "quotes"
>;

/** A translation's save with the structure it shares with the original taken from the original. */
export function alignInputToOriginal(_input: ReleaseInput, _original: SharedStructure): ReleaseInput {
  throw new Error("not built yet");
}
