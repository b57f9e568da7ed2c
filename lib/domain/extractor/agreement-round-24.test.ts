/**
 * Issue 15, round 24: from the proposals a second annotator's reading showed matching only by a bare
 * title ("Agreement") with the wrong parties (development releases). Made-up releases written for
 * this test.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

describe("a document opening its sentence with 'A', signed by a person", () => {
  it("keeps the kind of document in the title and the other party written after it", () => {
    const text =
      "Minister signs air agreement\n\nA new air services agreement with Sylvania opening an untapped market has been signed by Transport Minister John Roe.\n";
    expect(agreements(text)).toEqual([
      { title: "Air Services Agreement", parties: ["Transport Minister John Roe", "Sylvania"] },
    ]);
  });

  it("does not take a sentence's 'The transfer arrangement' for a second document", () => {
    const text =
      "Arrangement signed\n\nThe Freedonian and Sylvanian governments today signed a groundbreaking arrangement to protect refugees.\n\nThe arrangement provides for transfers. The transfer arrangement between Freedonia and Sylvania also provides that claims will be heard.\n";
    expect(agreements(text)).toHaveLength(1);
  });
});
