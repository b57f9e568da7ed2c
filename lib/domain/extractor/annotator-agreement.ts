/**
 * How far two people annotating the same real releases agree (issue 15), measured the way the
 * extractor is measured, so the extractor's score can be read against what a second person scores.
 *
 * The extractor proposes one title and one name per party; an annotation gives every title and name
 * a document may fairly be given. Three views of two annotations A and B of one release:
 * - B proposing, scored against A: B's first title and first name of each party, as if B were the
 *   extractor (`matchAgreements`, the extractor's own rule);
 * - A proposing, scored against B: the same the other way round;
 * - both ways at once: a pair counts when any title of one is a title of the other, or every party
 *   of the one with fewer parties (at least two) matches a party of the other by any of its names.
 */

import {
  matchAgreements,
  partyMatches,
  titleKey,
  type Counts,
  type ProposedAgreement,
  type RealAnnotation,
} from "./evaluate-real";

type Agreements = RealAnnotation["agreements"];

/** An annotation read as a proposal: its first title and the first name of each party. */
export function firstChoices(agreements: Agreements): ProposedAgreement[] {
  return agreements.map((a) => ({ title: a.titles[0] ?? "", parties: a.parties.map((p) => p[0] ?? "") }));
}

/** B's first choices scored against A by the extractor's rule. */
export function proposing(b: Agreements, a: Agreements): Counts {
  const { matched } = matchAgreements(firstChoices(b), a);
  return { tp: matched.size, predicted: b.length, expected: a.length };
}

function sameTitle(x: Agreements[number], y: Agreements[number]): boolean {
  const keys = new Set(x.titles.map(titleKey));
  return y.titles.some((t) => keys.has(titleKey(t)));
}

function sameParties(x: Agreements[number], y: Agreements[number]): boolean {
  const [fewer, more] = x.parties.length <= y.parties.length ? [x, y] : [y, x];
  if (fewer.parties.length < 2) return false;
  return fewer.parties.every((alts) =>
    more.parties.some((other) => alts.some((name) => other.some((o) => partyMatches(name, o)))),
  );
}

/** Pairs of A and B, one each, by any title they share or else by their parties. */
export function bothWays(a: Agreements, b: Agreements): Counts {
  const usedB = new Set<number>();
  const matchedA = new Set<number>();
  for (const same of [sameTitle, sameParties]) {
    a.forEach((x, i) => {
      if (matchedA.has(i)) return;
      const j = b.findIndex((y, k) => !usedB.has(k) && same(x, y));
      if (j < 0) return;
      usedB.add(j);
      matchedA.add(i);
    });
  }
  return { tp: matchedA.size, predicted: b.length, expected: a.length };
}
