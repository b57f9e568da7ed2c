/**
 * Issue 15, round 19: speakers named by a title with their country before it ("the Ukrainian Head
 * of State stressed") and a statesman introduced by what he was ("the great diplomat, X"), in
 * made-up releases of the forms batch 32's development half showed.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const speakers = (text: string) => extractRelease(text).quotes.map((q) => q.speaker);

describe("speakers named by what they are", () => {
  it("reads 'the Ukrainian Head of State stressed' as the president the text named", () => {
    const text =
      "Sanctions and energy\n\nKYIV, 3 May 2022\n\n" +
      "Ukrainian President Volodymyr Zelenskyy spoke at a London institute on Monday. " +
      '"We will hold. It is a matter of years," the Ukrainian Head of State stressed.\n';
    expect(speakers(text)).toEqual(["Volodymyr Zelenskyy"]);
  });

  it("reads 'he said' after 'the great diplomat, X' as X's words", () => {
    const text =
      "Remarks in Bangkok\n\nBANGKOK, 10 July 2022\n\n" +
      "Few people have done more for these ties than the great diplomat, Somchai Rattana.  " +
      "And when he was asked why, he said, “It is well that governments should come into contact with one another.”\n";
    expect(speakers(text)).toEqual(["Somchai Rattana"]);
  });
});
