/**
 * Scoring the extractor on real public press releases against gold facts (test/fixtures/real).
 *
 * The releases' texts are not in the repository (only text its authors wrote is); the annotations
 * hold facts only — date, agreement titles and parties, speakers and the first words of each quote
 * as a locator. The rules follow the issue that asked for the measure (issue 15):
 * - an agreement counts when its title or all of its parties match (one prediction per gold item;
 *   titles first, then parties; a party-only match needs at least two gold parties);
 * - a quote counts when its words start with the gold locator and its speaker matches;
 * - the dateline date is right when it equals the gold date (a list means any of them is right;
 *   null means the text states no full date, so inventing one is an error).
 */

import type { ExtractJson } from "./types";
import { countryCodeOf } from "./countries";
import { kindOnly } from "./agreement-keywords";

/** Alternatives: any of them is right. */
type OneOf<T> = T | T[];

export interface RealAnnotation {
  id: string;
  url: string;
  class: string;
  features: string[];
  split?: "dev" | "frozen";
  sha256?: string;
  chars?: number;
  /** The id of the same release in an earlier batch: scored there only. */
  duplicateOf?: string;
  date: OneOf<string | null>;
  place: string | null;
  agreements: { type: string; titles: string[]; parties: string[][] }[];
  quotes: { speaker: OneOf<string | null>; start: string }[];
}

export interface Counts {
  tp: number;
  predicted: number;
  expected: number;
}

export interface RealScore {
  agreements: Counts;
  quotes: Counts;
  date: { right: number; of: number };
  /** Error counts by kind ("agreement missed", "quote speaker wrong", "date invented", …). */
  errors: Record<string, number>;
  /** One line per error, for the development set only. */
  details: string[];
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bmous?\b/g, "memorandum of understanding"],
  [/\bmemorand(?:a|ums)\b/g, "memorandum"],
  [/\bagreements\b/g, "agreement"],
  [/\blou\b/g, "letter of understanding"],
  [/\bloi\b/g, "letter of intent"],
];

/** Lower-case words of letters and digits, apostrophes and marks dropped. */
export function words(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function titleKey(s: string): string {
  let w = ` ${words(s)} `;
  for (const [re, to] of ABBREVIATIONS) w = w.replace(re, to);
  return w.replace(/^ (?:a|an|the) /, " ").replace(/\s+/g, "");
}

const PARTY_PREFIX = /^(?:the |government of (?:the )?|republic of (?:the )?)+/;

function partyKeys(s: string): string[] {
  const w = words(s);
  const bare = w.replace(PARTY_PREFIX, "");
  const keys = new Set([w.replace(/\s+/g, ""), bare.replace(/\s+/g, "")]);
  for (const name of [s, bare]) {
    const code = countryCodeOf(name.replace(/^the\s+/i, "").trim());
    if (code) keys.add(`country:${code}`);
  }
  return [...keys].filter(Boolean);
}

export function partyMatches(predicted: string, gold: string): boolean {
  const p = partyKeys(predicted);
  const g = partyKeys(gold);
  if (p.some((k) => g.includes(k))) return true;
  // A name written a little longer or shorter ("Penn State" / "Penn State University") matches;
  // a party over-extended by a phrase ("Acme Health for a new clinic in Springfield") does not.
  const a = p[0] ?? "";
  const b = g[0] ?? "";
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.includes(short) && short.length / long.length >= 0.7;
}

const HONORIFICS = new Set(
  "mr mrs ms miss dr prof professor he h e sir madam dame md phd jr sr gov governor president minister ambassador".split(
    " ",
  ),
);

function nameTokens(s: string): string[] {
  return words(s.replace(/\./g, " "))
    .split(" ")
    .filter((t) => t && !HONORIFICS.has(t));
}

export function speakerMatches(predicted: string | null, gold: OneOf<string | null>): boolean {
  const options = Array.isArray(gold) ? gold : [gold];
  return options.some((g) => {
    if (g === null || predicted === null) return g === predicted;
    const p = nameTokens(predicted);
    const w = nameTokens(g);
    if (p.length === 0 || w.length === 0) return false;
    if (w.every((t) => p.includes(t))) return true;
    // "Eric Barron" for "Eric J. Barron": every predicted word in the gold name, surname included.
    return p.length >= 2 && p.every((t) => w.includes(t)) && p.includes(w[w.length - 1]!);
  });
}

function dateRight(predicted: string | null, gold: OneOf<string | null>): boolean {
  return (Array.isArray(gold) ? gold : [gold]).includes(predicted);
}

function bump(errors: Record<string, number>, kind: string) {
  errors[kind] = (errors[kind] ?? 0) + 1;
}

/** An agreement as proposed: one title and one name per party. */
export interface ProposedAgreement {
  title: string;
  parties: string[];
}

/**
 * Pairs proposals with gold agreements, one each: titles first, then parties (a party-only match
 * needs at least two gold parties). Returns the indexes of the proposals used and gold items matched.
 * `bareTitleNeedsParty` is a stricter reading, reported beside the rule: a title that is
 * only the kind of document (kindOnly) matches when one of its parties matches too (an annotator who lists
 * "agreement" among a document's forms otherwise credits any "Agreement" proposed, parties or not).
 */
export function matchAgreements(
  got: readonly ProposedAgreement[],
  gold: RealAnnotation["agreements"],
  opts: { bareTitleNeedsParty?: boolean } = {},
): { used: Set<number>; matched: Set<number> } {
  const used = new Set<number>();
  const matched = new Set<number>();
  const somePartyOf = (a: ProposedAgreement, g: RealAnnotation["agreements"][number]) =>
    a.parties.some((p) => g.parties.some((alts) => alts.some((x) => partyMatches(p, x))));
  gold.forEach((g, gi) => {
    const keys = g.titles.map(titleKey);
    const pi = got.findIndex(
      (a, i) =>
        !used.has(i) &&
        keys.includes(titleKey(a.title)) &&
        (!opts.bareTitleNeedsParty || !kindOnly(a.title) || somePartyOf(a, g)),
    );
    if (pi >= 0) {
      used.add(pi);
      matched.add(gi);
    }
  });
  gold.forEach((g, gi) => {
    if (matched.has(gi) || g.parties.length < 2) return;
    const pi = got.findIndex(
      (a, i) => !used.has(i) && g.parties.every((alts) => a.parties.some((p) => alts.some((x) => partyMatches(p, x)))),
    );
    if (pi >= 0) {
      used.add(pi);
      matched.add(gi);
    }
  });
  return { used, matched };
}

export function scoreReal(got: ExtractJson, gold: RealAnnotation): RealScore {
  const errors: Record<string, number> = {};
  const details: string[] = [];

  const { used, matched } = matchAgreements(got.agreements, gold.agreements);
  gold.agreements.forEach((g, gi) => {
    if (matched.has(gi)) return;
    bump(errors, "agreement missed");
    details.push(`missed agreement: ${g.titles[0]} [${g.parties.map((p) => p[0]).join("; ")}]`);
  });
  got.agreements.forEach((a, i) => {
    if (used.has(i)) return;
    bump(errors, a.parties.length === 0 ? "agreement extra (no parties)" : "agreement extra");
    details.push(`extra agreement: ${a.type} "${a.title}" [${a.parties.join("; ")}]`);
  });

  // Quotes: the words start with the locator and the speaker matches.
  const usedQ = new Set<number>();
  let quoteTp = 0;
  for (const g of gold.quotes) {
    const start = words(g.start);
    const sameWords = got.quotes
      .map((q, i) => ({ q, i }))
      .filter(({ q, i }) => !usedQ.has(i) && words(q.text).startsWith(start));
    const hit = sameWords.find(({ q }) => speakerMatches(q.speaker, g.speaker));
    if (hit) {
      usedQ.add(hit.i);
      quoteTp++;
      continue;
    }
    if (sameWords[0]) {
      usedQ.add(sameWords[0].i);
      bump(errors, "quote speaker wrong");
      details.push(
        `quote speaker: got ${JSON.stringify(sameWords[0].q.speaker)}, want ${JSON.stringify(g.speaker)} ("${g.start}")`,
      );
    } else {
      bump(errors, "quote missed");
      details.push(`missed quote: ${JSON.stringify(g.speaker)} "${g.start}…"`);
    }
  }
  got.quotes.forEach((q, i) => {
    if (usedQ.has(i)) return;
    bump(errors, "quote extra");
    details.push(`extra quote: ${JSON.stringify(q.speaker)} "${q.text.slice(0, 60)}…"`);
  });

  const right = dateRight(got.dateline.date, gold.date);
  if (!right) {
    const goldNone = Array.isArray(gold.date) ? gold.date.every((d) => d === null) : gold.date === null;
    bump(errors, got.dateline.date === null ? "date missed" : goldNone ? "date invented" : "date wrong");
    details.push(`date: got ${got.dateline.date}, want ${JSON.stringify(gold.date)}`);
  }

  return {
    agreements: { tp: matched.size, predicted: got.agreements.length, expected: gold.agreements.length },
    quotes: { tp: quoteTp, predicted: got.quotes.length, expected: gold.quotes.length },
    date: { right: right ? 1 : 0, of: 1 },
    errors,
    details,
  };
}

export function f1(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted === 0 ? 1 : c.tp / c.predicted;
  const recall = c.expected === 0 ? 1 : c.tp / c.expected;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
