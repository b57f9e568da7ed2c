/**
 * A quotation without attribution in a paragraph that opens with a person as its subject (issue 15,
 * round 7, from batch 12's development half): made-up releases.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const speakers = (text: string) => extractRelease(text).quotes.map((q) => q.speaker);

const LEAD =
  "OSLO, 3 May 2024 - The letter of intent was signed by Rector Ola Berg of Tarn University and Director Kari Lund of Ovel Labs.";

describe("a paragraph that opens with its speaker", () => {
  it("gives the quotation to the person the paragraph opens with, by surname, not to the speaker before", () => {
    expect(
      speakers(
        `${LEAD}\nRector Berg stressed the importance of the partnership: "Today we open our laboratories to new partners."\nLund recognised the university's support and welcomed the partnership. "Every year we train more engineers than the region can employ."`,
      ),
    ).toEqual(["Ola Berg", "Kari Lund"]);
  });

  it("does not when someone else is said to speak in that paragraph", () => {
    expect(
      speakers(
        `${LEAD}\nRector Berg stressed the importance of the partnership: "Today we open our laboratories to new partners."\nLund arrived on Sunday. Welcoming Lund to Oslo, the rector on X wrote, "A warm welcome to Director Lund on her first visit."`,
      ),
    ).not.toContain("Kari Lund");
  });
});

describe("'He added:' after a quotation", () => {
  it("goes on with the speaker of the quotation before, not the man named first", () => {
    expect(
      speakers(
        `${LEAD}\nRector Berg stressed the importance of the partnership: "Today we open our laboratories to new partners."\nLund recognised the university's support and welcomed the partnership. "Every year we train more engineers than the region can employ."\nHe added: "I am grateful for this support."`,
      ),
    ).toEqual(["Ola Berg", "Kari Lund", "Kari Lund"]);
  });

  it("leaves '“…,” he added' to the person the paragraph is about when that is someone else", () => {
    expect(
      speakers(
        `${LEAD}\n"Today we open our laboratories to new partners," said Director Kari Lund.\nRector Berg emphasized the role of the university. "We will train the engineers the region needs," he added.`,
      ).at(-1),
    ).toBe("Ola Berg");
  });
});
