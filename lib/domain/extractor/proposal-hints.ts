/**
 * What an editor should check in an agreement the extractor proposed (issue 15). On the frozen real
 * releases (543 proposals, 7 December 2026) 106 carry no parties and 161 are titled only by their kind
 * ("Agreement"); 66 and 74 of them match no document the annotators found, once a bare title must
 * bring a matching party (README, "Two annotators"). The import review says so next to the proposal
 * instead of leaving the editor to notice.
 */

const BARE_TITLE =
  /^(?:(?:a|an|the|new)\s+)*(?:joint\s+)?(?:agreements?|contracts?|arrangements?|memorand(?:um|a|ums)(?:\s+of\s+understanding)?|mous?|deals?|treat(?:y|ies)|declarations?|(?:optional\s+)?protocols?|accords?|pacts?|sales?|statements?|charters?|leases?|letters?\s+of\s+intent)$/i;

/** A title that is only the kind of document ("Agreement", "the contracts", "an MoU"). */
export function bareTitle(title: string): boolean {
  return BARE_TITLE.test(title.trim());
}

/** The checks an agreement's proposal asks of the editor, as sentences; none when it looks complete. */
export function agreementHints(a: { title: string; parties: string }): string[] {
  const hints: string[] = [];
  if (bareTitle(a.title)) hints.push("Named only by its kind: give its title as the text names it, if it has one.");
  if (a.parties.trim() === "") hints.push("No parties were found where it is named: add who signed it, one per line.");
  return hints;
}
