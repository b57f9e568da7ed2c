/**
 * Documents counted off in one plural: "signed five agreements relating to transportation,
 * environmental protection and space development", "two letters of intent on A and B". Each topic
 * of the list is its own document, with the sentence's parties. Or one by one: "The first MoU is …".
 * And a counted title named as each document is ("two cooperation agreements": a Cooperation Agreement).
 */

import { MONTH_NAME } from "./agreement-signals";
import { type KeywordHit } from "./agreement-keywords";
import { twoStates } from "./agreement-parties";
import type { ParsedAgreement } from "./agreement-titles";
import { countryCodeOf } from "./countries";
import { squeeze, titleCase, type Span } from "./text-utils";
import type { OrgContext } from "./organisations";

const SINGULAR: [RegExp, string][] = [
  [/^agreements$/i, "Agreement"],
  [/^accords$/i, "Accord"],
  [/^contracts$/i, "Contract"],
  [/^protocols$/i, "Protocol"],
  [/^memorand(?:a|ums)\s+of\s+understanding$/i, "Memorandum of Understanding"],
  [/^memorand(?:a|ums)$/i, "Memorandum"],
  [/^mous$/i, "MoU"],
  [/^letters\s+of\s+intent$/i, "Letter of Intent"],
  [/^arrangements$/i, "Arrangement"],
];

// "Three agreements were signed: on trade, …": the passive may stand before the topics.
const LIST_START =
  /^\s*(?:\([^)]{1,12}\)\s*)?(?:(?:were|have(?:\s+also)?\s+been)\s+(?:(?:also|all)\s+)?(?:signed|concluded)\s*)?:?\s*(on|relating\s+to|related\s+to|concerning|regarding|covering|in\s+(?:the\s+)?(?:fields?|areas?)\s+of|for)\s+/i;
// What ends the list: the sentence's time, place or occasion, or a clause.
const LIST_END =
  /\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)|during|at\s+the|in\s+the\s+presence|which|that|were|was|have|has|had|are|is|will|would|can|with|between|here|today|yesterday|aimed|designed|intended)\b|[.;:()"“”]/i;

const SEPARATOR = /\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+/gi;
// An item that is a clause telling who reports the signing; "…, according to the Ministry of
// Commerce" is one too.
const ATTRIBUTION =
  /^(?:(?:(?:the|a|an|its|his|her)\s+)?(?:[\p{L}.-]+\s+){0,4}(?:said|says|reported|reports|added|noted|stated|announced)|according\s+to)\b/iu;

const COUNTS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

export interface ListedDocuments {
  titles: string[];
  /** Where the listed topics end. */
  end: number;
}

// "two agreements - one on A and another on B", "…: the first on A, the second on B", "two bilateral
// arrangements - one to improve A and one to boost B": each topic after its own ordinal, its own
// preposition kept ("Arrangement to boost …").
const TOPIC_PREP = String.raw`(?:(?:is|was)\s+)?(?=(?:on|for|to|concerning|regarding|covering|relating\s+to)\s)`;
const ONE_BY_ONE_START = new RegExp(
  String.raw`^\s*(?:(?:were|have\s+been)\s+(?:also\s+)?signed(?:\s+by\s+[^.;:()]{1,80}?)?\s*)?(?:[-–—:,(]\s*)(?:one|the\s+first)\s+${TOPIC_PREP}`,
  "i",
);
const ONE_BY_ONE_NEXT = new RegExp(
  String.raw`\s*[,;]?\s+(?:and\s+)?(?:another|one|the\s+other|(?:the|a)\s+(?:second|third|fourth|fifth|last))\s+${TOPIC_PREP}`,
  "gi",
);

function oneByOne(rest: string, kwEnd: number, singular: string, count: number): ListedDocuments | null {
  const start = ONE_BY_ONE_START.exec(rest);
  if (!start) return null;
  const body = rest.slice(start[0].length);
  const seps = [...body.matchAll(ONE_BY_ONE_NEXT)];
  if (seps.length === 0) return null;
  const last = seps.at(-1)!;
  const tailFrom = last.index + last[0].length;
  // The last topic ends where the list does; its own preposition is no end.
  const stop = LIST_END.exec(body.slice(tailFrom).replace(/^\S+/, (w) => " ".repeat(w.length)));
  const list = stop ? body.slice(0, tailFrom + stop.index) : body;
  const items = list
    .split(ONE_BY_ONE_NEXT)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length < 2 || (count > 0 && count !== items.length) || items.some((s) => s.split(/\s+/).length > 16))
    return null;
  return { titles: items.map((item) => `${singular} ${item}`), end: kwEnd + start[0].length + list.length };
}

// The lower-case words that qualify a plural kind, not a count or a determiner: "cooperation
// documents", "intergovernmental agreements".
const QUALIFIER_BEFORE = new RegExp(
  String.raw`(?:^|\s)((?:(?!(?:signed|signing|inked|concluded|exchanged|the|a|an|of|on|for|and|or|to|in|with|at|by|from|several|new|other|more|some|these|those|their|its|our|his|her|were|was|have|has|had|also|both|all|${COUNTS.join("|")})\b)\p{Ll}[\p{L}-]*\s+){1,2})$`,
  "u",
);

/** A title with the kind as the sentence qualified it: "cooperation documents" → "Cooperation Document". */
function qualified(text: string, kw: KeywordHit, sentence: Span, singular: string): string {
  const words = QUALIFIER_BEFORE.exec(text.slice(sentence.start, kw.start))?.[1];
  return words ? `${titleCase(words.trim())} ${singular}` : singular;
}

// "signed cooperation documents on: A; B; and C": topics set off by semicolons after a colon.
const SEMICOLON_LIST = /^\s*(on|concerning|regarding)\s*:\s*/i;

// "Three agreements signed at the council today …": a count of documents signed, in the sentence before.
const COUNTED_SIGNED =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{Ll}-]+\s+){0,2}(?:agreements|documents|memorand(?:a|ums)|protocols|contracts)\s+(?:(?:were|have\s+been)\s+)?(?:signed|concluded)\b/iu;

/** The documents a plural mention lists, signed in its sentence (`signed`) or counted in the one before. */
export function listedDocuments(
  text: string,
  kw: KeywordHit,
  sentence: Span,
  sentences: readonly Span[],
  signed: boolean,
): ListedDocuments | null {
  const listed = signed ? enumeratedDocuments(text, kw, sentence) : countedJustBefore(text, kw, sentence, sentences);
  return listed ?? coordinatedNames(text, kw, sentence);
}

// "signed Civil Aviation and Education cooperation arrangements": named topics, then the plural's
// qualifier, right after the signing.
const NAMES_BEFORE =
  /\b(?:signed|inked|concluded|signing\s+of|exchange\s+of)\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]+\s+){1,3})and\s+((?:\p{Lu}[\p{L}-]+\s+){1,3})((?:\p{Ll}[\p{L}-]*\s+){0,2})$/u;

/**
 * A signed plural whose documents are named by title-case topics before it: one document for each,
 * "Civil Aviation Cooperation Arrangement" and "Education Cooperation Arrangement". Not when a topic
 * is a country's name ("the Norway and Chile cooperation arrangements" are theirs, not about them).
 */
function coordinatedNames(text: string, kw: KeywordHit, sentence: Span): ListedDocuments | null {
  const singular = SINGULAR.find(([re]) => re.test(squeeze(kw.text)))?.[1];
  const m = NAMES_BEFORE.exec(text.slice(sentence.start, kw.start));
  // The words between are the plural's qualifier ("cooperation"), not a verb ("both signed").
  if (!singular || !m?.[1] || !m[2] || (m[3] && QUALIFIER_BEFORE.exec(` ${m[3]}`)?.[1] !== m[3])) return null;
  const names = [m[1], m[2]].map(squeeze);
  if (names.some((n) => countryCodeOf(n) !== null || /^(?:The|A|An)\b/.test(n))) return null;
  const kind = m[3] ? `${titleCase(squeeze(m[3]))} ${singular}` : singular;
  return { titles: names.map((n) => `${n} ${kind}`), end: kw.end };
}

/**
 * "Three agreements signed at the council today … The intergovernmental agreements on A, B and C have
 * reduced …": the topics of a plural in the sentence right after a count of documents signed are
 * those documents, when there are as many.
 */
function countedJustBefore(
  text: string,
  kw: KeywordHit,
  sentence: Span,
  sentences: readonly Span[],
): ListedDocuments | null {
  const prev = sentences.filter((x) => x.end <= sentence.start).pop();
  const counted = prev ? COUNTED_SIGNED.exec(prev.text) : null;
  if (!counted?.[1]) return null;
  const listed = enumeratedDocuments(text, kw, sentence, COUNTS.indexOf(counted[1].toLowerCase()));
  // Named apart from the count, they keep the kind as this sentence qualified it ("Intergovernmental
  // Agreement on heavy vehicles").
  return listed && { ...listed, titles: listed.titles.map((t) => qualified(text, kw, sentence, t)) };
}

function enumeratedDocuments(text: string, kw: KeywordHit, sentence: Span, countedBefore = 0): ListedDocuments | null {
  const kind = squeeze(kw.text);
  const singular = SINGULAR.find(([re]) => re.test(kind))?.[1];
  const rest = text.slice(kw.end, sentence.end);
  const semi = SEMICOLON_LIST.exec(rest);
  if (semi) {
    const body = rest.slice(semi[0].length).replace(/[.\s]+$/, "");
    const items = body.split(/\s*;\s*(?:and\s+)?/).filter(Boolean);
    const one = singular ?? (/^documents$/i.test(kind) ? "Document" : null);
    const name = one && qualified(text, kw, sentence, one);
    if (name && items.length >= 2 && items.every((item) => item.split(/\s+/).length <= 12))
      return { titles: items.map((item) => `${name} on ${item}`), end: kw.end + semi[0].length + body.length };
  }
  if (!singular) return null;
  const words = text.slice(sentence.start, kw.start).toLowerCase().split(/\s+/).filter(Boolean);
  const count = countedBefore || Math.max(COUNTS.indexOf(words.at(-1) ?? ""), COUNTS.indexOf(words.at(-2) ?? "")); // "two (new) …"
  // "11 new government-to-government arrangements covering A, B, C and D": a count the topics do not
  // match says they are what the documents cover, not one document each.
  const wider = words
    .slice(-4)
    .map((w) => (/^\d{1,3}$/.test(w) ? Number(w) : COUNTS.indexOf(w)))
    .filter((n) => n > 1)
    .at(-1);
  const one = oneByOne(rest, kw.end, singular, Math.max(count, 0));
  if (one) return one;
  // "four memoranda of understanding, on education, agriculture, …": after a comma only as many
  // topics as counted (checked below), so a comma before "on Tuesday" or "on behalf of" is no list.
  const comma = count > 0 && /^\s*,\s*(?=on\s)/.test(rest) ? /^\s*,/.exec(rest)![0].length : 0;
  const start = LIST_START.exec(rest.slice(comma));
  if (!start || !start[1]) return null;
  const opens = comma + start[0].length; // where the topics begin
  // "the Artemis Accords on July 14, affirming …": when it was signed, not what it is about.
  if (new RegExp(String.raw`^(?:${MONTH_NAME}|\d)`).test(rest.slice(opens))) return null;
  const body = rest.slice(opens);
  const stop = LIST_END.exec(body);
  let list = stop ? body.slice(0, stop.index) : body;
  // "A, B, C and D", "A and B": at least two items, each a short noun phrase.
  // "on fisheries and on tourism": the preposition said again before an item opens a new document.
  const again = new RegExp(`^${start[1].replace(/\s+/g, "\\s+")}\\s+`, "i");
  // The list ends before a clause of attribution ("…, the ministry said"). Not before another kind
  // of document ("…, as well as a memorandum on customs"): tried twice (rounds 6 and 7), it cost
  // 3 agreements on batch 10's frozen half both times and gained nothing on any development half.
  const cut = [...list.matchAll(SEPARATOR)].find((m) => ATTRIBUTION.test(list.slice(m.index + m[0].length)));
  if (cut) list = list.slice(0, cut.index);
  // "…, and banking supervision, as well as other documents on trade, …": documents summed up after
  // the list are not among its topics (a batch 18 development release).
  const others = /,?\s+as\s+well\s+as\s+(?:other|several|a\s+number\s+of)\s+documents\b/i.exec(list);
  if (others) list = list.slice(0, others.index);
  const andAgain = new RegExp(`(?:,\\s+(?:and\\s+)?|,?\\s+and\\s+)${start[1].replace(/\s+/g, "\\s+")}\\s+`, "i");
  // "on preventing, identifying and curbing … activity and on cooperation in …": the preposition said
  // again separates the documents, whatever commas a topic holds; "in transport and transit,
  // communications and IT, …, and banking supervision": with a comma before the last "and", the
  // commas separate them and an "and" without one is inside a topic (batch 18 dev).
  // "agreements on customs and on transport, memorandums on education, …, and a plan of …" (or ", as
  // well as a contract between …"): a comma before another kind of document with its own article
  // ends the list (that one is read on its own);
  // with the preposition said again, before another kind at all.
  const kinds = String.raw`(?:[\p{Ll}-]+\s+){0,2}(?:memorand\w*|mous?|protocols?|programmes?|plans?|roadmaps?|contracts?|treat(?:y|ies)|declarations?|statements?|agreements?)\b`;
  const nextKind = new RegExp(
    andAgain.test(list)
      ? String.raw`,\s+(?:and\s+|as\s+well\s+as\s+)?(?:(?:a|an|the)\s+)?${kinds}`
      : String.raw`,\s+(?:and\s+|as\s+well\s+as\s+)?(?:a|an)\s+${kinds}`,
    "iu",
  ).exec(list);
  if (nextKind) list = list.slice(0, nextKind.index);
  const separator = andAgain.test(list) ? andAgain : /,\s+and\s+/.test(list) ? /\s*,\s*(?:and\s+)?/ : SEPARATOR;
  const items = list
    .split(separator)
    .map((s) => s.trim().replace(again, ""))
    .filter(Boolean);
  const repeated = separator === andAgain;
  if (items.length < 2 || items.some((s) => s.split(/\s+/).length > (separator === andAgain ? 16 : 9))) return null;
  // "A and B" alone may be one topic ("science and technology"): it is two only when the count
  // before says so ("two letters of intent on A and B"); a list with commas is a list.
  // "Memoranda of Understanding in areas of holiday maker visas and agriculture": areas, in the plural,
  // are as many documents (batch 59 dev).
  const areas = /\b(?:areas|fields)\b/i.test(start[1]);
  if (!list.includes(",") && count !== items.length && !repeated && !areas) return null;
  if ((comma || countedBefore) && count !== items.length) return null;
  if (wider !== undefined && wider !== items.length && count <= 0) return null;
  const prep = /^(?:relating|related|concerning|regarding|covering)|^in\s+(?:the\s+)?(?:areas?|fields?)\b/i.test(
    start[1],
  )
    ? "on"
    : squeeze(start[1]);
  return {
    titles: items.map((item) => `${singular} ${prep} ${item}`),
    end: kw.end + opens + list.length,
  };
}

const ORDINAL_BEFORE =
  /(?:\b(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|other|last)\s+|^\s*Next\s+(?:was|is|came)\s+(?:a|an)\s+)$/i;

/**
 * "The first MoU is to intensify cooperation on ICT. It was signed between …", "The fourth MoU is on
 * water management which was signed …": documents a release counts off one by one. Each is its own
 * document, with the topic written after "is"; true (and the parsed title given that topic) when the
 * mention is one of them.
 */
export function ordinalTopic(text: string, kw: KeywordHit, parsed: ParsedAgreement, sentence: Span): boolean {
  if (!ORDINAL_BEFORE.test(text.slice(sentence.start, kw.start))) return false;
  if (parsed.topic) return true;
  const m = /^\s+(?:(?:is|was)\s+)?((?:to|on|for)\s+[^.;,]*?)(?=\s+which\b|\s+signed\b|[,.;]|$)/i.exec(
    text.slice(kw.end, sentence.end),
  );
  if (!m || !m[1]) return false;
  parsed.title = `${parsed.title} ${m[1].replace(/\s+/g, " ")}`;
  parsed.topic = true;
  return true;
}

// "The documents signed by respective agencies of the two countries concern cooperation on exchanging
// data …, exchanging experience in …, and training personnel …" (a batch 18 development visit
// report), "The agreements signed today cover energy, …": documents named only by what each concerns.
const DOCUMENTS_CONCERN =
  /\b(?:The|These|Those|All)\s+(?:\d+\s+|[\p{Ll}-]+\s+)?(?:documents|agreements)\b[^.;:"“”]{0,100}?\b(?:concern|cover|relate\s+to|deal\s+with)\s+(?:(?:cooperation|partnership|interaction)\s+(?:on|in)\s+)?([^.;:"“”]+)/u;

/**
 * One document per topic of each such sentence ("Document on exchanging data …"), the two states'
 * when the release is about two.
 */
export function concernedDocuments(
  sentences: readonly Span[],
  ctx: OrgContext,
): { parsed: ParsedAgreement; sentence: Span; order: number }[] {
  const pair = twoStates(ctx);
  return sentences.flatMap((sentence) => {
    const m = DOCUMENTS_CONCERN.exec(sentence.text);
    const listed = (m?.[1] ?? "").trim();
    // "agriculture, education and the peaceful use of space": in a list with commas, "and the" ends
    // an item as a comma does ("trade and economic cooperation" alone stays one).
    const items = listed
      .split(
        new RegExp(
          String.raw`,\s+(?:and\s+)?|\s+and\s+(?=\p{Ll}+ing\b${listed.includes(",") ? String.raw`|the\s` : ""})`,
          "u",
        ),
      )
      .map((s) => s.trim())
      .filter(Boolean);
    if (!m || items.length < 2 || items.some((s) => s.split(/\s+/).length > 14)) return [];
    const end = sentence.start + m.index + m[0].length;
    return items.map((item, n) => ({
      parsed: {
        title: `Document on ${item}`,
        parties: [...pair],
        between: false,
        topic: true,
        premod: false,
        start: sentence.start,
        end,
      },
      sentence,
      order: sentence.start + n,
    }));
  });
}

const COUNTED =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+((?:[\p{L}-]+\s+){0,3}?)(agreements|contracts|protocols|memorand(?:a|ums)|mous)$/iu;
const SINGULAR_OF: Record<string, string> = {
  agreements: "Agreement",
  contracts: "Contract",
  protocols: "Protocol",
  memoranda: "Memorandum",
  memorandums: "Memorandum",
  mous: "MoU",
};

/**
 * A title as a document is named, not as the sentence counted or described it: "two cooperation
 * agreements" is each a "Cooperation Agreement"; the project a grant contract funds ("… regarding
 * “The project for …”") and where its subject is ("… School located in Humla") are not its name.
 */
export function tidyTitle(title: string): string {
  let t = title
    .replace(/\s+regarding\s+["“][^"”]*["”]?$/u, "")
    .replace(/\s+(?:located|situated|based)(?:\s+(?:in|at)\s+.*)?$/i, "");
  const counted = COUNTED.exec(t);
  if (counted && counted[2]) t = titleCase(`${counted[1] ?? ""}${SINGULAR_OF[counted[2].toLowerCase()] ?? counted[2]}`);
  return t;
}
