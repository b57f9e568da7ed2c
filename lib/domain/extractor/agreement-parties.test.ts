/**
 * Parties of agreements: names cut back to their ends, signatories read as their states, subjects of
 * announcements and states named around the signing (made-up releases).
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map(({ type, title, parties }) => ({ type, title, parties }));

describe("parties read past the end of their names", () => {
  it("leaves out where a body sits, unless it is a post abroad named by its place", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - The Tarn Institute in Lakeport and Ovel University in Northtown (Freedonia) have signed a Memorandum of Understanding on joint research.",
      ).map((a) => a.parties),
    ).toEqual([["Tarn Institute", "Ovel University"]]);
    expect(
      agreements(
        "OSLO, 3 May 2024 - The Embassy of Norway in Sylvania and the Ovel Trust signed an agreement on school repairs.",
      ).map((a) => a.parties),
    ).toEqual([["Embassy of Norway in Sylvania", "Ovel Trust"]]);
  });

  it("leaves out a verb, manner or time that followed the name", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - The memorandum of understanding was signed between Ovel Holdings and Tarn Labs located in Lakeport, Freedonia.",
      ).map((a) => a.parties),
    ).toEqual([["Ovel Holdings", "Tarn Labs"]]);
    expect(
      agreements(
        "OSLO, 3 May 2024 - A Memorandum of Understanding was signed between Ovel Holdings and Tarn Labs in a short ceremony at the ministry here today.",
      ).map((a) => a.parties),
    ).toEqual([["Ovel Holdings", "Tarn Labs"]]);
  });
});

describe("signatories and datelines in the subject", () => {
  it("takes the states of signatories named by their roles, not the people", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - Norwegian Foreign Minister Ana Ruiz and Foreign Minister of Finland Ola Berg signed a Memorandum of Understanding on tourism.",
      ).map((a) => a.parties),
    ).toEqual([["Norway", "Finland"]]);
    // An organisation whose name ends in a role word is no person.
    expect(
      agreements("OSLO, 3 May 2024 - Ovel Holdings and Tarn Partners signed a definitive agreement.").map(
        (a) => a.parties,
      ),
    ).toEqual([["Ovel Holdings", "Tarn Partners"]]);
  });

  it("leaves out a dateline closed by a colon", () => {
    expect(
      agreements(
        "LAKEPORT, Oct 22: Ovel University and Tarn Institute of Technology signed a memorandum of understanding on student exchange.",
      ).map((a) => a.parties),
    ).toEqual([["Ovel University", "Tarn Institute of Technology"]]);
  });
});

describe("parties from smaller states", () => {
  it("reads two Pacific states as the parties", () => {
    expect(
      agreements("SUVA, 3 May 2024 - Fiji and Samoa signed an agreement on fisheries.").map((a) => a.parties),
    ).toEqual([["Fiji", "Samoa"]]);
  });
});

describe("one body of each country, named once in the plural", () => {
  it("reads 'between the Ministries of Foreign Affairs of A and B' as one ministry of each", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - Norway and Finland held talks. The following documents were signed:\n- Plan of cooperation between the Ministries of Foreign Affairs of Norway and Finland for 2024–2026;\n- Agreement on fisheries.",
      ).map((a) => a.parties)[0],
    ).toEqual(["Ministry of Foreign Affairs of Norway", "Ministry of Foreign Affairs of Finland"]);
  });
});

describe("a subject that points back", () => {
  it("does not take 'This partnership' for a party", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - Ovel Trust joined hands with the Tarn Directorate. This partnership, sealed through a Letter of Understanding, supports schools.",
      ).map((a) => a.parties),
    ).not.toContainEqual(["This partnership"]);
  });
});

describe("subjects of wire announcements", () => {
  const parties = (body: string) => agreements(`OSLO, 3 May 2024 - ${body}`).map((a) => a.parties);

  it("reads the subject of 'announced today the signing of', 'is pleased to announce that it has executed' and 'with the signing of'", () => {
    expect(
      parties("Ovel Holdings announced today the signing of a memorandum of understanding with Tarn Labs."),
    ).toEqual([["Ovel Holdings", "Tarn Labs"]]);
    expect(
      parties("Ovel Holdings is pleased to announce that it has executed a license agreement with Tarn Labs."),
    ).toEqual([["Ovel Holdings", "Tarn Labs"]]);
    expect(
      parties("Ovel Holdings and Tarn Labs formalised their partnership with the signing of a cooperation agreement."),
    ).toEqual([["Ovel Holdings", "Tarn Labs"]]);
  });
});

describe("states named around the signing", () => {
  const parties = (body: string) => agreements(`OSLO, 3 May 2024 - ${body}`).map((a) => a.parties);

  it("reads 'on behalf of A and … on behalf of B', two country adjectives before the signatories, and 'the A-B agreement'", () => {
    expect(
      parties(
        "An agreement on fisheries was signed by Ola Berg on behalf of Norway and Ana Ruiz on behalf of Finland.",
      ),
    ).toEqual([["Norway", "Finland"]]);
    expect(parties("The Norwegian and Finnish foreign ministers signed an agreement on fisheries.")).toEqual([
      ["Norway", "Finland"],
    ]);
    expect(parties("The Norway-Finland agreement on fisheries was signed today.")).toEqual([["Norway", "Finland"]]);
  });
});

describe("signatories read as the bodies they signed for", () => {
  const parties = (body: string) =>
    agreements(`Water news\n\n${body} The project will bring water to 12 villages.`).map((a) => a.parties);

  it("reads the body after a signatory's role, after the name, or after 'on behalf of'", () => {
    expect(
      parties(
        "Ovel and Tarn cooperate in water. The MoU was signed by Vice-Chancellor Jane Doe of Ovel University and President John Roe of Tarn University.",
      ),
    ).toEqual([["Ovel University", "Tarn University"]]);
    expect(
      parties(
        "Ovel and Tarn cooperate in water. The agreement was signed by Jane Doe, Director of the Ovel Water Board, and John Roe, Chief Executive of Tarn Port Company.",
      ),
    ).toEqual([["Ovel Water Board", "Tarn Port Company"]]);
    expect(
      parties(
        "Ovel and Tarn cooperate in water. The memorandum was signed by Jane Doe on behalf of the Ovel Water Board and by John Roe, Director of the Tarn Water Company.",
      ),
    ).toEqual([["Ovel Water Board", "Tarn Water Company"]]);
  });

  it("reads signatories in the next sentence ('It was signed by …')", () => {
    expect(
      parties(
        "A memorandum of understanding on water management was signed today. It was signed by Jane Doe on behalf of the Ovel Water Board and by John Roe, Director of the Tarn Water Company.",
      ),
    ).toEqual([["Ovel Water Board", "Tarn Water Company"]]);
  });

  it("reads a contract signed between an ambassador and a company's director, far after the document", () => {
    const got = agreements(
      "Signing of a grant contract\n\nA contract on “Grant Assistance for Grass-Roots Projects” known as “GGP”, totaling at €28,400, was signed between H. E. Mr. Taro Sato, Ambassador of Japan to Norway and Mr. Ola Berg, Managing Director of Tarn Rural Water and Wastewater Company regarding “The Project for Water”.",
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ type: "CONTRACT", parties: ["Japan", "Tarn Rural Water and Wastewater Company"] });
  });
});

describe("company wires: deals, suffixes and defined terms", () => {
  const got = (sentence: string) =>
    agreements(
      `Ovel Therapeutics and Tarn Labs Announce Collaboration\n\nBOSTON, March 5, 2024 /PRNewswire/ -- ${sentence}\n\n"We are delighted," said Jane Doe, CEO of Ovel.\n`,
    ).map((a) => [a.title, a.parties.join("; ")]);

  it("keeps a company's suffix with its name and reads the party after a defined term", () => {
    expect(
      got("Ovel Therapeutics, Inc. and Tarn Labs Ltd. have executed a co-promotion agreement for Ovelex in Europe."),
    ).toEqual([["Co-promotion Agreement for Ovelex in Europe", "Ovel Therapeutics, Inc.; Tarn Labs Ltd."]]);
    expect(
      got(
        'Ovel Therapeutics, Inc. ("Ovel") is pleased to announce that it has entered into a Memorandum of Understanding ("MOU") with Tarn Labs Ltd. ("Tarn").',
      ),
    ).toEqual([["Memorandum of Understanding", "Ovel Therapeutics, Inc.; Tarn Labs Ltd."]]);
    expect(
      got("Ovel Therapeutics, Inc. announced today that it has signed a non-binding term sheet with Tarn Labs Ltd."),
    ).toEqual([["Non-binding Term Sheet", "Ovel Therapeutics, Inc.; Tarn Labs Ltd."]]);
  });

  it("reads the company to be acquired under a definitive agreement", () => {
    expect(
      got(
        "Ovel Therapeutics, Inc. today announced the signing of a definitive agreement under which Ovel will acquire Tarn Labs Ltd. for $200 million.",
      ),
    ).toEqual([["Definitive Agreement", "Ovel Therapeutics, Inc.; Tarn Labs Ltd."]]);
  });

  it("reads a collaboration, partnership or license a company entered, obtained or announced, with its partner", () => {
    expect(
      got(
        "Ovel Therapeutics, Inc. and Tarn Labs Ltd. today announced a strategic collaboration to develop cell therapies.",
      ),
    ).toEqual([["Strategic Collaboration", "Ovel Therapeutics, Inc.; Tarn Labs Ltd."]]);
    expect(
      got(
        "Ovel Therapeutics, Inc. today announced that it has obtained an exclusive, worldwide license from Tarn University to develop TL-101.",
      ),
    ).toEqual([["License", "Ovel Therapeutics, Inc.; Tarn University"]]);
  });

  it("takes no deal without its parties, nor 'in collaboration with'", () => {
    expect(got("So we have signed an intent of collaboration for joint research.")).toEqual([]);
    expect(got("Ovel Therapeutics, Inc. develops TL-101 in collaboration with Tarn Labs Ltd.")).toEqual([]);
  });
});

describe("a news agency's dateline and initials in a name", () => {
  it("leaves the dateline closed by the agency's credit out of the parties and keeps initials in a name", () => {
    expect(
      agreements(
        "Monrovia, Sep 9 (IANS) The state-run University of Liberia (UL) and India’s O.P. Jindal Global University (JGU) have signed a memorandum of understanding (MoU) for research collaboration, an official statement said Monday.\n\nThe work starts in June.",
      ).map((a) => a.parties),
    ).toEqual([["University of Liberia", "O.P. Jindal Global University"]]);
  });
});

describe("collective subjects and trailing phrases", () => {
  const parties = (s: string) => agreements(`${s}\n\nThe work starts in June.`).map((a) => a.parties);

  it("reads 'the two neighbours' and 'our two countries' as the two states", () => {
    expect(
      parties(
        "OSLO, 3 May 2024 - Norway and Finland held talks. The two neighbours signed a memorandum of understanding on border crossings.",
      ),
    ).toEqual([["Norway", "Finland"]]);
    expect(
      parties(
        "OSLO, 3 May 2024 - Norway and Finland held talks. Our two countries signed a treaty on border crossings today, the minister said.",
      ),
    ).toEqual([["Norway", "Finland"]]);
  });

  it("cuts a party where a participle or the place of the ceremony follows its name", () => {
    expect(
      parties(
        "OSLO, 3 May 2024 - An MoU was signed between the Ovel Water Board and Tarn University at a ceremony in Oslo on Friday.",
      ),
    ).toEqual([["Ovel Water Board", "Tarn University"]]);
  });
});

describe("bodies named once in the plural", () => {
  const parties = (s: string) => agreements(`${s}\n\nThe work starts in June.`).map((a) => a.parties);

  it("reads each portfolio after 'Ministries of … and …' as a ministry of the country named", () => {
    expect(
      parties(
        "OSLO, 3 May 2024 - The ministries of health and education of Norway signed a memorandum of understanding on school meals.",
      ),
    ).toEqual([["Ministry of Health of Norway", "Ministry of Education of Norway"]]);
  });

  it("reads 'the Ministries of Foreign Affairs of A and B' as one ministry of each state", () => {
    expect(
      parties(
        "OSLO, 3 May 2024 - The Ministries of Foreign Affairs of Norway and Finland signed a memorandum of understanding on consular help.",
      ),
    ).toEqual([["Ministry of Foreign Affairs of Norway", "Ministry of Foreign Affairs of Finland"]]);
  });
});

describe("bodies and names of batch 12's development half (issue 15, round 7)", () => {
  const TEXT =
    "ANKARA, 29 March 2022 - Uzbekistan and Turkey signed documents.\n\nThese include:\n\n– Action Plan for 2022-2023 between Ministries of Health;\n\n– Agreement between the Customs General Administrations of the two countries on mutual recognition of certified enterprises;\n\n– Exchange of letters on the harbour project respectively.";
  const got = () => extractRelease(TEXT).agreements.map(({ title, parties }) => ({ title, parties }));

  it("names a state as the text does ('Turkey'), not by the table's preferred name", () => {
    expect(got()[0]?.parties).toEqual(["Ministry of Health of Uzbekistan", "Ministry of Health of Turkey"]);
  });

  it("reads 'the X Administrations of the two countries' as that body of each state", () => {
    expect(got()[1]?.parties).toEqual([
      "Customs General Administration of Uzbekistan",
      "Customs General Administration of Turkey",
    ]);
  });

  it("ends an item before 'respectively'", () => {
    expect(got()[2]?.title).toBe("Exchange of letters on the harbour project");
  });

  it("does not keep 'corresponding' in a title", () => {
    expect(
      extractRelease(
        "BUENOS AIRES, 3 May 2017 - Siemens and the ministry signed a corresponding letter of intent.",
      ).agreements.map((a) => a.title),
    ).toEqual(["Letter of Intent"]);
  });
});

describe("a document 'signed today between' its parties", () => {
  it("reads the parties after a time word in the passive, and after the bare participle", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - A Memorandum of Understanding was signed today between the Oslo Land Company and the Bergen Trust.",
      ).map((a) => a.parties),
    ).toEqual([["Oslo Land Company", "Bergen Trust"]]);
    expect(
      agreements(
        "OSLO, 3 May 2024 - The Government has welcomed a Memorandum of Understanding (MOU) signed today between the Oslo Land Company and the Bergen Trust for housing developments, the Minister said.",
      ),
    ).toEqual([
      {
        type: "MEMORANDUM_OF_UNDERSTANDING",
        title: "Memorandum of Understanding",
        parties: ["Oslo Land Company", "Bergen Trust"],
      },
    ]);
  });

  it("does not take a document signed between two parties years ago, one only planned, or one named again", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - Under the Memorandum of Understanding signed in 2015 between the Oslo Land Company and the Bergen Trust, houses were built.",
      ),
    ).toEqual([]);
    expect(
      agreements(
        "OSLO, 3 May 2024 - A Memorandum of Understanding to be signed today between the Oslo Land Company and the Bergen Trust will open the door to housing.",
      ),
    ).toEqual([]);
    expect(
      agreements(
        "OSLO, 3 May 2024 - The Oslo Land Company and the Bergen Trust signed a Memorandum of Understanding. The MoU signed between the two bodies aims to open the door to housing.",
      ).map((a) => a.title),
    ).toEqual(["Memorandum of Understanding"]);
  });
});

describe("three parties each with its article", () => {
  it("reads 'between the A, the B and the C' as three parties, and still ends a clause at ', the … said'", () => {
    expect(
      agreements(
        "OSLO, 3 May 2024 - A Memorandum of Understanding was signed between the Oslo Land Company, the Bergen Trust and the Ministry of Housing.",
      ).map((a) => a.parties),
    ).toEqual([["Oslo Land Company", "Bergen Trust", "Ministry of Housing"]]);
    expect(
      agreements(
        "OSLO, 3 May 2024 - A Memorandum of Understanding was signed between the Oslo Land Company and the Bergen Trust, the Minister said.",
      ).map((a) => a.parties),
    ).toEqual([["Oslo Land Company", "Bergen Trust"]]);
  });
});
