/**
 * Transactions a news report tells of without naming a document: "Acme has won an order from Tarn
 * Air", "Nordcorp is selling its rail arm to Vesta Capital", "Acme and Tarn Retail announced their
 * agreement over …". Each is one deal between the two named, proposed as the order, sale or
 * agreement it is. Not a purchase "from" someone: a state's purchases of oil "from the United States
 * and American companies" are no deal between two named (a batch 15 development fact sheet). Read only in sentences that name no
 * document of their own (the caller's choice), and only when both sides are named.
 */

import type { AgreementType } from "./types";
import { TRANSACTION_TITLES } from "./agreement-keywords";
import type { ParsedAgreement } from "./agreement-titles";
import { cleanParty, readBodyName, readOrgPhrase } from "./organisations";
import { referencedOnly } from "./agreement-references";
import type { Span } from "./text-utils";

interface Transaction {
  parsed: ParsedAgreement;
  type: AgreementType;
}

// What was sold or bought: a short object, no clause of its own.
const THING = String.raw`(?:[^.;:"“”()]{1,80}?)`;
const KIND = String.raw`(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*-based\s+)?(?:[\p{Ll}-]+\s+){0,4}?(?=\p{Lu})`;

const FORMS: { re: RegExp; title: string; type: AgreementType }[] = [
  // "has won an order worth $15bn from Tarn Air", "received a $2 million order from …".
  {
    re: new RegExp(
      String.raw`\b(?:won|received|secured|landed|booked)\s+(?:an?|the)\s+(?:[\p{L}$€£\d.,-]+\s+){0,4}?orders?\s+(?:(?:worth|valued\s+at)\s+[^,;.]{1,30}?\s+)?from\s+${KIND}`,
      "u",
    ),
    title: TRANSACTION_TITLES.order,
    type: "CONTRACT",
  },
  // "is selling its rail arm to Vesta Capital", "agreed to sell 301 stores to …".
  {
    re: new RegExp(String.raw`\b(?:sell|sells|sold|selling)\s+${THING}\s+to\s+${KIND}`, "u"),
    title: TRANSACTION_TITLES.sale,
    type: "CONTRACT",
  },
];

// "… to Tarn Group in March", "… in 2015", "… last year": when a deal of before was made.
const EARLIER_AFTER =
  /^\s+(?:in\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?!\s+\d)|in\s+(?:19|20)\d{2}|last\s+(?:year|month|week)|\S+\s+years?\s+ago)\b/u;

// "Acme and Tarn Retail announced their agreement over …": the two who announced it.
const ANNOUNCED = /\b(?:announced|confirmed|reached|unveiled)\s+(?:their|an|a)\s+agreement\b/u;

// A capitalised name right before the verb group, after an appositive comma ("European aircraft
// maker, Airbus, has won …").
const SUBJECT_BEFORE =
  /(?:^|[\s,])(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,5}),?\s+(?:(?:has|have|had|is|are|was|were|also|now|reportedly|finally|agreed\s+to|is\s+to|will)\s+)*$/u;

function subjectOf(text: string, sentence: Span, at: number): string | null {
  const before = text.slice(sentence.start, at);
  const near = SUBJECT_BEFORE.exec(before);
  if (near?.[1]) return near[1];
  // "The DaimlerChrysler Corporation has announced that the corporation is … selling it to …": the
  // body the sentence opens with.
  const lead = /^(?:\s*(?:The|the)\s+)?(?=\p{Lu})/u.exec(before);
  const first = lead ? readOrgPhrase(text, sentence.start, at) : null;
  return first && /\b(?:that\s+(?:it|the\s+\p{Ll}+)|itself)\b/u.test(before) ? first.text : null;
}

function nameAt(text: string, from: number, limit: number): { text: string; end: number } | null {
  const read = readBodyName(text, from, limit);
  if (!read) return null;
  // "Cerberus Capital Management for US$7.4 billion": the price is no part of the name.
  const price = /\s+for\s+(?:(?:US|U\.S\.|NZ|A|C)$|(?:US|U\.S\.|NZ|A|C)?[$€£¥]?\s?\d)/.exec(read.text);
  return { text: price ? read.text.slice(0, price.index) : read.text, end: read.end };
}

/** The deals told of in these sentences, one at most a sentence. */
export function transactionsIn(text: string, sentences: readonly Span[], releaseYear: number | null): Transaction[] {
  const out: Transaction[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    const announced = ANNOUNCED.exec(body);
    if (announced) {
      const subject = body.slice(0, announced.index);
      const pair =
        /(?:^|,\s*|\b(?:that|Thursday|Monday|Tuesday|Wednesday|Friday|Saturday|Sunday|today|yesterday),?\s+)((?:[^,]*?\s)?\p{Lu}[^,]*?)\s+and\s+((?:[^,]*?\s)?\p{Lu}[^,]*?)\s*$/u.exec(
          subject,
        );
      if (pair?.[1] && pair[2]) {
        const parties = [cleanParty(pair[1]), cleanParty(pair[2])];
        if (parties.every((p) => /^\p{Lu}/u.test(p) && p.split(/\s+/).length <= 6) && parties[0] !== parties[1]) {
          const start = sentence.start + announced.index + announced[0].length - "agreement".length;
          out.push({ parsed: deal("Agreement", parties, start, start + "agreement".length), type: "AGREEMENT" });
          continue;
        }
      }
    }
    for (const form of FORMS) {
      const m = form.re.exec(body);
      if (!m) continue;
      const at = sentence.start + m.index;
      const subject = subjectOf(text, sentence, at);
      const other = nameAt(text, at + m[0].length, sentence.end);
      if (!subject || !other) continue;
      // "Acme sold its Thai stores to Tarn Group in March": a deal of before.
      const after = text.slice(other.end, sentence.end);
      if (referencedOnly(text.slice(sentence.start, at), after, true, releaseYear) || EARLIER_AFTER.test(after)) break;
      const parties = [cleanParty(subject), cleanParty(other.text)];
      if (parties.some((p) => !/^\p{Lu}/u.test(p) || p.split(/\s+/).length > 6) || parties[0] === parties[1]) continue;
      out.push({ parsed: deal(form.title, parties, at, other.end), type: form.type });
      break;
    }
  }
  return out;
}

function deal(title: string, parties: string[], start: number, end: number): ParsedAgreement {
  return { title, parties, between: false, topic: false, premod: false, start, end };
}
