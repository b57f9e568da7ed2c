/**
 * What an editor should check in an agreement the extractor proposed (issue 15). On the frozen real
 * releases (543 proposals, 7 December 2026) 106 carry no parties and 196 are titled only by their
 * kind ("Agreement", kindOnly); 70 and 86 of them match no document the annotators found, once such a
 * title must bring a matching party (README, "Two annotators"). The import review says so next to the
 * proposal instead of leaving the editor to notice.
 */

import { kindOnly } from "./agreement-keywords";

/** The checks an agreement's proposal asks of the editor, as sentences; none when it looks complete. */
export function agreementHints(a: { title: string; parties: string }): string[] {
  const hints: string[] = [];
  if (kindOnly(a.title)) hints.push("Named only by its kind: give its title as the text names it, if it has one.");
  if (a.parties.trim() === "") hints.push("No parties were found where it is named: add who signed it, one per line.");
  return hints;
}
