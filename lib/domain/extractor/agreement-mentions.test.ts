/**
 * Agreements named in running text: summaries, deals, headlines, programmes, documents named again
 * (made-up releases).
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map(({ type, title, parties }) => ({ type, title, parties }));

describe("programmes named without a signing", () => {
  it("does not take a quoted programme for a document when nothing is signed, nor views exchanged for a signing", () => {
    expect(
      agreements(
        'OSLO, 3 May 2024 - During the meeting, the parties exchanged views on education and praised the results of the "Rural School Meals Programme" project run with Finland.',
      ),
    ).toEqual([]);
    expect(
      agreements(
        'OSLO, 3 May 2024 - Norway and Finland signed the "Programme of Cultural Exchanges for 2024-2026" in Oslo.',
      ).map((a) => a.title),
    ).toEqual(["Programme of Cultural Exchanges for 2024-2026"]);
  });

  it("still reads documents exchanged", () => {
    expect(
      agreements("OSLO, 3 May 2024 - Norway and Finland exchanged the Agreement on Fisheries.").map((a) => a.title),
    ).toEqual(["Agreement on Fisheries"]);
  });
});

describe("a joint statement named by its kind after another document", () => {
  it("reads 'the heads of state also concluded the joint statement' as the two states' own document", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - Norway and Finland signed a Treaty on Strategic Partnership. The heads of state also concluded the joint statement on regional security.",
      ),
    ).toEqual([
      { type: "TREATY", title: "Treaty on Strategic Partnership", parties: ["Norway", "Finland"] },
      { type: "JOINT_DECLARATION", title: "Joint Statement on regional security", parties: ["Norway", "Finland"] },
    ]);
  });

  it("still takes 'the memorandum' after a partnership agreement for the same document", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - Norway and the Tarn Fund signed a partnership agreement today. Ola Berg and Ana Ruiz signed the Memorandum of Understanding at the forum.",
      ).map((a) => a.title),
    ).toEqual(["Partnership Agreement"]);
  });
});

describe("amounts before the kind, and signatories after 'signed by'", () => {
  it("reads 'a $50 million loan agreement' as a loan agreement signed here", () => {
    expect(
      agreements("OSLO, 3 May 2024 - Ovel Holdings signed a $50 million loan agreement with the Tarn Bank."),
    ).toEqual([{ type: "AGREEMENT", title: "Loan Agreement", parties: ["Ovel Holdings", "Tarn Bank"] }]);
  });

  it("takes the states of the ministers who signed, not the ministers", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - The agreement was signed by Norwegian Foreign Minister Ola Berg and his Finnish counterpart Ana Ruiz.",
      ).map((a) => a.parties),
    ).toEqual([["Norway", "Finland"]]);
  });
});

describe("deals", () => {
  it("reads a deal signed here, not one talked about", () => {
    expect(agreements("OSLO, 3 May 2024 - Norway and Finland inked a deal on fisheries.")).toEqual([
      { type: "AGREEMENT", title: "Deal on fisheries", parties: ["Norway", "Finland"] },
    ]);
    expect(
      agreements("OSLO, 3 May 2024 - Ovel Holdings and Tarn Labs sealed a partnership deal.").map((a) => a.title),
    ).toEqual(["Partnership Deal"]);
    expect(agreements("OSLO, 3 May 2024 - Norway and Finland hope to sign a trade deal next year.")).toEqual([]);
    expect(agreements("OSLO, 3 May 2024 - Talks on a trade deal between Norway and Finland went on.")).toEqual([]);
  });
});

describe("the headline's signing when the body gives none", () => {
  it("reads 'X signs agreement with Y' in the headline when the body only renews it", () => {
    expect(
      agreements(
        "Ovel signs six-year agreement with Tarn Relief Fund\n\n2024-05-03 - Ovel has renewed a six-year agreement to support the Geneva-based Tarn Relief Fund.",
      ),
    ).toEqual([{ type: "AGREEMENT", title: "Agreement", parties: ["Ovel", "Tarn Relief Fund"] }]);
  });

  it("does not read a headline's plan, nor the headline when the body names the document", () => {
    expect(
      agreements("Ovel to sign agreement with Tarn Relief Fund\n\n2024-05-03 - Ovel plans to support the fund."),
    ).toEqual([]);
    expect(
      agreements(
        "Ovel signs agreement with Tarn Relief Fund\n\n2024-05-03 - Ovel and the Tarn Relief Fund signed a Grant Agreement on water.",
      ).map((a) => a.title),
    ).toEqual(["Grant Agreement"]);
  });
});

describe("a definite name for the document signed before", () => {
  it("takes 'The Development Grant Agreement amendment was …' after 'A and B signed an amended agreement' for the same document", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - Norway and the Tarn Fund signed an amended agreement for more support. The Development Grant Agreement amendment was signed in a ceremony on Monday by Ola Berg and Ana Ruiz.",
      ).map((a) => a.title),
    ).toEqual(["Amended Agreement"]);
  });
});

describe("a plural whose preposition is said again", () => {
  it("reads 'agreements on fisheries and on tourism' as two documents, 'on science and technology' as one", () => {
    expect(
      agreements("OSLO, 3 May 2024 - Norway and Finland signed agreements on fisheries and on tourism.").map(
        (a) => a.title,
      ),
    ).toEqual(["Agreement on fisheries", "Agreement on tourism"]);
    expect(
      agreements("OSLO, 3 May 2024 - Norway and Finland signed agreements on science and technology.").map(
        (a) => a.title,
      ),
    ).toEqual(["Agreement on science and technology"]);
  });
});

describe("an MoU named again by its abbreviation", () => {
  it("takes 'The MoU on Cooperation between A and B will …' for the Memorandum on Strengthening Cooperation named before", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - Norway and Finland signed the “Memorandum of Understanding on Strengthening Cooperation between the Ministry of Foreign Affairs of Norway and the Ministry of Foreign Affairs of Finland”. The MoU on Cooperation between the Ministry of Foreign Affairs of Norway and the Ministry of Foreign Affairs of Finland will deepen their ties.",
      ).map((a) => a.title),
    ).toEqual(["Memorandum of Understanding on Strengthening Cooperation"]);
  });
});

describe("a programme named as the partner", () => {
  it("does not take 'the UN Tarn Relief Programme' after 'with' for a second document", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - The Government has signed a three-year strategic partnership agreement with the UN Tarn Relief Programme.",
      ).map((a) => a.title),
    ).toEqual(["Three-year Strategic Partnership Agreement"]);
  });
});

describe("a document named right after its signing is told (issue 15, round 7)", () => {
  it("reads 'this Sister City Agreement' after a sentence about the signing ceremony", () => {
    expect(
      agreements(
        "The City of Tarn signs a new sister city.\n\nThe Official Sister City Signing Ceremony took place on October 24 at the council chambers.\n\nThe objective of this Sister City Agreement is to promote commerce and culture.",
      ).map((a) => a.title),
    ).toEqual(["Sister City Agreement"]);
  });

  it("does not when the sentence before tells of a signing still to come", () => {
    expect(
      agreements(
        "The City of Tarn will sign with a new sister city.\n\nThe signing ceremony will take place on October 24.\n\nThe objective of this Sister City Agreement is to promote commerce and culture.",
      ),
    ).toEqual([]);
  });
});

describe("titles as documents are named (issue 15, round 7)", () => {
  it("names each of 'two cooperation agreements' a Cooperation Agreement, and takes no party from 'According to …'", () => {
    const got = agreements(
      "ATHENS, 3 May 2024 - According to a statement issued by Ovel, the French company signed “two cooperation agreements for development projects in Greece”.",
    );
    expect(got.map((a) => a.title)).toEqual(["Cooperation Agreement"]);
    expect(got.flatMap((a) => a.parties).filter((p) => /according/i.test(p))).toEqual([]);
  });

  it("leaves where the subject is out of a title", () => {
    expect(
      agreements(
        "KATHMANDU, 3 May 2024 - The Embassy of India and the municipality signed a Memorandum of Understanding for the construction of a library building for Shree Mahadev School located in Humla.",
      ).map((a) => a.title),
    ).toEqual(["Memorandum of Understanding for the construction of a library building for Shree Mahadev School"]);
  });

  it("leaves the funded project out of a title", () => {
    expect(
      agreements(
        "TEHRAN, 7 March 2024 - Two contracts were signed between the Embassy of Japan and local authorities:\n\n1. The contract on granting a donation of €67,065 to the Vocational Training Organization regarding “The project for introduction of equipment”.\n\n2. The contract on granting a donation of €71,488 to the Education Office regarding “The project for construction of a school”.",
      ).map((a) => a.title),
    ).toEqual([
      "Contract on granting a donation of €67,065 to the Vocational Training Organization",
      "Contract on granting a donation of €71,488 to the Education Office",
    ]);
  });
});

describe("a title that opens with a place called New …", () => {
  it("keeps 'New Zealand', 'New Delhi' and the like in the title, and still drops a judging 'New'", () => {
    expect(
      agreements(
        "WELLINGTON, 7 April 2008 - Prime Minister Helen Clark and Premier Wen Jiabao witnessed the signing of the New Zealand-China Free Trade Agreement in Beijing.",
      ).map((a) => a.title),
    ).toEqual(["New Zealand-China Free Trade Agreement"]);
    expect(
      agreements("DELHI, 3 May 2024 - India and Finland signed the New Delhi Declaration on Digital Health.").map(
        (a) => a.title,
      ),
    ).toEqual(["New Delhi Declaration on Digital Health"]);
    expect(
      agreements("OSLO, 3 May 2024 - Norway and Finland signed a New Fisheries Agreement.").map((a) => a.title),
    ).toEqual(["Fisheries Agreement"]);
  });
});

describe("documents a release names without their signing here", () => {
  it("does not take a signing the leaders 'will witness' for one done", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - In a step forward, the King and I will witness the signing of a Joint Declaration on Enhanced Cooperation to elevate our ties.",
      ),
    ).toEqual([]);
  });

  it("takes a document that 'follows on from' another for the new one only", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - The two Prime Ministers witnessed the signing of a Trade and Investment Framework Arrangement. The Framework follows on from the Joint Declaration on Enhanced Cooperation signed during the President's visit.",
      ).map((a) => a.title),
    ).toEqual(["Trade and Investment Framework Arrangement"]);
  });

  it("reads 'a bold and innovative arrangement between the two countries' as the arrangement signed, not a new title", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - The Norwegian and Finnish governments today signed a groundbreaking arrangement to combat smuggling. This is a bold and innovative arrangement between two countries that have a long-standing and strong cooperative relationship.",
      ).map((a) => a.title),
    ).toEqual(["Arrangement"]);
  });
});

describe("a document named in quotation marks as the ground of the new one", () => {
  it("takes 'falls under the “Framework Agreement …”' for a document signed before", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - Norway and Finland have signed an agreement on lunar rovers. The arrangement falls under the “Framework Agreement Between the Government of Norway and the Government of Finland for Cooperation in Space,” which was signed in January 2023.",
      ).map((a) => a.title),
    ).toEqual(["Agreement on lunar rovers"]);
  });
});

describe("documents counted over the years", () => {
  it("does not take 'To date, A and B have signed 288 documents, including the Treaty …' for this release's", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - The presidents held talks and signed a Memorandum on Transport Cooperation. To date, Norway and Finland have signed 288 international documents, including such fundamental ones as the Treaty of Friendship and Cooperation and the Treaty on Strategic Partnership.",
      ).map((a) => a.title),
    ).toEqual(["Memorandum on Transport Cooperation"]);
  });
});
