import "server-only";
import type { Tx } from "../../db";
import type { SharedStructure } from "../../domain/translation-original";
import type { TextPart } from "../../domain/text-diff";
import type { ReleaseFormValues } from "../../validation/release";

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
}

/** The original of the translation `translationId`; null when it is no translation. */
export async function getTranslationOriginal(_translationId: string): Promise<TranslationOriginal | null> {
  throw new Error("not built yet");
}

/** For a save of `releaseId`: the structure it shares with its original, or null for an original. */
export async function sharedStructureForSave(_tx: Tx, _releaseId: string): Promise<SharedStructure | null> {
  throw new Error("not built yet");
}
