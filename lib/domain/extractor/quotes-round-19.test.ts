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

describe("a scanned statement's quotations", () => {
  const scan = (body: string) =>
    "STATEMENT BY THE PRIME MINISTER ON THE SIGNING OF THE CEASEFIRE AGREEMENT\n\n28 January 1973\n\n" + body + "\n";

  it("opens a quotation at a line's start mark followed by a space", () => {
    const text = scan(
      "Mr Whitlam said his Government shared the concern.\n" +
        '" But the withdrawal of foreign troops should make it easier for\n' +
        'their peoples to settle their differences," he said.\n' +
        '" We hope and expect that the contending forces will take the\n' +
        'opportunities which the agreement seems to hold out," he added.',
    );
    expect(extractRelease(text).quotes.map((q) => [q.speaker, q.text.slice(0, 12)])).toEqual([
      ["Whitlam", "But the with"],
      ["Whitlam", "We hope and "],
    ]);
  });

  it("gives the second half of a split quotation to the speaker between, not to the word that opened it", () => {
    const text = scan(
      'Mr Whitlam spoke in Canberra.\n\n" Nevertheless," Mr Whitlam said, " the Australian Government takes note of the agreement and undertakes to respect its provisions."',
    );
    expect(extractRelease(text).quotes.map((q) => [q.speaker, q.text.slice(0, 15)])).toEqual([
      ["Whitlam", "the Australian "],
    ]);
  });
});
