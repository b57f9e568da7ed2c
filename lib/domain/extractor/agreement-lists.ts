/**
 * Lists of signed documents: the items after an intro such as "the following documents were
 * signed:" (bulleted, numbered, or one per line), and the parties an item without its own takes
 * from the intro or from the release's lead.
 */

import type { OrgContext } from "./organisations";
import { PAST_SIGNING, isIntentOnly, keywordsIn } from "./agreement-signals";
import { countryPairParties, partiesClauseEnd, readParties } from "./agreement-parties";
import type { Span } from "./text-utils";

/** "agreements", "contracts": several documents at once, never one item or one proposal by itself. */
export const PLURAL = /^(?:agreements|contracts|protocols)$/i;

const BULLET = /^[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)]|[a-z][.)])[ \t]+/;

export interface ListItem {
  start: number;
  end: number;
  intro: string;
  /** The intro says the documents are still to be signed: none of them is an agreement yet. */
  planned: boolean;
}

export function signedListItems(text: string): ListItem[] {
  const out: ListItem[] = [];
  let intro = "";
  const re = /[^\n]+/g;
  let unmarked = false; // items without bullets, one per line, after the intro
  let listed = false; // the intro has had bulleted items: a plain line after them is prose again
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0];
    let bullet = BULLET.exec(line);
    if (bullet) listed = true;
    if (!bullet && line.trim()) {
      // "… documents were signed:" then one document per line or paragraph, without bullets:
      // the list goes on while each line names a document and ends like a list item.
      const opensList = !unmarked && !listed && /:\s*$/.test(intro.trim()) && intro !== line;
      const item =
        (opensList || unmarked) &&
        line.length < 300 &&
        /^\s*(?:(?:a|an|the)\s+)?\S/i.test(line) &&
        keywordsIn(text, m.index, m.index + line.length).filter((k) => !PLURAL.test(k.text)).length +
          (/\bdocuments?\b/i.test(line) ? 1 : 0) >
          0 &&
        /[;,.]\s*$|\band\s*$/.test(line.trim());
      if (item) {
        unmarked = !/\.\s*$/.test(line.trim()) || /\b(?:Ltd|Inc|Co|Corp)\.\s*$/.test(line.trim());
        bullet = /^\s*(?:(?:a|an|the)\s+)?/i.exec(line);
      } else {
        unmarked = false;
      }
    }
    if (!bullet) {
      // A subheading inside the list ("Government to Government", "Non-Governmental") groups its
      // items; the intro still introduces the ones after it.
      const subheading =
        /:\s*$/.test(intro.trim()) && line.trim().split(/\s+/).length <= 5 && !/[.;,:!?]$/.test(line.trim());
      if (line.trim() && !subheading) {
        intro = line;
        listed = false;
      }
      continue;
    }
    const introduces =
      /:\s*$/.test(intro.trim()) &&
      /\b(?:sign\w*|conclu\w*|adopt\w*|ink\w*|seal\w*|approv\w*|ratif\w*|documents?|agreements)\b/i.test(intro);
    if (!introduces) continue;
    const planned = isIntentOnly(intro, intro.length);
    if (!planned && !PAST_SIGNING.test(intro)) continue;
    // "- an Agreement on …": the article is the sentence's, not the document's title.
    const start =
      m.index + bullet[0].length + (/^(?:a|an|the)\s+(?=\S)/i.exec(line.slice(bullet[0].length))?.[0].length ?? 0);
    let end = m.index + line.length;
    while (end > start && /[\s;,]/.test(text[end - 1] ?? "")) end--;
    // A final full stop ends the item, unless it closes an abbreviation ("Ltd.", "A.Ş.").
    if (
      text[end - 1] === "." &&
      !/(?:(?:^|[\s.])\p{Lu}|\b(?:Ltd|Inc|Co|Corp|Plc|LLC))\.$/u.test(text.slice(start, end))
    )
      end--;
    if (/\band\s*$/.test(text.slice(start, end)))
      end = start + text.slice(start, end).replace(/[;,]?\s*and\s*$/, "").length;
    out.push({ start, end, intro, planned });
  }
  return out;
}

export function introParties(intro: string, ctx: OrgContext): string[] {
  const between = /\bbetween\s+/i.exec(intro);
  if (between) {
    const from = between.index + between[0].length;
    const parties = readParties(
      intro.slice(from, partiesClauseEnd(intro, from, intro.length)).replace(/:\s*$/, ""),
      ctx,
    );
    if (parties.length >= 2) return parties;
  }
  return countryPairParties({ start: 0, end: intro.length, text: intro }, ctx);
}

/**
 * "The agreements sealed in Moscow are:" after a lead such as "The Philippines and Russia sealed
 * ten agreements": the two countries the first sentences pair are the parties of what the list
 * does not say otherwise.
 */
export function leadPair(sentences: readonly Span[], ctx: OrgContext): string[] {
  for (const sentence of sentences.slice(0, 3)) {
    const pair = countryPairParties(sentence, ctx);
    if (pair.length > 0) return pair;
  }
  return [];
}
