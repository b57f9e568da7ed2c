/**
 * The topic of a document named in running text: what follows "on", "for", "concerning" … after its
 * kind ("the Agreement on Trade in Services", "a memorandum on cooperation in health"), and where it ends.
 */

import { IN_YEAR, WITH_SIGNER } from "./agreement-signals";
import { DOCUMENT_VERBS } from "./agreement-party-lists";
import { softBreak } from "./text-utils";
import { countryOfCapital, isCountryWord } from "./countries";

const IN_A_YEAR = new RegExp(String.raw`^\s+${IN_YEAR}`, "u");

const LOWER_STOP = new RegExp(
  [
    '^\\s*[,.;:!?()"“”«»\\n]',
    // "… equipment purchase - 105 new vehicles": a spaced dash ends a topic.
    "^\\s+[-–—]\\s",
    `^\\s+(?:${DOCUMENT_VERBS})\\b`,
    "^\\s+(?:was|were|is|are|will|would|shall|should|can|could|may|might|must|has|have|had|which|that|who|signed|between|by|during|at|as well as|and (?:the(?!\\s+\\p{Ll}+\\s+of\\s|\\s+\\p{Ll}+\\s*(?:[,.;]|$))|a|an|also|will|is|are|was|were)|within|following|after|before|with(?!\\s+(?:respect|regard)\\s+to\\b)|under|amid|today|yesterday|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:\\d{1,2}(?:st|nd|rd|th)? )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b|this|last|next|to (?:the|our|their|both|each) (?:country|countries)|in (?:the|our|their|both) countr(?:y|ies)|in (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?\\d{4}|from \\d{4}|worth|valued|aimed|designed|intended|adopted|concluded|in the presence|on the (?:sidelines|margins?)|in (?:a|the) (?:signing )?ceremony|as (?:a means|part) of|in order to|so as to)\\b",
  ].join("|"),
  "iu",
);

export const SMALL = /^(?:of|the|and|for|on|in|to|with|a|an|at)$/i;
// ", transport, education and culture": the rest of a list in lower case, however long.
const LOWER_LIST_GOES_ON =
  /^,\s+(?!(?:a|an|the|and|or|which|who|as)\s)(?:[\p{Ll}-]+(?:\s+|,\s+(?!(?:a|an|the|which|who|as)\s))){1,8}and\s+\p{Ll}/u;
const WITH_SIGNER_AFTER = new RegExp(String.raw`^\s+${WITH_SIGNER}`, "u");

// Adjectives of regions, written with a capital like a country's: "on the European research programme";
// any other word shaped like a people's adjective ("Sylvanian", "Maltese", "Flemish") is taken as one.
const REGION_ADJECTIVE =
  /^(?:European|African|Asian|Arab|Pacific|Atlantic|Arctic|Antarctic|Nordic|Baltic|Caribbean|Mediterranean|Latin|Balkan|Caspian|Gulf)$/;

const PLACE_NOUN =
  /^(?:river|basin|lake|dam|valley|sea|corridor|border|highway|motorway|railway|port|airport|canal|pipeline|bridge|region|province|island|islands)$/;

/**
 * "on the Japanese grant aid for …", "on Australian wine exports": a country's or a region's
 * adjective opening a topic in lower case, so the topic is running text, not a title-case name that
 * ends at its first lower-case word ("Agreement on the Japanese").
 */
function properAdjectiveOfLowerTopic(word: string, after: string): boolean {
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(after);
  // "on the Kosi river", "for the Rogun dam": a place's name before what it names.
  if (next?.[1] && PLACE_NOUN.test(next[1])) return true;
  if (!isCountryWord(word) && !REGION_ADJECTIVE.test(word) && !/^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u.test(word))
    return false;
  return Boolean(next?.[1] && !SMALL.test(next[1]) && !LOWER_STOP.test(after));
}

/**
 * Read the topic after "on/for/..." in running text. A topic in title case ("on the Establishment
 * of Strategic Partnership") ends at the first lower-case word, except after "in the field of";
 * a lower-case topic ends at a verb, a clause boundary, or a place phrase ("to the country").
 */
export function readTopic(text: string, from: number, limit: number): number {
  const WORD = /\s+[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{N}]?|\s+[\p{L}\p{N}]/uy;
  let i = from;
  let end = from;
  let words = 0;
  let titleMode: boolean | null = null;
  let pendingSmall = from;
  let afterField = false;
  for (;;) {
    if (i >= limit || words > 30) break;
    const rest = text.slice(i, Math.min(limit, i + 120));
    // "on trade, economic and humanitarian cooperation": a lower-case enumeration goes on over
    // its comma (a new document would start with an article: ", an agreement on …").
    // So does a title-case one after "in the Field of" ("in the Field of High Technologies, Aviation
    // and Space"), which turned the topic to running text.
    if (
      titleMode === false &&
      (LOWER_LIST_GOES_ON.test(rest) || (afterField && /^,\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}and\s+\p{Lu}/u.test(rest)))
    ) {
      i += 1;
      continue;
    }
    // A line wrapped inside the sentence (softBreak) is a space, not the topic's end; what the next
    // line opens with may still end it ("… land claim\nwere signed today").
    const wrap = /^[ \t]*\n/.test(rest) && softBreak(text, text.indexOf("\n", i));
    if (titleMode !== true && LOWER_STOP.test(wrap ? rest.replace(/^[ \t]*\n/, " ") : rest)) break;
    if (titleMode === true && /^\s+and\s+(?:a|an|the)\s/i.test(rest)) break;
    // "the Joint Declaration on Fisheries with Norway's Minister of Trade Per Berg", "… with Mr
    // Berg": the one it was signed with, not the title's words.
    if (titleMode === true && WITH_SIGNER_AFTER.test(rest)) break;
    // "the Agreement on Trade in 2009": a year after "in" dates the signing; it is not the title's
    // ("the Programme for 2023–2026" keeps its years).
    if (titleMode === true && IN_A_YEAR.test(rest)) break;
    // "the Agreement on Port State Measures in Rome": where it was signed, not the title's.
    const inPlace = titleMode === true ? /^\s+in\s+(\p{Lu}[\p{L}-]+)(?![\p{L}-]|\s+\p{Lu})/u.exec(rest) : null;
    if (inPlace?.[1] && countryOfCapital(inPlace[1])) break;
    // "Agreements on Reciprocal Trade with Malaysia and Cambodia": the states it was signed with.
    const withState =
      titleMode === true ? /^\s+with\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})/u.exec(rest) : null;
    if (withState?.[1] && withState[1].split(/\s+/).some((_, n, ws) => isCountryWord(ws.slice(0, n + 1).join(" "))))
      break;
    // "on Strategic Cooperation, Strengthening Friendship and Trust": a title-case enumeration
    // goes on over its commas.
    if (titleMode === true && /^,\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}and\s+\p{Lu}/u.test(rest)) {
      i += 1;
      continue;
    }
    if (titleMode === true) {
      const field = /^\s+in\s+the\s+(?:fields?|areas?|sphere)\s+of\b/i.exec(rest);
      if (field) {
        titleMode = false;
        afterField = true;
        i += field[0].length;
        end = i;
        continue;
      }
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m || m.index + m[0].length > limit) break;
    let w = m[0].trim();
    let wEnd = m.index + m[0].length;
    if (w.endsWith(".")) {
      w = w.slice(0, -1);
      wEnd -= 1;
    }
    // A number ("for 40 locomotives") is in either kind of topic; the word after it decides.
    if (titleMode === null && !SMALL.test(w) && !/^\d[\d,.]*$/.test(w))
      titleMode = /^[\p{Lu}\d]/u.test(w) && !properAdjectiveOfLowerTopic(w, text.slice(wEnd, limit));
    if (titleMode === true) {
      if (/^[\p{Lu}\d]/u.test(w) || /^\p{Lu}[\p{L}]*-/u.test(w)) {
        end = wEnd;
        pendingSmall = wEnd;
        // "for the Tarn Army's biggest purchase": a name owning what follows is inside a lower-case topic.
        if (/['’]s$/u.test(w) && /^\s+\p{Ll}/u.test(text.slice(wEnd, limit))) titleMode = false;
      } else if (SMALL.test(w)) {
        // kept only if a capitalised word follows
      } else break;
    } else {
      end = wEnd;
    }
    i = wEnd;
    words++;
    if (wEnd < m.index + m[0].length) break; // sentence-final full stop
  }
  return titleMode === true ? pendingSmall : end;
}
