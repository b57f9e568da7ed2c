/**
 * Quotations split around their attribution (issue 15's failure classes: "split around the
 * attribution"), written as made-up company, university and NGO releases: the words go on after the
 * attribution in lower case, as a sentence's second half.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const speakers = (text: string) => extractRelease(text).quotes.map((q) => q.speaker);
const release = (attribution: string, open = '"', close = '"') =>
  `NORTHFIELD, June 2, 2024 – Northfield College and Redwood Health today signed an affiliation agreement.\n\n${open}Our students need real clinical experience,${close} ${attribution} ${open}and Redwood has opened its doors to them.${close}\n`;

describe("a quotation split around its attribution", () => {
  it("gives both halves to the speaker named between them, after the verb", () => {
    expect(speakers(release("said Maria Lopez,"))).toEqual(["Maria Lopez", "Maria Lopez"]);
    expect(speakers(release("said Dr. Maria Lopez, dean of nursing,"))).toEqual(["Maria Lopez", "Maria Lopez"]);
    expect(speakers(release("said Maria Lopez, the dean of nursing at Northfield,", "“", "”"))).toEqual([
      "Maria Lopez",
      "Maria Lopez",
    ]);
  });

  it("still ends a name at a full stop before the next quotation", () => {
    expect(
      speakers(
        'NORTHFIELD, June 2, 2024 – The college signed an agreement.\n\n"We are ready," said Maria Lopez. "The first students arrive in the fall."\n',
      ),
    ).toEqual(["Maria Lopez", "Maria Lopez"]);
  });
});
