/**
 * The other party, written after the document: "an MOU with Tarn Labs", "a definitive agreement under
 * which Ovel will acquire Tarn Labs", "signed MOUs with Hungary's electricity provider, MVM", "the
 * biggest launch deal in its history, with Japanese company Synspective".
 */

import { WITH_SIGNER } from "./agreement-signals";
import { cleanParty, readOrgPhrase } from "./organisations";
import type { Span } from "./text-utils";

// "… on Maritime Surveillance and combating … fishing with France's Minister …": past the title's
// lower-case rest, a signer named as such.
const WITH_SIGNER_LATER = new RegExp(String.raw`^[^.;"“”]{0,100}?\s${WITH_SIGNER}`, "u");

// "with Hungary's electricity provider, MVM", "with the state oil company, Equinor": a description,
// then the name.
const DESCRIBED_NAME = /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+(?=\p{Lu})/u;

const AMOUNT_THEN_WITH =
  /^,?\s+(?:worth|valued\s+at)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|up\s+to)\s+)?(?:[A-Z]{1,3}\$|[$€£¥])?\s?\d[\d.,]*(?:\s*(?:million|billion|thousand|mn|bn|m|k)\b)?(?:\s+(?:yen|euros?|dollars|pounds|rupees|yuan|[A-Z]{3})\b)?,?\s+with\s+/;

/**
 * The party a sentence names after the document (cleaned), or null. `subjects` is the number of
 * parties read before the document: an acquisition's other party is read after one subject only.
 */
export function counterpartAfter(
  text: string,
  mention: Pick<Span, "start" | "end">,
  sentence: Span,
  subjects: number,
): string | null {
  const rest = text.slice(mention.end, sentence.end);
  const at =
    /^\s*(?:\([^()]{1,24}\)\s*)?(?:with|from)\s+/i.exec(rest.slice(0, 40)) ??
    // "the biggest single launch deal in its history, with Japanese company Synspective".
    /^\s+in\s+[^,.;"“”]{1,30},\s+with\s+/i.exec(rest.slice(0, 60)) ??
    // "a grant contract worth US$85,000 with the Kasese Women's Association": its value between.
    AMOUNT_THEN_WITH.exec(rest.slice(0, 80)) ??
    WITH_SIGNER_LATER.exec(rest) ??
    (subjects === 1
      ? /^[^.;"“”]{0,60}?\b(?:to|will|would)\s+(?:acquire|merge\s+with|be\s+acquired\s+by)\s+/i.exec(rest)
      : null);
  if (!at) return null;
  let from = mention.end + at[0].length;
  const described = DESCRIBED_NAME.exec(text.slice(from, sentence.end));
  if (described) from += described[0].length;
  const org = readOrgPhrase(text, from, sentence.end);
  return org ? cleanParty(org.text) : null;
}
