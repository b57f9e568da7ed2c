/**
 * Issue 15, round 18: documents a release counts and then names one by one in the same sentence
 * ("two agreements - one on A and another on B", ": the first on A, the second on B"). Made-up
 * releases of the form the frozen halves' aggregate errors name most ("two-of-a-kind",
 * "several-agreements", "counted-agreements").
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

describe("documents counted, then named one by one", () => {
  it("reads 'two agreements - one on A and another on B' as two documents", () => {
    const text =
      "Two agreements signed\n\nCANBERRA, 3 May 1979\n\n" +
      "Australia and New Zealand today signed two agreements - one on trade in forest products and another on the exchange of defence information.\n";
    expect(agreements(text)).toEqual([
      { title: "Agreement on trade in forest products", parties: ["Australia", "New Zealand"] },
      { title: "Agreement on the exchange of defence information", parties: ["Australia", "New Zealand"] },
    ]);
  });

  it("reads ': the first on A, the second on B' and stops the party at the colon", () => {
    const text =
      "Science and birds\n\nCANBERRA, 3 May 1974\n\n" +
      "Two agreements were signed by Australia and Japan: the first on cooperation in science, the second on the protection of migratory birds.\n";
    expect(agreements(text)).toEqual([
      { title: "Agreement on cooperation in science", parties: ["Australia", "Japan"] },
      { title: "Agreement on the protection of migratory birds", parties: ["Australia", "Japan"] },
    ]);
  });

  it("reads ', one on A, the other on B' for memoranda", () => {
    const text =
      "Policing and surveillance\n\nSUVA, 3 May 2019\n\n" +
      "Australia and Fiji signed two memoranda of understanding, one on policing, the other on maritime surveillance.\n";
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Memorandum of Understanding on policing",
      "Memorandum of Understanding on maritime surveillance",
    ]);
  });
});

describe("arrangements counted off one by one", () => {
  it("reads 'two bilateral arrangements - one to A and one to B', keeping each one's preposition", () => {
    const text =
      "Apples and fresh water\n\nWELLINGTON, 3 May 2011\n\n" +
      "New Zealand and China today concluded two bilateral arrangements - one to improve market access for kiwifruit into China and one to boost cooperation on fresh water management.\n";
    expect(agreements(text)).toEqual([
      { title: "Arrangement to improve market access for kiwifruit into China", parties: ["New Zealand", "China"] },
      { title: "Arrangement to boost cooperation on fresh water management", parties: ["New Zealand", "China"] },
    ]);
  });

  it("takes no plural 'arrangements' otherwise: security arrangements are measures", () => {
    const text =
      "Talks in Wellington\n\nWELLINGTON, 3 May 2011\n\n" +
      "New Zealand and Fiji today signed new security arrangements for the Pacific games.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("a document, then the participle of its signing", () => {
  it("reads 'the memorandum, signed on Monday by A and B, sets up …' and ends the parties at the verb", () => {
    const text =
      "Joint commission\n\nLIMA, 3 May 2023\n\n" +
      "Chile and Peru held talks in Lima. The memorandum of understanding, signed on Monday by Chile and Peru, sets up a joint commission.\n";
    expect(agreements(text)).toEqual([{ title: "Memorandum of Understanding", parties: ["Chile", "Peru"] }]);
  });

  it("reads 'the agreement signed today by A and B' with no comma", () => {
    const text =
      "Air services\n\nSANTIAGO, 3 May 2023\n\n" +
      "The agreement signed today by Chile and Norway opens direct flights.\n";
    expect(agreements(text)).toEqual([{ title: "Agreement", parties: ["Chile", "Norway"] }]);
  });

  it("still takes 'the agreement signed by A and B in 2005' for an earlier one", () => {
    const text =
      "Trade grows\n\nLIMA, 3 May 2023\n\n" +
      "Under the agreement signed by Chile and Peru in 2005, trade has grown fivefold.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("a named plural signed on a date", () => {
  it("does not read 'the Tarn Accords on July 14, affirming …' as a list of accords", () => {
    const text =
      "Norway signs the Tarn Accords\n\nJuly 15, 2022\n\n" +
      "The United States welcomes Norway's signing of the Tarn Accords on July 14, affirming its commitment to safe, sustainable, and responsible exploration. " +
      "Ola Berg signed the Accords on behalf of the Kingdom of Norway.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Tarn Accords"]);
  });
});

describe("a state signing a treaty many sign", () => {
  it("reads 'became the 50th country to sign the Agreement' as signed, the state its party", () => {
    const text =
      "Port measures\n\nWELLINGTON, 3 May 2005\n\n" +
      "New Zealand became the 50th country to sign the Agreement on Port State Measures in Rome today.\n";
    expect(agreements(text)).toEqual([{ title: "Agreement on Port State Measures", parties: ["New Zealand"] }]);
  });

  it("reads 'became a signatory to the Convention' with the state as its party", () => {
    const text =
      "Disability rights\n\nCANBERRA, 3 May 2007\n\n" +
      "Australia today became a signatory to the Convention on the Rights of Persons with Disabilities.\n";
    expect(agreements(text)).toEqual([
      { title: "Convention on the Rights of Persons with Disabilities", parties: ["Australia"] },
    ]);
  });
});

describe("company deals told one after another", () => {
  const text =
    "Business deals signed on PM's trip\n\nWELLINGTON, 3 May 2024\n\n" +
    "On Tuesday, aerospace company Tarn Launch signed the biggest launch deal in its history, with Japanese company Nordsat. " +
    "The deal will see 10 launches.\n\n" +
    "A significant deal was also concluded with Japanese company Okada Corporation, which will invest in hotels.\n";

  it("reads the body after what it is ('aerospace company Tarn Launch') and the other after 'in its history, with'", () => {
    expect(agreements(text)[0]).toEqual({ title: "Biggest Launch Deal", parties: ["Tarn Launch", "Nordsat"] });
  });

  it("takes 'a deal was also concluded' for one more deal, not the first again", () => {
    expect(agreements(text)).toHaveLength(2);
  });
});

describe("signings the release looks back on, and one a meeting was held for", () => {
  it("takes a signing dated by its day more than a month before the release for an earlier one", () => {
    const text =
      "Pipeline open to others\n\nJanuary 9, 2020\n\n" +
      "On November 27, Tarnia and Nordland signed a maritime border agreement, which Greece calls void. " +
      "On January 6, Cyprus and Greece signed an agreement on the pipeline.\n";
    expect(agreements(text)).toEqual([{ title: "Agreement on the pipeline", parties: ["Cyprus", "Greece"] }]);
  });

  it("takes 'In 2017, a memorandum … was signed between A, B and C' for an earlier one, even undated", () => {
    const text =
      "Pipeline open to others\n\nThe pipeline is open to others, the Prime Minister said. " +
      "In 2017, a memorandum of understanding about the pipeline was signed between Cyprus, Greece and Israel.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("takes 'the delegations of A, B and C had met for their summit, in Athens, to sign an agreement' as signed", () => {
    const text =
      "Pipeline open to others\n\nJanuary 9, 2020\n\n" +
      "On Thursday, the delegations of Cyprus, Greece and Israel had met for their seventh summit, that time in Athens, to sign an agreement to build the pipeline by 2025.\n";
    expect(agreements(text)).toEqual([{ title: "Agreement", parties: ["Cyprus", "Greece", "Israel"] }]);
  });
});

describe("a document described after the release told of several signed", () => {
  it("is one of them: 'The Information Security Agreement provides …'", () => {
    const text =
      "Tarnia, Nordland sign defence agreements\n\nWELLINGTON, 3 May 2024\n\n" +
      "Tarnia and Nordland have agreed two defence arrangements, the ministers announced today.\n\n" +
      '"The Acquisition and Cross Servicing Agreement sets out how supplies will be managed," says Ms Berg, who signed the agreements in Oslo.\n\n' +
      "The Information Security Agreement provides a legal framework for handling classified information.\n";
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Acquisition and Cross Servicing Agreement",
      "Information Security Agreement",
    ]);
  });
});

describe("a document whose anniversary the release marks", () => {
  const text =
    "Prime Minister to lead delegation to commemorate the 60th Anniversary of the signing of the Treaty of Friendship\n\n" +
    "The Prime Minister announced today that she will lead a delegation to Apia to commemorate the 60th Anniversary of the signing of the Treaty of Friendship, between Tarnia and Nordland.\n\n" +
    '"Two months later, the Treaty of Friendship was signed, committing both governments to working together," the Prime Minister said.\n\n' +
    "The Treaty of Friendship was signed by Nordland's first Prime Minister, Ana Ruiz, on 1 August 1962.\n";

  it("is the signing of before wherever it is named", () => {
    expect(agreements(text)).toEqual([]);
  });

  it("gives the release no date from that signing", () => {
    expect(extractRelease(text).dateline.date).toBeNull();
  });
});

describe("a speech's headline and a page's downloads", () => {
  it("reads 'SPEECH BY THE PRIME MINISTER AT THE SIGNING OF THE … AGREEMENT' as the signing", () => {
    const text =
      "SPEECH BY THE PRIME MINISTER, MR A RUIZ, AT THE SIGNING OF THE LAKEPORT AREA DEVELOPMENT AGREEMENT\n\n" +
      "JUST NINE MONTHS AGO THE PREMIERS AND I MET HERE AND AGREED ON A PLAN FOR A NEW CITY.\n" +
      "IT GIVES ME GREAT PLEASURE TODAY TO MEET THE PREMIERS AGAIN TO SIGN THE AGREEMENT.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Lakeport Area Development Agreement"]);
  });

  it("takes no document from a file to download ('… Treaty … Factsheet - RTF 130KB | PDF 95KB')", () => {
    const text =
      "Tarnia - Nordland Treaty on Defence Trade Cooperation\n\n" +
      "The President and I today signed the Tarnia-Nordland Treaty on Defence Trade Cooperation.\n\n" +
      "* Q&A Tarnia - Nordland Treaty on Defence Trade Cooperation Factsheet - RTF 130KB | PDF 95KB\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Tarnia-Nordland Treaty on Defence Trade Cooperation"]);
  });
});
