/**
 * Agreements in made-up visit reports shaped like the largest error clusters of the frozen halves
 * (issue 15, round 12; `npm run eval:extract -- --by-feature`: visit reports, several documents,
 * lists of documents): the documents a summary names after telling that documents were signed.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

// Real states: the parties of a visit report's documents are the two states the release is about.
const VISIT =
  "Chilean-Norwegian talks\n\nThe President of Chile held talks with the Prime Minister of Norway in Oslo.\n\n";

describe("the documents a visit report lists after its signing", () => {
  it("reads 'The intergovernmental documents include A, B, and C' after 'documents were signed'", () => {
    const text =
      VISIT +
      "A number of intergovernmental and commercial documents were signed in the presence of the two leaders. The intergovernmental documents include an agreement on military-technical cooperation, an agreement on cooperation in the field of intellectual property, and a protocol amending the agreement on trade.\n";
    const found = agreements(text);
    expect(found.map((a) => a.title.split(" ")[0])).toEqual(["Agreement", "Agreement", "Protocol"]);
    expect(found[1]!.title).toBe("Agreement on cooperation in the field of intellectual property");
    // The two states of the report sign what their governments' documents are.
    for (const a of found) expect(a.parties).toEqual(["Chile", "Norway"]);
  });

  it("reads 'The documents signed include A and B' without a signing before it", () => {
    const text =
      VISIT +
      "The documents signed include an agreement on visa-free travel and a memorandum on cooperation in tourism.\n";
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Agreement on visa-free travel",
      "Memorandum on cooperation in tourism",
    ]);
  });

  it("does not read documents that 'include' provisions as a list of documents signed", () => {
    const text =
      VISIT +
      "The presidents discussed trade. The documents under discussion include an agreement on fisheries and a memorandum on tourism.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("a period in a document's topic", () => {
  it("reads 'on holding years of youth exchanges in 2023–2024' as the topic, not an earlier signing", () => {
    const text =
      VISIT +
      "In addition, the sides signed a memorandum of understanding on port development, and a joint statement on holding years of youth exchanges in 2023–2024.\n";
    expect(agreements(text)).toEqual([
      { title: "Memorandum of Understanding on port development", parties: ["Chile", "Norway"] },
      // The title ends before the year, as titles do; the period no longer reads as a signing date.
      { title: "Joint Statement on holding years of youth exchanges", parties: ["Chile", "Norway"] },
    ]);
  });

  it("still takes 'signed in 2009' for an earlier signing", () => {
    const text = VISIT + "The sides recalled the joint statement on youth exchanges signed in 2009.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("bodies the release leaves unnamed", () => {
  it("takes 'between the relevant ministries' in a report on two states for the two states", () => {
    const text =
      VISIT +
      "The sides also signed a joint statement between the relevant ministries on holding years of sport exchanges.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Chile", "Norway"]]);
  });
});

describe("a list of documents that goes on to another kind", () => {
  it("ends 'memorandums on A and on B' before ', as well as a contract between X and Y'", () => {
    const text =
      VISIT +
      "The documents signed include memorandums on rural development and on space, as well as a contract between Norsk Kraft and Codelco.\n";
    expect(agreements(text)).toEqual([
      { title: "Memorandum on rural development", parties: ["Chile", "Norway"] },
      { title: "Memorandum on space", parties: ["Chile", "Norway"] },
      { title: "Contract", parties: ["Norsk Kraft", "Codelco"] },
    ]);
  });
});

describe("a clause before the one that tells the signing", () => {
  it("leaves 'The Joint Action Plan was adopted, and' out of the subject 'the sides'", () => {
    const text =
      VISIT +
      "The Joint Action Plan for 2024–2026 was adopted, and the sides signed a memorandum on tourism cooperation.\n";
    expect(agreements(text)).toEqual([{ title: "Memorandum on tourism cooperation", parties: ["Chile", "Norway"] }]);
  });

  it("keeps a subject listed with an Oxford comma", () => {
    const text = VISIT + "Norsk Kraft, Codelco, and Enap signed a memorandum on hydrogen.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Norsk Kraft", "Codelco", "Enap"]]);
  });
});

describe("old transcripts wrapped at a fixed width", () => {
  it("ends a title wrapped onto the next line at 'were'", () => {
    const text =
      "KOONDOO LAND CLAIM\n\nHeads of Agreement for the settlement of the Koondoo land claim\nwere signed today by the Commonwealth and the Koondoo Land Council.\n";
    // (Since round 17 the title keeps "Heads of": a Heads of Agreement is a document of its own kind.)
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Heads of Agreement for the settlement of the Koondoo land claim",
    ]);
  });

  it("does not take the agreement 'to amend the River Murray Waters Agreement' for one signed here", () => {
    const text =
      "RIVER MURRAY WATERS\n\nThe Premiers of New South Wales and Victoria today signed an agreement to amend the River Murray Waters Agreement.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Agreement"]);
  });

  it("reads the subject after an occasion written without its comma", () => {
    const text =
      VISIT + "At the same meeting the Presidents of Chile and Norway also signed a memorandum on tourism.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Chile", "Norway"]]);
  });
});

describe("a document's term before its kind", () => {
  it("reads 'have signed a 27-year contract with' as a contract signed here", () => {
    const text =
      "Tanker deal\n\nLONDON, 27 March 2008 - Northwind Ltd, a Kestrel-led consortium, have signed a 27-year contract with the Defence Ministry to supply 14 tankers.\n";
    expect(agreements(text)).toEqual([{ title: "27-year Contract", parties: ["Northwind Ltd", "Defence Ministry"] }]);
  });
});

describe("a company that says it signed", () => {
  it("takes 'Kestrel Airways said it had signed a memorandum with …' for Kestrel Airways", () => {
    const text =
      "Jet deal\n\nLONDON, 27 March 2008 - Kestrel Airways said it had signed a memorandum with Northwind Aerospace for 20 jets.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Kestrel Airways", "Northwind Aerospace"]]);
  });
});

describe("a company's officer among the signatories", () => {
  it("takes 'Minister … of Ukraine X and the CEO of Alstom Y' for Ukraine and Alstom, not the other state", () => {
    const text =
      "Following the meeting of the Presidents of Ukraine and France, documents were signed\n\nPresident of Ukraine Volodymyr Zelenskyy met with President of France Emmanuel Macron. In the presence of the Heads of State, Minister of Infrastructure of Ukraine Oleksandr Kubrakov and the CEO of Alstom Henri Poupart-Lafarge signed a memorandum on the supply of 50 locomotives.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Ukraine", "Alstom"]]);
  });

  it("still gives a minister and an ambassador their states", () => {
    const text =
      "Documents signed\n\nPresident of Ukraine Volodymyr Zelenskyy met with President of France Emmanuel Macron. Minister of Infrastructure of Ukraine Oleksandr Kubrakov and Ambassador of France Etienne Poncins signed a memorandum on railways.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Ukraine", "France"]]);
  });
});

describe("transcripts after a visit's summary", () => {
  it("reads 'the Treaties of … between A and B and between A and C' as one treaty with each", () => {
    const text =
      "Treaties signed\n\nThe President also signed, with the heads of the two provinces, the Treaties of Friendship and Cooperation between the Republic of Chile and the Province of Arauco and between the Republic of Chile and the Province of Biobío.\n";
    expect(agreements(text)).toEqual([
      { title: "Treaty of Friendship and Cooperation", parties: ["Republic of Chile", "Province of Arauco"] },
      { title: "Treaty of Friendship and Cooperation", parties: ["Republic of Chile", "Province of Biobío"] },
    ]);
  });

  it("takes the declaration a transcript names again with its parties in the other order for the same one", () => {
    const text =
      VISIT +
      "Following the talks, the two leaders signed the Declaration on Allied Interaction between the Republic of Chile and the Kingdom of Norway. * * * President of Chile: we have just signed the Declaration on Allied Interaction between the Kingdom of Norway and the Republic of Chile.\n";
    expect(agreements(text)).toHaveLength(1);
  });

  it("leaves out a plan 'which was adopted' and reads no party from 'A package of documents was signed'", () => {
    const text =
      VISIT +
      "A package of bilateral documents was signed following the talks, including a joint action plan on cultural cooperation, which was adopted. Also signed was a memorandum on cooperation in tourism between the ministries of the two countries.\n";
    expect(agreements(text)).toEqual([{ title: "Memorandum on cooperation in tourism", parties: ["Chile", "Norway"] }]);
  });
});

describe("texts adopted, not signed (batch 24 development, kremlin-china)", () => {
  it("leaves out a joint statement the leaders adopted", () => {
    const text =
      VISIT + "Following the talks, the two presidents adopted a Joint Statement on the Strategic Partnership.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("leaves out 'A joint statement was adopted'", () => {
    expect(agreements(VISIT + "A joint statement was adopted following the talks.\n")).toEqual([]);
  });

  it("keeps one 'adopted and signed', with the two states for 'the two presidents'", () => {
    const text = VISIT + "The two presidents adopted and signed a Joint Statement on the Strategic Partnership.\n";
    expect(agreements(text)).toEqual([
      { title: "Joint Statement on the Strategic Partnership", parties: ["Chile", "Norway"] },
    ]);
  });
});

describe("an office's state before its holder's name", () => {
  it("reads 'Prime Minister of Australia Tony Abbott' as a mention of Australia", () => {
    const text =
      "Joint statement\n\nPrime Minister of Australia Tony Abbott and Prime Minister of India Narendra Modi met in Canberra.\n\nThe Prime Ministers welcomed the signing of agreements on social security and on tourism.\n";
    expect(extractRelease(text).countries).toEqual(["AU", "IN"]);
    expect(agreements(text).map((a) => a.parties)).toEqual([
      ["Australia", "India"],
      ["Australia", "India"],
    ]);
  });

  it("still takes 'Bank of India Limited' for a name, not India", () => {
    expect(extractRelease("Deal\n\nBank of India Limited signed a contract.\n").countries).toEqual([]);
  });
});

describe("batch 24 development: earlier signings, statements and long quotations", () => {
  it("takes 'in 2019, we signed a Treaty' in a release without a date for an earlier signing", () => {
    expect(
      agreements(VISIT + "During the visit to Chile in 2019, we signed a Treaty of Friendly Relations.\n"),
    ).toEqual([]);
  });

  it("takes 'Last December, we signed a Declaration' for an earlier signing", () => {
    const text =
      VISIT + "Last December, we signed a Declaration with the Prime Minister on the European perspective.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("reads 'a joint statement signed as a result of today's talks' as signed here", () => {
    const text =
      VISIT +
      "Thus, in a joint statement signed as a result of today's talks, the leaders of Chile and Norway emphasize that trade matters.\n";
    expect(agreements(text)).toEqual([{ title: "Joint Statement", parties: ["Chile", "Norway"] }]);
  });

  it("does not take a long quotation from a statement for a document's title", () => {
    const text =
      VISIT +
      "The leaders emphasize that “given the significant progress in the implementation of the Association Agreement and internal reforms, as well as the current security challenges, Chile deserves a candidate status and the Kingdom of Norway will support Chile in achieving this goal”.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("reads 'between our two countries' as the two states", () => {
    const text = VISIT + "The ministers signed a memorandum on trade between our two countries.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Chile", "Norway"]]);
  });
});

describe("earlier agreements (the frozen halves' largest cluster of extra agreements, made-up)", () => {
  const DATED =
    "Chilean-Norwegian talks\n\nSANTIAGO, 12 March 2024 - The President of Chile held talks with the Prime Minister of Norway.\n\n";

  it("takes 'Under the 2008 Agreement on Trade' for an agreement of before", () => {
    expect(agreements(DATED + "Under the 2008 Agreement on Trade, exports have doubled.\n")).toEqual([]);
  });

  it("takes 'signed a memorandum on tourism last year' for a signing of before", () => {
    expect(agreements(DATED + "The two countries signed a memorandum on tourism last year.\n")).toEqual([]);
  });

  it("takes 'The Treaty on Friendship entered into force in 2019' for a treaty of before", () => {
    expect(agreements(DATED + "The Treaty on Friendship entered into force in 2019.\n")).toEqual([]);
  });

  it("takes 'the previous contract between A and B' for a contract of before", () => {
    expect(agreements(DATED + "The previous contract between Codelco and Norsk Kraft expired in 2020.\n")).toEqual([]);
  });

  it("keeps what is signed today, a treaty that will enter into force, and this year's agreement", () => {
    const text =
      DATED +
      "The two ministers signed a Treaty on Friendship, which will enter into force next year. The 2024 Agreement on Trade was signed today.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Treaty on Friendship", "Agreement on Trade"]);
  });
});

describe("offices without their holders' names as signatories (made-up, the signed-by-persons cluster)", () => {
  it("takes 'Chile's Foreign Minister and Norway's Trade Minister' for the two states", () => {
    const text = VISIT + "Chile's Foreign Minister and Norway's Trade Minister signed a memorandum on fisheries.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Chile", "Norway"]]);
  });

  it("takes 'The Chilean Foreign Minister and the Norwegian Trade Minister' for the two states", () => {
    const text =
      VISIT + "The Chilean Foreign Minister and the Norwegian Trade Minister signed a memorandum on fisheries.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Chile", "Norway"]]);
  });

  it("takes 'Codelco's chief executive and Norsk Kraft's chairman' for the two companies", () => {
    const text = VISIT + "Codelco's chief executive and Norsk Kraft's chairman signed a memorandum on copper.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Codelco", "Norsk Kraft"]]);
  });
});
