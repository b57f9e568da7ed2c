/**
 * The last resort: a release in which no rule found a document, but a sentence tells of a signing
 * in the past and names a kind of document. One proposal, the first such mention.
 */

import type { AgreementType } from "./types";
import type { OrgContext } from "./organisations";
import { isIntentOnly } from "./agreement-signals";
import { keywordsIn } from "./agreement-keywords";
import { referencedOnly } from "./agreement-references";
import { parseMention, type ParsedAgreement } from "./agreement-titles";
import type { Span } from "./text-utils";

// "through the upcoming signing of …", "Already 152 countries have signed and 30 ratified": a signing
// to come, or other signers' over the years.
const NOT_OURS =
  /\b(?:upcoming|forthcoming|planned|proposed|future|expected)\s+signing\b|\b\d[\d,]*\s+(?:other\s+)?(?:countries|nations|states)\s+(?:have|had)\s+(?:already\s+|now\s+)?signed\b/i;
const SIGNED = /\b(?:signed|inked|(?:the\s+)?signing\s+of)\b/i;

export function lastResortSigning(
  text: string,
  sentences: readonly Span[],
  ctx: OrgContext,
  add: (a: ParsedAgreement, type: AgreementType, sentence: Span | null, order: number) => void,
  releaseYear: number | null,
  releaseDate: string | null,
): void {
  for (const sentence of sentences) {
    if (!SIGNED.test(sentence.text) || NOT_OURS.test(sentence.text)) continue;
    const kws = keywordsIn(text, sentence.start, sentence.end);
    const kw = kws.find((k) => k.type !== "OTHER") ?? null;
    if (!kw) continue;
    const parsed = parseMention(text, kw, sentence.end, sentence.start, ctx);
    if (isIntentOnly(sentence.text, parsed.start - sentence.start, parsed.end - sentence.start)) continue;
    const before = text.slice(sentence.start, parsed.start);
    const after = text.slice(parsed.end, sentence.end);
    if (referencedOnly(before, after, true, releaseYear, releaseDate)) continue;
    add(parsed, kw.type, sentence, parsed.start);
    return;
  }
}
