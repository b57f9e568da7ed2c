/**
 * Agreement keywords: the words that name a kind of document ("Memorandum of Understanding" →
 * MEMORANDUM_OF_UNDERSTANDING), found in a text with where they stand.
 */

import type { AgreementType } from "./types";
import { squeeze } from "./text-utils";

const KEYWORDS: [string, AgreementType][] = [
  ["Joint Declaration of Intent", "JOINT_DECLARATION"],
  ["Joint Declaration", "JOINT_DECLARATION"],
  ["Joint Communiqué", "JOINT_DECLARATION"],
  ["Joint Communique", "JOINT_DECLARATION"],
  // "the Communiqué on Strategic Alliance and Partnership that we signed today": named in capitals
  // only (keywordsIn); "a communiqué" issued after talks is their record.
  ["Communiqué", "JOINT_DECLARATION"],
  ["Communique", "JOINT_DECLARATION"],
  // "The heads of state also concluded the joint statement": signed or adopted, it is a declaration.
  ["Joint Statement", "JOINT_DECLARATION"],
  ["Declaration of Intent", "JOINT_DECLARATION"],
  // "The U.S. Department of Energy and Japan’s Ministry of … signed a Statement of Intent to …".
  ["Statement of Intent", "JOINT_DECLARATION"],
  ["Declaration", "JOINT_DECLARATION"],
  ["Memorandum of Understanding and Cooperation", "MEMORANDUM_OF_UNDERSTANDING"],
  ["Memorandum of Understanding", "MEMORANDUM_OF_UNDERSTANDING"],
  ["Memorandum of Cooperation", "MEMORANDUM_OF_UNDERSTANDING"],
  ["Memorandum of Intent", "MEMORANDUM_OF_UNDERSTANDING"],
  ["Memorandum", "MEMORANDUM_OF_UNDERSTANDING"],
  ["MoU", "MEMORANDUM_OF_UNDERSTANDING"],
  // Plurals of the memorandum: "signed two memorandums of understanding (MoUs)".
  ["Memoranda of Understanding", "MEMORANDUM_OF_UNDERSTANDING"],
  ["Memorandums of Understanding", "MEMORANDUM_OF_UNDERSTANDING"],
  // "signed interdepartmental memorandums on cooperation in A, B and C" (a batch 18 development release).
  ["Memoranda", "MEMORANDUM_OF_UNDERSTANDING"],
  ["Memorandums", "MEMORANDUM_OF_UNDERSTANDING"],
  ["MoUs", "MEMORANDUM_OF_UNDERSTANDING"],
  // A letter of intent records a shared, non-binding understanding: closest to an MoU.
  ["Letters of Intent", "MEMORANDUM_OF_UNDERSTANDING"],
  ["Letter of Intent", "MEMORANDUM_OF_UNDERSTANDING"],
  ["Letter of Understanding", "MEMORANDUM_OF_UNDERSTANDING"],
  // "entered into a Financial Heads of Agreement": the heads (terms) of an agreement, signed as one.
  ["Heads of Agreement", "AGREEMENT"],
  ["Agreement", "AGREEMENT"],
  // "Agreements were concluded between A and B": one document per pair, as with memoranda.
  ["Agreements", "AGREEMENT"],
  // Diplomatic and press names of agreements: "signed an accord with", "the Exchange of Notes".
  ["Accord", "AGREEMENT"],
  ["Accords", "AGREEMENT"],
  ["Pact", "AGREEMENT"],
  // "inked a deal on fisheries", "sealed a partnership deal": like every bare kind, taken only when
  // signed right there.
  ["Deal", "AGREEMENT"],
  // "signed three exchanges of notes", "an exchange of note on …" (as some press writes it).
  ["Exchanges of Notes", "AGREEMENT"],
  ["Exchange of Notes", "AGREEMENT"],
  ["Exchange of Note", "AGREEMENT"],
  // "signed side letters with …" to a trade agreement: treaty-level documents of their own.
  ["Side Letters", "AGREEMENT"],
  ["Side Letter", "AGREEMENT"],
  // "The Governments of A and B signed and exchanged notes concerning a grant": taken only right
  // after "exchanged" (DEAL_BEFORE), as a deal noun is.
  ["Notes", "AGREEMENT"],
  // "a Contribution Arrangement", "the Implementing Arrangement"; "concluded two bilateral
  // arrangements - one to …" (a batch 29 development release).
  ["Arrangements", "AGREEMENT"],
  ["Arrangement", "AGREEMENT"],
  // New Zealand's Treaty settlements and other Crown undertakings are signed as deeds ("the Crown and
  // Moriori sign a Deed of Settlement", "the Niue International Trust Fund Deed").
  ["Deeds of Settlement", "AGREEMENT"],
  ["Deed of Settlement", "AGREEMENT"],
  ["Deeds", "AGREEMENT"],
  ["Deed", "AGREEMENT"],
  ["Contracts", "CONTRACT"],
  ["Protocols", "PROTOCOL"],
  ["Treaties", "TREATY"],
  ["Treaty", "TREATY"],
  ["Convention", "TREATY"],
  ["Contract", "CONTRACT"],
  ["Protocol", "PROTOCOL"],
  ["Agreed Minutes", "PROTOCOL"],
  ["Programme", "OTHER"],
  ["Program", "OTHER"],
  ["Roadmap", "OTHER"],
  ["Road Map", "OTHER"],
  ["Action Plan", "OTHER"],
  ["Plan of Action", "OTHER"],
  ["Charter", "OTHER"],
  // "the Plan of cooperation between the two ministries", "signed the 2016-2019 Country Programme
  // Action Plan"; a company's signed term sheet. Like every OTHER, taken only with its parties or
  // when a capitalised title is signed right there.
  ["Plan", "OTHER"],
  ["Term Sheet", "OTHER"],
  // "New Zealand has joined … to launch the Global Methane Pledge … Signing the pledge today", "signed
  // the Pledge to America's Youth": a pledge signed is a document (batches 57 and 60 dev); like every
  // OTHER, only when signed right there.
  ["Pledge", "OTHER"],
  // "More than 20 documents were signed": a summary only, proposed when no document is named.
  ["Documents", "OTHER"],
  // "A and B also signed a document today confirming …": like every OTHER, only when signed right there.
  ["Document", "OTHER"],
  // A company's deal named by what it sets up: "entered a research collaboration", "obtained an
  // exclusive, worldwide license from …". Taken only right after such a verb (DEAL_BEFORE).
  ["Collaboration", "AGREEMENT"],
  ["Partnership", "AGREEMENT"],
  ["Alliance", "AGREEMENT"],
  ["Joint Venture", "AGREEMENT"],
  ["License", "OTHER"],
  ["Licence", "OTHER"],
];

// The deals a news report tells of without naming a document (agreement-transactions.ts): proposed
// under their kind as title.
export const TRANSACTION_TITLES = { order: "Order", sale: "Sale" } as const;

const KIND_NAMES = new Set([
  ...KEYWORDS.map(([k]) => k.toLowerCase()),
  ...Object.values(TRANSACTION_TITLES).map((t) => t.toLowerCase()),
]);

/**
 * A title that is only a kind of document ("Agreement", "the contracts", "an MoU", "Deed"): the name
 * of a keyword or a transaction, an article or "new" before it at most. The extractor proposes such a
 * title where the text names a document by its kind alone.
 */
export function kindOnly(title: string): boolean {
  const t = squeeze(title)
    .replace(/^(?:(?:a|an|the|new)\s+)+/i, "")
    .toLowerCase();
  return KIND_NAMES.has(t) || (t.endsWith("s") && KIND_NAMES.has(t.slice(0, -1)));
}

export const DEAL_NOUN = /^(?:collaboration|partnership|alliance|joint\s+venture|licen[cs]e|notes)$/i;
// The kind a deal noun may name ("a research collaboration agreement", "a licence term sheet", "a
// license and services agreement").
const KIND_AFTER_DEAL =
  /^\s+(?:and\s+[\p{L}-]+\s+)?(?:[\p{L}-]+\s+)?(?:agreements?|deals?|contracts?|memorand\w*|mous?|term\s+sheet|framework)\b/iu;
// The verb that sets such a deal up, with its article and up to five words before the noun; notes
// are exchanged.
export const DEAL_BEFORE =
  /\b(?:(?:entered(?:\s+into)?|signed|signing\s+of|formed|established|obtained|been\s+granted|received|concluded|inked|executed|announced|unveiled)\s+(?:a|an)\s+(?:[\p{L}\p{N}-]+,?\s+){0,5}|exchanged\s+(?:the\s+)?(?:diplomatic\s+)?)$/iu;

// A study, a body or an office named after a document: "… Agreement Joint Feasibility Study", "the
// … Treaty Negotiations Minister", "the Free Trade Agreement Joint Commission".
const ABOUT_IT_AFTER =
  /^\s+(?:of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*\s+)?(?:Joint\s+)?(?:Feasibility\s+Study|Study|Negotiations|Talks|Committee|Commission|Council|Working\s+Group|Dialogue|Secretariat|Minister|Ministry|Unit|Office)\b/u;

// Not inside a compound ("Mongolia-Agreement", "a treaty-level agreement"), but after a dash that
// bullets a line ("-Memorandum …").
const KEYWORD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)(?:${KEYWORDS.map(([k]) => k.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}\\p{N}]|-\\p{Ll})`,
  "giu",
);

function typeOf(keyword: string): AgreementType {
  const k = squeeze(keyword).toLowerCase();
  for (const [name, type] of KEYWORDS) if (name.toLowerCase() === k) return type;
  return "OTHER";
}

export interface KeywordHit {
  start: number;
  end: number;
  text: string;
  type: AgreementType;
}

export function keywordsIn(text: string, from: number, to: number): KeywordHit[] {
  const out: KeywordHit[] = [];
  KEYWORD_RE.lastIndex = from;
  for (let m = KEYWORD_RE.exec(text); m && m.index < to; m = KEYWORD_RE.exec(text)) {
    // "mou" in lower case is not the abbreviation.
    if (/^mous?$/i.test(m[0]) && !/^M(?:oU|OU)s?$/.test(m[0])) continue;
    if (/^communiq/.test(m[0])) continue;
    // "the Annual Convention of …", "the Convention Center": a gathering or a building, not a treaty.
    if (
      /^convention$/i.test(m[0]) &&
      (/\b(?:annual|biennial|national|party|democratic|republican|\d+(?:st|nd|rd|th))\s+$/i.test(
        text.slice(Math.max(0, m.index - 20), m.index),
      ) ||
        /^\s+(?:cent(?:er|re)|hall|delegates?|floor)\b/i.test(
          text.slice(m.index + m[0].length, m.index + m[0].length + 12),
        ))
    )
      continue;
    if (m.index + m[0].length > to) break;
    // "a Presidential Memorandum to Restore …", "National Security Memorandum 10": an order of the
    // President's, not a memorandum between parties (batch 60 dev).
    if (
      /^memorand(?:um|ums|a)$/i.test(m[0]) &&
      /\b(?:Presidential|National\s+Security)\s+$/.test(text.slice(Math.max(0, m.index - 24), m.index))
    )
      continue;
    // "the Australia-Indonesia Free Trade Agreement Joint Feasibility Study", "Treaty of Waitangi
    // Negotiations Minister": the document names what is about it, which is no document.
    if (ABOUT_IT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    // "interim alliance agreements", "a license agreement", "the partnership deal": a deal noun as the
    // first word of a document's name is no keyword of its own.
    if (DEAL_NOUN.test(m[0]) && KIND_AFTER_DEAL.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
      continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: typeOf(m[0]) });
  }
  return out;
}
