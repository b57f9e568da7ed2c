/**
 * Issue 15, round 17: a document named only by its kind, and what follows "for". Made-up releases
 * of the forms three development releases of batches 24–26 showed: "signed the loan agreement for
 * the Commonwealth" (for whom it was signed, no part of its name), "an agreement for Norway to join
 * the Forum" (the state and the body it joins), "the contract for the Tarn Army's biggest purchase"
 * (a name in the possessive inside a topic in lower case).
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

describe("'for' a body after a document named by its kind", () => {
  it("is the party it was signed for, not the title", () => {
    const text =
      "Loan raised in Frankfurt\n\nOSLO, 3 May 1967\n\n" +
      "The Norwegian Ambassador to Germany signed the loan agreement for the Government of Norway in Frankfurt this morning. " +
      "The loan of DM 100 million was arranged by the Nordbank Aktiengesellschaft.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Loan Agreement"]);
    expect(agreements(text)[0]!.parties).toContain("Government of Norway");
  });

  it("reads 'for X to join Y' as the state and the body it joins", () => {
    const text =
      "Norway joins the Forum on Fisheries\n\nOSLO, 3 May 2023\n\n" +
      "Foreign Minister Anne Lund signed an agreement for Norway to join the Intergovernmental Forum on Fisheries and Oceans (IFFO). " +
      "The IFFO is a voluntary partnership of more than 40 nations.\n";
    expect(agreements(text)).toEqual([
      { title: "Agreement", parties: ["Norway", "Intergovernmental Forum on Fisheries and Oceans"] },
    ]);
  });

  it("keeps a topic that is no body: 'a contract for the Supply of Rail Cars'", () => {
    const text =
      "Rail cars ordered\n\nOSLO, 3 May 2023\n\n" +
      "Tarn Rail and Nordic Rolling Stock signed a contract for the Supply of Rail Cars today.\n";
    expect(agreements(text)).toEqual([
      { title: "Contract for the Supply of Rail Cars", parties: ["Tarn Rail", "Nordic Rolling Stock"] },
    ]);
  });
});

describe("a name in the possessive inside a topic", () => {
  it("goes on to the noun it owns: 'the contract for the Tarn Army's biggest equipment purchase'", () => {
    const text =
      "PM signs contract for new army vehicles\n\nLAKEPORT, 3 May 2002\n\n" +
      "Prime Minister Ana Ruiz today signed the contract for the Tarn Army's biggest equipment purchase - 105 new light armoured vehicles.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Contract for the Tarn Army's biggest equipment purchase"]);
  });
});

describe("a deal a report names by what was traded", () => {
  it("reads an order won from a customer", () => {
    const text =
      "Nordair wins Tarn Airways order\n\nJune 13, 2005\n\n" +
      "Scandinavian aircraft manufacturer, Nordair, has won an order from Tarn Airways for up to 60 of its new jets.\n";
    expect(agreements(text)).toEqual([{ title: "Order", parties: ["Nordair", "Tarn Airways"] }]);
  });

  it("reads a sale to a buyer, without the price", () => {
    const text =
      "Vesta Motors to sell truck division\n\nMay 14, 2007\n\n" +
      "The Vesta Motors Corporation has announced that the corporation is divesting itself of the Truck Group by selling it to Lakeport-based private equity firm Harbour Capital Management for US$7.4 billion.\n";
    expect(agreements(text)).toEqual([
      { title: "Sale", parties: ["Vesta Motors Corporation", "Harbour Capital Management"] },
    ]);
  });

  it("reads an agreement two companies announced", () => {
    const text =
      "Nordmart to sell its Tarn branch\n\nOn Thursday, UK-based retailer Nordmart and Denmark-based retailer Vesta Group announced their agreement over selling a large part of Nordmart's Tarn operation to Vesta Group.\n";
    expect(agreements(text)).toEqual([{ title: "Agreement", parties: ["Nordmart", "Vesta Group"] }]);
  });

  it("leaves a sale of before, and a sale to no one named", () => {
    const text =
      "Nordmart leaves Tarn\n\nMay 14, 2020\n\n" +
      "Nordmart sold its roughly 2000 stores in Sylvania to Pokphand Group in March. " +
      "It also sold many of its smaller shops to local buyers.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("the subject of a signing in a report", () => {
  it("leaves out a lead adverbial and a reporting verb with its day", () => {
    const text =
      "Nordair and Tarn\n\nMay 14, 2008\n\n" +
      "More recently, Nordair has entered into an agreement with Tarn Aircraft for worldwide marketing. " +
      "Vesta Airlines stated on Thursday that it had signed a contract with Nordair.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([
      ["Nordair", "Tarn Aircraft"],
      ["Vesta Airlines", "Nordair"],
    ]);
  });
});

describe("parties a reader would name", () => {
  it("reads 'relevant agencies of both sides' as the two states, and drops 'participants'", () => {
    const text =
      "Talks between Chile and Norway\n\nSantiago, 4 May 2018\n\n" +
      "President Rojas of Chile held talks with Prime Minister Lund of Norway. " +
      "A Joint Statement on fisheries was signed by relevant agencies of both sides. " +
      "Later, the participants signed a Protocol on ocean research.\n";
    expect(agreements(text)).toEqual([
      { title: "Joint Statement on fisheries", parties: ["Chile", "Norway"] },
      { title: "Protocol on ocean research", parties: ["Chile", "Norway"] },
    ]);
  });

  it("reads a lone signatory as the state the role serves, and cuts a purpose read on", () => {
    const text =
      "Chile and Norway sign statement\n\nSantiago, 4 May 2018\n\n" +
      "The Joint Statement on Ocean Research was signed by Erik Lund, Norwegian Ambassador to Chile. " +
      "The Ministry of Health of Chile signed a memorandum of understanding with Tarn Medical Systems aimed at improving care.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([
      ["Norway"],
      ["Ministry of Health of Chile", "Tarn Medical Systems"],
    ]);
  });
});

describe("batch 28's development half", () => {
  it("reads a second arrangement 'co-signed' with a minister after a first one", () => {
    const text =
      "Two arrangements signed\n\n" +
      "The Ministry of Fisheries and the Chilean Food Safety Agency co-signed a new Seafood Arrangement in Santiago yesterday.\n\n" +
      "Mr Lund also co-signed a formal arrangement with Chile's Minister of Agriculture, Ana Ruiz, for Norway and Chile to develop an Agricultural Partnership.\n";
    expect(agreements(text)).toEqual([
      { title: "Seafood Arrangement", parties: ["Ministry of Fisheries", "Chilean Food Safety Agency"] },
      { title: "Arrangement", parties: ["Norway", "Chile"] },
    ]);
  });

  it("reads a Heads of Agreement whose signing the government welcomed", () => {
    const text =
      "Agreement between Tarn Net and Telco\n\n" +
      "The Government today welcomed the announcement by Telco and Tarn Net that they had entered into a Financial Heads of Agreement.\n\n" +
      "This agreement paves the way for a faster rollout.\n";
    expect(agreements(text)).toEqual([{ title: "Financial Heads of Agreement", parties: ["Telco", "Tarn Net"] }]);
  });
});

describe("documents a leader's statement names by what they are about", () => {
  const head =
    "Press statements following Chilean-Norwegian talks\n\nAna Ruiz and the Prime Minister of Norway held talks in Santiago.\n\n";

  it("keeps 'a package of documents on A, B, C and D' beside a joint statement, the whole list in its title", () => {
    const text = `${head}President of Chile Ana Ruiz: We have just signed a joint statement and a package of documents on cooperation in energy, transport, education and culture.\n`;
    expect(agreements(text)).toEqual([
      { title: "Joint Statement", parties: ["Chile", "Norway"] },
      { title: "Documents on cooperation in energy, transport, education and culture", parties: ["Chile", "Norway"] },
    ]);
  });

  it("reads 'The agreements signed today cover …' and 'The talks ended with the signing of …' as the two states'", () => {
    const cover = `${head}President of Chile Ana Ruiz: The agreements signed today cover energy, fisheries and culture.\n`;
    const covered = agreements(cover);
    expect(covered.length).toBeGreaterThan(0);
    expect(covered.every((a) => a.title.startsWith("Document on") && a.parties.join() === "Chile,Norway")).toBe(true);
    const talks = `${head}The talks ended with the signing of a package of documents on cooperation in trade and energy.\n`;
    expect(agreements(talks)).toEqual([
      { title: "Documents on cooperation in trade and energy", parties: ["Chile", "Norway"] },
    ]);
  });

  it("does not count a treaty whose years are marked", () => {
    const text = `${head}President of Chile Ana Ruiz: This year we are marking 20 years of the Treaty of Friendship between Chile and Norway that we signed in Oslo. Today we signed an agreement on fisheries.\n`;
    expect(agreements(text).map((a) => a.title)).toEqual(["Agreement on fisheries"]);
  });
});

describe("a leader signing in the first person, and documents exchanged", () => {
  const head =
    "Press statements following Chilean-Norwegian talks\n\nPresident Ana Ruiz and the Prime Minister of Norway held talks in Santiago.\n\n";

  it("reads 'Mr Prime Minister and I have signed' and 'I signed with the Prime Minister' as the two states", () => {
    for (const line of [
      "President of Chile Ana Ruiz: Mr Prime Minister and I have just signed a Joint Declaration on Strategic Partnership.",
      "President of Chile Ana Ruiz: Today I signed with the Prime Minister the Joint Declaration on Strategic Partnership.",
    ])
      expect(agreements(`${head}${line}\n`)).toEqual([
        { title: "Joint Declaration on Strategic Partnership", parties: ["Chile", "Norway"] },
      ]);
  });

  it("reads the documents of 'the leaders witnessed the exchange of documents, including …'", () => {
    const text = `${head}Following the talks, the leaders witnessed the exchange of documents, including a memorandum on trade and a protocol on customs.\n`;
    expect(agreements(text).map((a) => a.title)).toEqual(["Memorandum on trade", "Protocol on customs"]);
  });
});
