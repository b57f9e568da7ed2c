/**
 * Whether a document mentioned in running text is signed in that very sentence — the question
 * agreements.ts asks of every mention before it weighs anything else. `before` and `after` are the
 * sentence's text on either side of the mention.
 */

import {
  PASSIVE_SIGNED,
  PAST_SIGNING,
  SIGNED_BETWEEN_AFTER,
  SIGNED_BY_US_AFTER,
  SIGNED_LATER,
  SIGNED_PARTICIPLE_AFTER,
  SIGNING_OF_BEFORE,
  listedAsSigned,
  signedByGerund,
} from "./agreement-signals";
import type { Span } from "./text-utils";

// "… was signed", "… were also signed" right after the document: signed here.
const SIGNED_PASSIVE_AFTER = new RegExp(String.raw`^\s*(?:\([^)]{1,12}\)\s*)?${PASSIVE_SIGNED}\b`, "i");
// "… as well as an agreement on B were the eight agreements signed by …", "were also signed".
const SIGNED_AMONG_AFTER =
  /^[^.;]*?\b(?:were|have been)\s+(?:(?:the|also|all|then|officially|formally|jointly|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|documents|agreements|cooperation|bilateral)\s+){0,4}(?:signed|concluded|inked)\b/i;

/**
 * Signed in this sentence: a past signing verb before the mention, "the signing of a …", or a passive
 * after it — also at the end of a running list ("an agreement on A, … and an MoU on B were signed").
 * `enumerated`: the mention is one of documents counted off one by one ("The first MoU is …"), whose
 * next sentence may tell its signing ("It was signed …").
 */
export function signedInSentence(
  text: string,
  before: string,
  after: string,
  sentence: Span,
  sentences: readonly Span[],
  enumerated: boolean,
): boolean {
  // "With respect to the signed agreement on tourism": the document named before, looked back on.
  const lookedBack = /\bthe\s+signed\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before);
  return (
    listedAsSigned(before, sentence, sentences) ||
    (PAST_SIGNING.test(before) && !lookedBack) ||
    // "used their first meeting to sign a declaration of intent", "a ceremony was held to sign …":
    // a purpose that isIntentOnly() did not take for an intention is a signing done.
    /\bto\s+sign\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(before) ||
    // "We've witnessed a new agreement on mutual logistics support": its signing, seen by the leaders
    // whose governments signed it. Not a minister who "has witnessed an agreement" others signed.
    /\b(?:we|I)(?:['’]ve|\s+have)?\s+(?:also\s+)?witnessed\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(before) ||
    // "formalized an agreement through a memorandum of understanding (MOU) signing".
    /^\s*(?:\([^)]{1,12}\)\s*)?signing\b/i.test(after) ||
    SIGNING_OF_BEFORE.test(before) ||
    signedByGerund(before) ||
    SIGNED_PASSIVE_AFTER.test(after) ||
    SIGNED_BETWEEN_AFTER.test(after) ||
    SIGNED_AMONG_AFTER.test(after) ||
    // "Next was an MoU to …, signed between A and B", "… which was signed between A and B", "The
    // Agreement on …, signed today by the foreign ministers of …", "the memorandum signed on Monday by …".
    SIGNED_PARTICIPLE_AFTER.test(after) ||
    SIGNED_BY_US_AFTER.test(after) ||
    SIGNED_LATER.test(after) ||
    (enumerated && /^\s*It\s+was\s+signed\b/.test(text.slice(sentence.end, sentence.end + 30)))
  );
}

/**
 * "the contract was signed by …", "the memorandum, signed on Monday by …", "the agreement we signed":
 * a document named by its kind after "the", whose own signing the words after it tell.
 */
export function signedRightAfter(after: string): boolean {
  return (
    /^\s*(?:was|has been)\s+(?:signed|concluded|inked)\s+(?:by|between|on\s+behalf\s+of)\b/i.test(after) ||
    SIGNED_PARTICIPLE_AFTER.test(after) ||
    SIGNED_BY_US_AFTER.test(after)
  );
}
