/**
 * Round 9 of the extractor against real releases (issue 15): formats seen in the development halves of
 * the openly licensed batches 14–16 (New Zealand, United States, Australian releases), each written
 * again here as a made-up release.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map(({ type, title, parties }) => ({ type, title, parties }));
const titles = (text: string) => agreements(text).map((a) => a.title);

describe("a document named again", () => {
  it("reads 'the transfer arrangement between A and B also provides' as the arrangement signed above", () => {
    const found = agreements(
      [
        "Northland and Southland sign transfer deal",
        "Northland and Southland today signed an arrangement to manage river transport.",
        "The transfer arrangement between Northland and Southland also provides that boats are inspected.",
      ].join("\n\n"),
    );
    expect(found).toEqual([{ type: "AGREEMENT", title: "Arrangement", parties: ["Northland", "Southland"] }]);
  });

  it("reads 'This Arrangement on X adds …' as the arrangement on X signed above", () => {
    expect(
      titles(
        [
          "Northland and Southland sign migration arrangement",
          "Northland and Southland have signed a Bilateral Arrangement on Migration and Protection detailing our commitments.",
          "This Arrangement on Migration and Protection adds to the regional framework.",
        ].join("\n\n"),
      ),
    ).toEqual(["Bilateral Arrangement on Migration and Protection"]);
  });

  it("keeps the fuller name of a document first named by its kind, neither with parties", () => {
    expect(
      titles(
        [
          "Partnership arrangement signed",
          "Prime Minister Jane Roe and Alliance Secretary-General John Doe today signed a partnership arrangement to maintain and strengthen the strong co-operation that Northland has developed with the Alliance.",
          "The Individual Partnership and Co-operation Programme Arrangement was signed today at a ceremony at the Alliance's headquarters in Port Vale.",
        ].join("\n\n"),
      ),
    ).toEqual(["Individual Partnership and Co-operation Programme Arrangement"]);
  });
});

describe("parties", () => {
  it("ends the parties where the document's own verb begins", () => {
    expect(
      agreements(
        "PORT VALE, 3 May 2024 - The river arrangement between Northland and Southland sets out the rules, officials said after they signed it.",
      ).flatMap((a) => a.parties),
    ).not.toContain("Southland sets out the rules");
    expect(
      agreements(
        "PORT VALE, 3 May 2024 - Officials signed today the arrangement between Northland and Southland, which also provides for inspections.",
      )[0]?.parties,
    ).toEqual(["Northland", "Southland"]);
  });
});

describe("signings to come and documents referred to", () => {
  it("does not take a journey for a signing to come for the signing itself", () => {
    expect(
      agreements(
        "Prime Minister Jane Roe will lead a large Northland delegation to Southland's capital next month for events associated with the signing of the Northland-Southland Free Trade Agreement (FTA).",
      ),
    ).toEqual([]);
  });

  it("does not take a declaration the parties will advance, or a treaty their principles are grounded in, for one signed", () => {
    expect(
      titles(
        [
          "Northland and Southland have signed a Bilateral Arrangement on Fisheries detailing our commitments.",
          "We look forward to working with Southland to advance the Port Vale Declaration on Fisheries ahead of the summit.",
          "By this arrangement both commit to principles grounded in the Sea Treaty of 1982.",
        ].join("\n\n"),
      ),
    ).toEqual(["Bilateral Arrangement on Fisheries"]);
  });

  it("does not take a year past a comma for the year of the signing", () => {
    expect(
      agreements(
        "Northland's space agency and Southland's space agency announced Thursday they signed an agreement to expand their work on the rover, a mission launching in 2028.",
      ),
    ).toHaveLength(1);
  });
});

describe("headings and documents joined to one signed", () => {
  it("does not read a heading in capitals as a document of its own", () => {
    expect(
      titles(
        [
          "Fact sheet: the leaders' visit",
          "",
          "**SECURING THE RIVER PROSPERITY DEAL:** During the visit the two leaders signed the River Prosperity Deal",
          "(RPD), a landmark science and technology agreement that will propel relations to new heights.",
        ].join("\n"),
      ),
    ).toEqual(["River Prosperity Deal"]);
  });

  it("reads the document joined by 'and accompanying' to one whose signing is told", () => {
    expect(
      titles(
        "In Port Vale the Prime Minister witnessed the signing of the Comprehensive Economic Partnership Agreement (CEPA) and accompanying investment treaty by the two trade ministers.",
      ),
    ).toEqual(["Comprehensive Economic Partnership Agreement", "Investment Treaty"]);
  });
});

describe("batch 16's development releases", () => {
  it("does not take 'We will also enter into a Memorandum …' for a signing done", () => {
    expect(
      agreements(
        "Her Majesty and I will visit the new port. We will also enter into a Memorandum of Understanding on countering money-laundering.",
      ),
    ).toEqual([]);
  });

  it("reads 'this arrangement between A and B' after a memorandum as that memorandum", () => {
    expect(
      titles(
        [
          "Northland and Southland have signed a Memorandum of Understanding (MOU) for a regional centre in Southland.",
          "The signing today formalises this arrangement between Northland and Southland.",
        ].join("\n\n"),
      ),
    ).toEqual(["Memorandum of Understanding for a regional centre in Southland"]);
  });

  it("reads a document's name holding another kind and a short name as one document", () => {
    expect(
      titles(
        "Prime Minister Jane Roe and Prime Minister John Doe signed the Northland-Southland Closer Economic Relations Trade Agreement (NSCERTA) Investment Protocol in Port Vale today.",
      ),
    ).toEqual(["Investment Protocol"]);
  });
});

describe("documents counted off in a visit report (batch 18's development half)", () => {
  const LEAD =
    "OSLO, 10 June 2022 - Following the talks, a Declaration on Partnership between Norway and Finland was signed.";

  it("splits 'agreements on A, B and C … and on D' at the preposition said again, with the sides as parties", () => {
    expect(
      agreements(
        `${LEAD} Also the parties signed intergovernmental agreements on preventing, identifying and curbing suspicious transactions by participants in foreign trade and on cooperation in the sphere of plant quarantine.`,
      ).slice(1),
    ).toEqual([
      {
        type: "AGREEMENT",
        title:
          "Agreement on preventing, identifying and curbing suspicious transactions by participants in foreign trade",
        parties: ["Norway", "Finland"],
      },
      {
        type: "AGREEMENT",
        title: "Agreement on cooperation in the sphere of plant quarantine",
        parties: ["Norway", "Finland"],
      },
    ]);
  });

  // Since round 17 the other documents named by their topic are a fourth proposal, as the release's
  // annotation counts them.
  it("reads 'memorandums on A and B, C, and D, as well as other documents on E' as three memoranda and the documents on E", () => {
    expect(
      agreements(
        "MOSCOW, 10 June 2022 - The Russian and Turkmenistani representatives signed interdepartmental memorandums on cooperation in transport and transit, the construction sector, and banking supervision, as well as other documents on trade.",
      ),
    ).toEqual(
      [
        "Memorandum on cooperation in transport and transit",
        "Memorandum on the construction sector",
        "Memorandum on banking supervision",
      ]
        .map((title) => ({ type: "MEMORANDUM_OF_UNDERSTANDING", title, parties: ["Russia", "Turkmenistan"] }))
        .concat([{ type: "OTHER", title: "Documents on trade", parties: ["Russia", "Turkmenistan"] }]),
    );
  });
});

describe("a fact sheet's documents of one kind (batch 15's development half)", () => {
  it("reads each 'X and Y signed an MOU' with its own signers, bullets and bold aside", () => {
    expect(
      agreements(
        [
          "Fact sheet: the visit",
          "",
          "- **Acme Health and Tarn University **signed an MOU to create an oncology centre.",
          "- **Zeta Soft and the Government of Norway** signed an MOU to secure digital infrastructure.",
        ].join("\n"),
      ),
    ).toEqual([
      { type: "MEMORANDUM_OF_UNDERSTANDING", title: "MOU", parties: ["Acme Health", "Tarn University"] },
      { type: "MEMORANDUM_OF_UNDERSTANDING", title: "MOU", parties: ["Zeta Soft", "Government of Norway"] },
    ]);
  });

  it("still reads a second 'an MOU' without signers of its own as the first one", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - Acme Health and Tarn University signed an MOU to create an oncology centre. Officials said an MOU was signed in the presence of the minister.",
      ),
    ).toHaveLength(1);
  });
});
