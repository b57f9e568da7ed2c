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

describe("the signer of a reported signing", () => {
  it("reads who signed after 'said', 'welcomed the news that' and 'welcomed news', not who reported it", () => {
    const said = "Deal\n\nMinister Jane Doe said Acme Rail and Beta Works signed a supply contract today.\n";
    expect(agreements(said)).toEqual([{ title: "Supply Contract", parties: ["Acme Rail", "Beta Works"] }]);
    const news = "Deal\n\nThe Minister welcomed the news that Acme Rail had signed an agreement with Beta Works.\n";
    expect(agreements(news)).toEqual([{ title: "Agreement", parties: ["Acme Rail", "Beta Works"] }]);
    const bare =
      "Contracts signed\n\nTransport Minister John Roe has welcomed news the Freedonia Transport Agency (FTA) has signed construction contracts to build the new highway.\n";
    expect(agreements(bare)[0]?.parties).toEqual(["Freedonia Transport Agency"]);
  });
});
