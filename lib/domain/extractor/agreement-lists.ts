/**
 * Lists of signed documents: the items after an intro such as "the following documents were
 * signed:" (bulleted, numbered, or one per line), and the parties an item without its own takes
 * from the intro or from the release's lead.
 */

import type { OrgContext } from "./organisations";
import { PAST_SIGNING, isIntentOnly } from "./agreement-signals";
import { keywordsIn } from "./agreement-keywords";
import { countryPairParties } from "./agreement-parties";
import { partiesClauseEnd, readParties } from "./agreement-party-lists";
import type { Span } from "./text-utils";

/** "agreements", "contracts": several documents at once, never one item or one proposal by itself. */
// Bare plurals that sum documents up ("signed 12 agreements", "More than 20 documents were signed").
export const PLURAL =
  /^(?:agreements|contracts|protocols|documents|accords|mous|memorand(?:a|ums)(?:\s+of\s+understanding)?)$/i;
// The count before a kind ("signed three separate agreements"): documents summed up, not one named.
const COUNT_WORD = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several|a number of)`;
export const COUNT_BEFORE = new RegExp(
  String.raw`\b${COUNT_WORD}\s+(?:(?:separate|new|bilateral|more|other|cooperation|important)\s+)?$`,
  "i",
);
// A count and up to three words before a plural kind ("18 new free trade agreements").
export const COUNTED_BEFORE = new RegExp(String.raw`\b${COUNT_WORD}\s+(?:[\p{L}-]+\s+){0,3}$`, "iu");

// "agreed to the conclusion of six Memoranda of Understanding to be completed by June:": documents
// a list announces as still to be done (the intro's last words, after its last signing verb).
const TO_BE_DONE =
  /\b(?:to|will|shall)\s+be\s+(?:\p{L}+\s+)?(?:signed|concluded|completed|finali[sz]ed|negotiated|drafted)\b[^.;]*$/iu;

function plannedIntro(context: string): boolean {
  return isIntentOnly(context, context.length) || TO_BE_DONE.test(context);
}

// A dash may be glued to its item ("-the Plan for …").
const BULLET = /^[ \t]*(?:[-–—•*·▪](?:[ \t]+|(?=\p{L}))|(?:\d{1,2}[.)]|[a-z][.)])[ \t]+)/u;

// An intro that points back to the documents the sentence before counted ("… signed a total of
// eight documents. These include:", "Including:", "The agreements include: A, B, C"): that sentence
// says whether they were signed.
const ANAPHORIC_INTRO =
  /(?:^|[.!?]\s+)(?:(?:these|they|those)\s+(?:include|included|are|were)|including|among\s+them|(?:the\s+)?(?:documents|agreements|instruments|memoranda|mous|partnerships|deals)(?:\s+signed)?\s+(?:include|included|are|were))\s*:?\s*$/i;
// "The meeting resulted in seven agreements": documents that came out of it.
const RESULTED = /\bresulted\s+in\s+(?:[\p{L}\d-]+\s+){0,3}(?:agreements|documents|memoranda|mous|instruments)\b/iu;
// Items of a list written inline after its intro: commas or semicolons before a capital.
const INLINE_ITEM_BREAK = /\s*[;,]\s*(?:and\s+)?(?=\p{Lu})/u;

export interface ListItem {
  start: number;
  end: number;
  intro: string;
  /** The intro says the documents are still to be signed: none of them is an agreement yet. */
  planned: boolean;
}

// "… signed …", "the signing of …": a line that tells of a signing.
const tellsOfSigning = (line: string) => PAST_SIGNING.test(line) || /\bsigning\s+of\b/i.test(line);

/**
 * The intro with the sentence it points back to, when it does: the line before it (the last of
 * `earlier`, the prose lines before the intro); or, when that line tells of no signing, the last
 * earlier one that does ("… announced the signing of five new commercial partnerships …", a
 * quotation, then "Partnerships include:").
 */
function introContext(intro: string, earlier: readonly string[]): string {
  if (!ANAPHORIC_INTRO.test(intro.trim())) return intro;
  const before = earlier.at(-1) ?? "";
  const counted = tellsOfSigning(before) ? undefined : earlier.slice(0, -1).findLast(tellsOfSigning);
  return `${counted ?? before} ${intro}`;
}

// The words that say a list's intro is about documents or their signing ("signed", "the documents").
// Not "a significant …", which only begins like a signing (SIGNING_WORD reads it the same way).
const INTRO_WORD =
  /\b(?:sign(?!ific|al|post|age)\w*|conclu\w*|adopt\w*|ink\w*|seal\w*|approv\w*|ratif\w*|documents?|agreements?|memorand\w*|instruments|accords|treaties)\b/i;

function introducesSigned(context: string): boolean {
  return (
    /:\s*$/.test(context.trim()) &&
    INTRO_WORD.test(context) &&
    // "… the two witnessed the signing of four agreements … The agreements were:" (a plan is told by plannedIntro).
    (plannedIntro(context) || tellsOfSigning(context) || RESULTED.test(context))
  );
}

/** "The agreements include: A, B, C and D." on one line: its items. */
function inlineItems(text: string, lineStart: number, line: string, before: string): ListItem[] {
  const colon = line.indexOf(": ");
  if (colon < 0) return [];
  const head = line.slice(0, colon);
  if (!ANAPHORIC_INTRO.test(head)) return [];
  const context = `${before} ${head}:`;
  if (!introducesSigned(context)) return [];
  const planned = plannedIntro(context);
  const items: ListItem[] = [];
  let from = lineStart + colon + 2;
  const tail = line.slice(colon + 2);
  for (const piece of tail.split(INLINE_ITEM_BREAK)) {
    const at = text.indexOf(piece, from);
    if (at < 0) return [];
    let end = at + piece.length;
    while (end > at && /[\s.;,]/.test(text[end - 1] ?? "")) end--;
    from = at + piece.length;
    if (!/^\p{Lu}/u.test(piece) || piece.split(/\s+/).length > 25) return [];
    items.push({ start: at, end, intro: context, planned });
  }
  return items.length >= 2 ? items : [];
}

export function signedListItems(text: string): ListItem[] {
  const out: ListItem[] = [];
  let intro = "";
  // The last lines of prose before the intro, the one right before it last.
  const earlier: string[] = [];
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
        out.push(...inlineItems(text, m.index, line, intro));
        if (intro) earlier.push(intro);
        if (earlier.length > 5) earlier.shift();
        intro = line;
        listed = false;
      }
      continue;
    }
    const context = introContext(intro, earlier);
    if (!introducesSigned(context)) continue;
    const planned = plannedIntro(context);
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
    // "· Desertification Convention. This addresses …": what follows the title's sentence describes it.
    const described = /^.*?[\p{Ll})]\.\s+(?=\p{Lu})/u.exec(text.slice(start, end));
    if (described && described[0].split(/\s+/).length <= 16) end = start + described[0].trimEnd().length - 1;
    // "- Exchange of letters on the Ger Area project respectively.": the word pairs items with parties.
    const respectively = /[\s,]+respectively$/i.exec(text.slice(start, end));
    if (respectively) end -= respectively[0].length;
    if (/\band\s*$/.test(text.slice(start, end)))
      end = start + text.slice(start, end).replace(/[;,]?\s*and\s*$/, "").length;
    // "… consistent with the Heads of Agreement signed in May, SkyCity will meet the costs in return
    // for the following:": what the intro's last clause lists is no document unless an item names one
    // (a licence extended or a plan is none).
    const named = keywordsIn(text, start, end).some((k) => k.type !== "OTHER");
    const clause = lastClause(context);
    if (/\bthe\s+following\s*:\s*$/i.test(clause) && !INTRO_WORD.test(clause) && !named) continue;
    out.push({ start, end, intro: context, planned });
  }
  return out;
}

/** The intro's words after its last comma or dash: the clause that introduces the list. */
function lastClause(intro: string): string {
  const cut = Math.max(intro.lastIndexOf(","), intro.lastIndexOf("–"), intro.lastIndexOf(" - "));
  return intro.slice(cut + 1);
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

/**
 * "NIG Nutritionals and Al Dawaa Pharmacies – A distribution agreement to expand …": a list item that
 * names the two parties, then after a dash the document they signed. Where the document starts, and
 * its parties.
 */
export function partiesBeforeDash(
  text: string,
  start: number,
  end: number,
  ctx: OrgContext,
): { parties: string[]; from: number } | null {
  const m =
    /^((?:\p{Lu}|\d)[^–—\n]{1,100}?\s+and\s+(?:\p{Lu}|\d)[^–—\n]{1,80}?)\s+(?:[–—]|-)\s+(?:(?:[Aa]n?|[Tt]he)\s+)?/u.exec(
      text.slice(start, end),
    );
  if (!m?.[1]) return null;
  const parties = readParties(m[1], ctx);
  return parties.length >= 2 ? { parties, from: start + m[0].length } : null;
}
