/**
 * The headline as the last place a signing is told: read only when the body gave no agreement.
 */

import type { AgreementType, Range } from "./types";
import type { OrgContext } from "./organisations";
import { SIGNING_TO_COME, isIntentOnly } from "./agreement-signals";
import { keywordsIn } from "./agreement-keywords";
import { referencedOnly } from "./agreement-references";
import { parseMention, type ParsedAgreement } from "./agreement-titles";
import type { Span } from "./text-utils";

/**
 * A release whose body tells of the document only in passing ("ABB has renewed a six-year agreement
 * …") may say it in its headline, in the present tense headlines use: "ABB signs six-year agreement
 * with Red Cross". Read only when the body gave no agreement.
 */
export function headlineSigning(
  text: string,
  [from, to]: Range,
  ctx: OrgContext,
  add: (a: ParsedAgreement, type: AgreementType, sentence: Span | null, order: number) => void,
  releaseYear: number | null,
): void {
  const head = text.slice(from, to);
  if (
    !/\b(?:signs?|signing|inks?|seals?|signed|inked|sealed|conclude[sd]?)\b/i.test(head) ||
    isIntentOnly(head, head.length)
  )
    return;
  // "Defence Ministers Sign New Defence Agreement" over "… will sign a new defence agreement in Melbourne
  // today": the body tells the signing as still to come, and the headline's present tense follows it.
  if (SIGNING_TO_COME.test(text.slice(to, to + 1500))) return;
  const kw = keywordsIn(text, from, to).find((k) => k.type !== "OTHER");
  if (!kw) return;
  const parsed = parseMention(text, kw, to, from, ctx);
  // "President signs law ratifying the Treaty …": a document ratified is one signed before.
  if (referencedOnly(text.slice(from, parsed.start), text.slice(parsed.end, to), true, releaseYear)) return;
  add(parsed, kw.type, { start: from, end: to, text: head }, parsed.start);
}
