/**
 * Types of the deterministic press-release extractor.
 *
 * Every proposed value keeps the character range it came from, as `[start, end)` offsets into the
 * raw text (JavaScript string indices), so an editor can show and check the source of each field.
 */
import type { AgreementTypeValue } from "../agreement-types";

/** Half-open character range `[start, end)` in the raw text. */
export type Range = [number, number];

// One list of agreement types for the whole app (lib/domain/agreement-types.ts, mirroring the Prisma enum).
export type AgreementType = AgreementTypeValue;

export interface ExtractedDateline {
  /** Place as a reader would write it ("BAKU" becomes "Baku"), or null. */
  place: string | null;
  /** ISO calendar date `YYYY-MM-DD`, or null when no date (or no year) could be established. */
  date: string | null;
  /** Local time `HH:MM` (24-hour clock), or null. */
  time: string | null;
  /** UTC offset `+HH:MM` / `-HH:MM`, or null. */
  utcOffset: string | null;
  /** Range of the whole dateline (place through offset), or null when nothing was found. */
  range: Range | null;
}

export interface ExtractedAgreement {
  type: AgreementType;
  /** Full title, without the "between A and B" clause (the parties are listed separately). */
  title: string;
  parties: string[];
  range: Range;
}

export interface ExtractedQuote {
  /** Full name of the speaker when it could be resolved, the name as written otherwise, or null. */
  speaker: string | null;
  role: string | null;
  organisation: string | null;
  /** Quoted words, without quotation marks; paragraphs of a multi-paragraph quote joined by "\n\n". */
  text: string;
  /** From the first to the last quoted character (quotation marks excluded). */
  range: Range;
}

export interface ExtractedRelease {
  headline: string | null;
  headlineRange: Range | null;
  dateline: ExtractedDateline;
  issuer: string | null;
  issuerRange: Range | null;
  sourceCredit: string | null;
  sourceCreditRange: Range | null;
  /** ISO 3166-1 alpha-2 codes of the countries acting in the text, in order of first mention. */
  countries: string[];
  agreements: ExtractedAgreement[];
  quotes: ExtractedQuote[];
}

/** A person the newsroom already knows (e.g. from the People table). */
export interface KnownPerson {
  name: string;
  aliases: string[];
  role?: string | null;
  organisation?: string | null;
}

export interface ExtractOptions {
  knownPeople?: readonly KnownPerson[];
}

/** The public JSON shape printed by `scripts/extract.ts` and used by the fixtures. */
export interface ExtractJson {
  headline: string | null;
  dateline: { place: string | null; date: string | null; time: string | null; utcOffset: string | null };
  issuer: string | null;
  sourceCredit: string | null;
  countries: string[];
  agreements: { type: AgreementType; title: string; parties: string[]; range: Range }[];
  quotes: { speaker: string | null; role: string | null; organisation: string | null; text: string; range: Range }[];
}
