/**
 * A plural document signed with several parties at once: "signed side letters with Brunei, Malaysia,
 * Peru and Viet Nam", "A and B both signed agreements with C", "the Treaties … between A and B and
 * between A and C": one bilateral document with each.
 */

import type { KeywordHit } from "./agreement-keywords";
import { subjectParties } from "./agreement-parties";
import { readParties } from "./agreement-party-lists";
import type { ParsedAgreement } from "./agreement-titles";
import { preferredCountryName } from "./countries";
import type { OrgContext } from "./organisations";
import type { Span } from "./text-utils";

// "… has signed additional side letters with Brunei Darussalam, Malaysia, Peru and Viet Nam": the
// bodies listed after "with", up to what the documents are about.
const WITH_LIST =
  /^\s*(?:\([^()]{1,12}\)\s*)?(?:[\p{Ll}-]+\s+){0,4}?with\s+((?:the\s+)?\p{Lu}[^.;:()"“”]*?)(?=\s+(?:on|to|for|in|at|during|as|which|that|covering|regarding|concerning)\b|[.;:()"“”]|$)/u;

const EACH_SIGNED =
  /\b(?:both|each)\s+(?:(?:also|have|has|separately)\s+)*(?:signed|concluded)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const FIRST_PERSON_SIGNED =
  /(?:^|[\s,])(?:I|[Ww]e)\s+(?:(?:have|had|also|just|today)\s+)*(?:signed|concluded)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * A plural document signed by one party "with" several others (batch 23 dev), or "between A and B
 * and between A and C": one bilateral document with each, or null.
 */
export function bilateralEach(
  text: string,
  kw: KeywordHit,
  parsed: ParsedAgreement,
  sentence: Span,
  ctx: OrgContext,
): string[][] | null {
  const plural =
    /\b(?:agreements|contracts|protocols|memoranda|memorandums|mous|letters|deals|arrangements|treaties)\b/i;
  // "the Treaties of Friendship … between A and B and between A and C": one with each pair.
  const pairs = plural.test(kw.text)
    ? /^[^.;]*?\bbetween\s+((?:the\s+)?\p{Lu}[^.;]*?)\s+and\s+between\s+((?:the\s+)?\p{Lu}[^.;]*?)(?=[.;]|,\s+\p{Ll}|$)/u.exec(
        text.slice(kw.end, sentence.end),
      )
    : null;
  if (pairs?.[1] && pairs[2]) {
    const each = [pairs[1], pairs[2]].map((p) => readParties(p, ctx));
    if (each.every((p) => p.length === 2)) return each;
  }
  // A capitalised plural is one named document ("the Artemis Accords"), unless a topic follows it
  // ("signed Agreements on Reciprocal Trade with Malaysia and Cambodia").
  if (parsed.between || !plural.test(kw.text) || (/^\p{Lu}\p{Ll}/u.test(kw.text) && !parsed.topic)) return null;
  const m = WITH_LIST.exec(text.slice(parsed.end, sentence.end));
  const others = (m?.[1] ?? "")
    .replace(/[*_]+/g, "")
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((s) => s.replace(/^the\s+/i, "").trim())
    .filter(Boolean);
  // "… with Malaysia and Cambodia, and the United States announced …": a clause of its own (a verb in
  // lower case) ends the list.
  const clause = others.findIndex((o) => /\s(?!(?:of|the|and|for|de|du|la)\b)\p{Ll}/u.test(o));
  if (clause >= 0) others.splice(clause);
  if (others.length < 1 || others.some((s) => !/^\p{Lu}/u.test(s) || s.split(/\s+/).length > 6)) return null;
  const before = text.slice(sentence.start, parsed.start);
  const subject = subjectParties(text, sentence, parsed, ctx, undefined)
    .map((p) => p.replace(/\s+(?:both|each)$/i, ""))
    .filter((p) => !others.some((o) => p.includes(o)));
  // "A and B both signed agreements with C": one document for each signer.
  if (others.length === 1)
    return subject.length >= 2 && EACH_SIGNED.test(before) ? subject.map((p) => [p, others[0]!]) : null;
  // "Today, I signed new … arrangements with A and B": the speaker signs for the release's country.
  if (subject.length === 0 && FIRST_PERSON_SIGNED.test(before) && ctx.homeCode) {
    const home = preferredCountryName(ctx.homeCode, ctx.mentions);
    if (!others.includes(home)) return others.map((o) => [home, o]);
  }
  return subject.length === 1 ? others.map((o) => [subject[0]!, o]) : null;
}
