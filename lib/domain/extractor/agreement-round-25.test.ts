/**
 * Issue 15, round 25: general forms of embassy, government and company releases, found by trying
 * made-up sentences of the kinds the issue names (no real release's text). Made-up releases written
 * for this test.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

describe("a topic opened by a country's or a region's adjective", () => {
  it("reads the topic on to its end instead of stopping after the adjective", () => {
    const grant =
      "Grant aid\n\nSylvania and Freedonia signed an agreement on the Sylvanian grant aid for the water project.\n";
    expect(agreements(grant)).toEqual([
      { title: "Agreement on the Sylvanian grant aid for the water project", parties: ["Sylvania", "Freedonia"] },
    ]);
    const region = "Research\n\nJapan and France signed an agreement on the European research programme.\n";
    expect(agreements(region)).toEqual([
      { title: "Agreement on the European research programme", parties: ["Japan", "France"] },
    ]);
  });

  it("still ends a title-case topic at its first lower-case word", () => {
    const text = "Fisheries\n\nJapan and France signed the Agreement on Japanese Fisheries today.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Agreement on Japanese Fisheries"]);
  });
});

describe("exchanges of notes", () => {
  it("takes notes exchanged in the passive, with the parties after 'between'", () => {
    const text =
      "Notes exchanged\n\nNotes were exchanged between Australia and the United States on the extension of the station agreement.\n";
    expect(agreements(text)[0]?.parties).toEqual(["Australia", "United States"]);
  });

  it("knows the singular and plural spellings some press uses", () => {
    const one =
      "Education\n\nMalaysia and Bangladesh signed an exchange of note on cooperation in the field of higher education.\n";
    expect(agreements(one)).toEqual([
      {
        title: "Exchange of Note on cooperation in the field of higher education",
        parties: ["Malaysia", "Bangladesh"],
      },
    ]);
    const several = "Notes\n\nMalaysia and Bangladesh signed two exchanges of notes during the visit.\n";
    expect(agreements(several)[0]?.parties).toEqual(["Malaysia", "Bangladesh"]);
  });

  it("does not take notes that were only taken or compared", () => {
    const text = "Talks\n\nJapan and Maldives compared notes on water supply. Notes were taken by both delegations.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("the other party after the document's value", () => {
  it("reads 'worth US$85,000 with X' and 'valued at 3.5 billion yen with X'", () => {
    const grant =
      "Grant\n\nThe Embassy of Japan signed a grant contract worth US$85,000 with the Kasese Women's Association for a maternity ward.\n";
    expect(agreements(grant)).toEqual([
      { title: "Grant Contract", parties: ["Embassy of Japan", "Kasese Women's Association"] },
    ]);
    const yen = "Contract\n\nThe Ministry signed a contract valued at 3.5 billion yen with Gamma Corp.\n";
    expect(agreements(yen)[0]?.parties).toEqual(["Ministry", "Gamma Corp."]);
  });
});

describe("the bodies signatories signed for", () => {
  it("reads a company's officer as signing for the company, whatever its name ends with", () => {
    const text =
      "Partnership\n\nThe agreement was signed by John Smith, CEO of Acme Energy, and Mary Jones, President of Beta University.\n";
    expect(agreements(text)[0]?.parties).toEqual(["Acme Energy", "Beta University"]);
  });

  it("reads 'signed on behalf of A by X and on behalf of B by Y'", () => {
    const text =
      "Health\n\nThe agreement was signed on behalf of the Government of Malawi by Minister of Health Joseph Banda and on behalf of UNICEF by Representative Rudolf Schwenk.\n";
    expect(agreements(text)[0]?.parties).toEqual(["Malawi", "UNICEF"]);
  });
});

describe("a place's name opening a topic", () => {
  it("keeps what the place names ('the Kosi river')", () => {
    const text =
      "River\n\nIn the presence of the two Prime Ministers, the Foreign Ministers of India and Nepal signed the agreement on the Kosi river.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Agreement on the Kosi river"]);
  });
});

describe("a document signed here beside an earlier one", () => {
  it("keeps an MoU signed today under a framework agreement signed in an earlier year, on either side", () => {
    const lead =
      "Training\n\nUnder the Framework Agreement on Cooperation signed in 2010, Sylvania and Freedonia today signed an MoU on vocational training.\n";
    expect(agreements(lead)).toEqual([{ title: "MoU on vocational training", parties: ["Sylvania", "Freedonia"] }]);
    const tail =
      "Training\n\nSylvania and Freedonia today signed an MoU on vocational training under the Framework Agreement on Cooperation signed in 2010.\n";
    expect(agreements(tail)).toEqual([{ title: "MoU on vocational training", parties: ["Sylvania", "Freedonia"] }]);
  });

  it("still reads 'In 2010 the two countries signed an agreement' as a signing of before", () => {
    const text = "History\n\nIn 2010 Sylvania and Freedonia signed an agreement on fisheries.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("a meeting that only agreed to sign", () => {
  it("proposes nothing for 'met to reactivate an MoU signed in 2006 and agreed to sign a new agreement'", () => {
    const text =
      "Talks\n\nThe two sides met to reactivate an MoU signed in 2006 and agreed to sign a new agreement next year.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("a sentence opening with 'The … agreement was signed'", () => {
  it("keeps the kind's lower-case words, but not when the sentence names the document again", () => {
    const signed = "Partnership\n\nThe cooperation agreement was signed by Delta University and the Gamma Institute.\n";
    expect(agreements(signed)).toEqual([
      { title: "Cooperation Agreement", parties: ["Delta University", "Gamma Institute"] },
    ]);
    const again =
      "Partnership\n\nDelta University and the Gamma Institute today signed an agreement on exchanges. The exchange agreement also provides for joint degrees.\n";
    expect(agreements(again)).toHaveLength(1);
  });
});

describe("ministers and bodies named around the document", () => {
  it("ends a topic at 'on the sidelines of' and reads 'her Ugandan counterpart' as Uganda", () => {
    const text =
      "Trade\n\nKenya's Minister of Trade and her Ugandan counterpart signed a memorandum on e-commerce on the sidelines of the summit.\n";
    expect(agreements(text)).toEqual([{ title: "Memorandum on e-commerce", parties: ["Kenya", "Uganda"] }]);
  });

  it("reads the bodies a collective is spelled out as after a colon", () => {
    const text =
      "Universities\n\nMemoranda of understanding were signed between Delta University and three Ugandan universities: Makerere University, Kyambogo University and Gulu University.\n";
    expect(agreements(text)[0]?.parties).toEqual([
      "Delta University",
      "Makerere University",
      "Kyambogo University",
      "Gulu University",
    ]);
  });
});

describe("an embassy's grant contract signed on a dated day", () => {
  it("reads the parties after 'was signed on 3 March 2023 between' and keeps the kind's words", () => {
    const text =
      "Grant\n\nThe grant contract for the Project for the Construction of Classrooms at Kasese Primary School was signed on 3 March 2023 between the Embassy of Japan and the school's management committee.\n";
    expect(agreements(text)).toEqual([
      {
        title: "Grant Contract for the Project for the Construction of Classrooms at Kasese Primary School",
        parties: ["Embassy of Japan", "school's management committee"],
      },
    ]);
  });
});
