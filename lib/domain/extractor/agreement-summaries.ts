/**
 * Summaries: documents counted or named in the plural ("24 agreements have been signed", "A and B
 * signed MOUs"), kept apart while the release is read and placed at the end, when it is known which
 * documents the release names one by one.
 */

import type { AgreementType, ExtractedAgreement } from "./types";
import type { ParsedAgreement } from "./agreement-titles";
import type { Span } from "./text-utils";

export interface Summary {
  parsed: ParsedAgreement;
  type: AgreementType;
  sentence: Span;
  /** "the agreements": the same documents as a summary before. */
  definite: boolean;
  /** A plural without a count ("signed MOUs"). */
  bare: boolean;
}

/** The parties of a document as a set, in any order ("A|B" for A and B, and for B and A). */
export const partySet = (ps: readonly string[]) => [...new Set(ps)].sort().join("|");
// A title compared with another: letters and digits only, in lower case.
export const titleKeyOf = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

type Add = (found: ParsedAgreement, type: AgreementType, sentence: Span | null, order: number) => void;

/**
 * A summary stands for the documents only with the parties that signed them: "24 agreements have
 * been signed" in a release about two countries (or whose lead pairs two, `pair`) is theirs;
 * "agreements worth $6 billion were signed" with no one named says too little to propose. "A and B
 * signed agreements … X signed the agreements with Y": the definite one is the same documents.
 * Beside documents named one by one, only "Westinghouse and MVM signed MOUs to explore …" (a fact
 * sheet, batch 15 dev) stays: a bare plural whose signers are named and are not those of another;
 * and a bare plural named by its topic ("a package of documents on cooperation in energy").
 */
export function placeSummaries(
  summaries: readonly Summary[],
  out: (ExtractedAgreement & { order: number })[],
  deals: ReadonlySet<number>,
  add: Add,
  pair: () => string[],
): void {
  if (out.every((o) => deals.has(o.order))) {
    for (const [i, s] of summaries.entries()) {
      if (s.definite && summaries.slice(0, i).some((o) => o.type === s.type)) continue;
      add(s.parsed, s.type, s.sentence, s.parsed.start);
      const last = out.at(-1);
      if (last && last.parties.length === 0) {
        const parties = pair();
        if (parties.length > 0) last.parties = [...parties];
        else out.pop();
      }
    }
    return;
  }
  for (const s of summaries.filter((x) => x.bare && !x.definite && !/:\s*$/.test(x.sentence.text))) {
    const count = out.length;
    add(s.parsed, s.type, s.sentence, s.parsed.start);
    const last = out.at(-1);
    // "a joint statement and a package of documents on cooperation in energy, transport …": documents
    // named by what they are about are others than those named one by one, whoever signed them.
    const ownTopic =
      s.parsed.topic &&
      /^Documents\s+(?:on|in|concerning|regarding)\s/u.test(last?.title ?? "") &&
      !out.slice(0, -1).some((o) => o.title === last?.title);
    if (
      out.length > count &&
      last &&
      (last.parties.length < 2 ||
        (!ownTopic && out.slice(0, -1).some((o) => partySet(o.parties) === partySet(last.parties))))
    )
      out.pop();
  }
}
