/**
 * Issue 15, round 22: a quotation nobody is named for, after a paragraph that names the last speaker
 * again and no one else (made-up text of the form the development halves of batch 50 showed).
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const speakers = (text: string) => extractRelease(text).quotes.map((q) => q.speaker);

describe("a quotation that continues the last speaker's past a paragraph about that speaker", () => {
  const text = [
    "Trade Minister to visit Chile",
    "",
    '"Chile is one of our fastest growing markets," Trade Minister Ana Kereama said.',
    "",
    "Ms Kereama sees room for growth in the value and range of exports to Chile.",
    "",
    '"Exports to Chile grew by a third last year, and wine and dairy led the way."',
    "",
  ].join("\n");

  it("gives it to the speaker the paragraph between names", () => {
    expect(speakers(text)).toEqual(["Ana Kereama", "Ana Kereama"]);
  });

  it("gives it to nobody when the paragraph between names someone else too", () => {
    const other = text.replace("Ms Kereama sees", "Ms Kereama and Chile's minister Pablo Rojas see");
    expect(speakers(other)[1]).not.toBe("Ana Kereama");
  });
});

describe("'the Prime Minister' in a release of one country's government", () => {
  it("is the Prime Minister the text names bare, not the one qualified by another nationality", () => {
    const text = [
      "Norway/Chile partnership signed in Santiago",
      "",
      "“This partnership marks an historic day for our two countries,” Prime Minister Ingrid Solberg said today.",
      "",
      "The Prime Minister and Chilean Prime Minister Pablo Reyes presided over the signing of the agreement in Santiago.",
      "",
      "“This partnership will open new markets for our exporters,” the Prime Minister said.",
      "",
    ].join("\n");
    expect(speakers(text)).toEqual(["Ingrid Solberg", "Ingrid Solberg"]);
  });
});
