import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

// Classes found in the third batch of real releases (issue 15); the texts here are made up.
const agreements = (text: string) =>
  extractRelease(text).agreements.map(({ type, title, parties }) => ({ type, title, parties }));

describe("title-case headlines", () => {
  it("does not take the headline's verb into the document's title", () => {
    const text =
      "Northland, Relief Fund Sign Memorandum of Understanding\n\nCAPITAL CITY, March 3 (NEWS) - The government of Northland and the Relief Fund signed a memorandum of understanding on child health.";
    const found = agreements(text);
    expect(found.map((a) => a.title)).not.toContain("Relief Fund Sign Memorandum of Understanding");
    expect(found.every((a) => !/\bSign\b/.test(a.title))).toBe(true);
  });

  it("keeps one document when a page's headline names it above the release", () => {
    const text = [
      "Menu",
      "Acme Enters Into Exclusive Sales and Distribution Agreement With Widgetco",
      "HILLTOWN, Mich., Feb. 17, 2011 /Newswire/ -- Acme Corp. today announced that it has entered into an exclusive agreement with Widgetco, Inc. to sell its meters.",
    ].join("\n");
    expect(agreements(text)).toEqual([
      { type: "AGREEMENT", title: "Exclusive Agreement", parties: ["Acme Corp.", "Widgetco"] },
    ]);
  });
});

describe("a document named again by its type", () => {
  it("is the document named with its parties in an earlier sentence", () => {
    const text =
      "PORTVILLE, 8 April 2021 - Portville University and the Literary Society have signed a memorandum of understanding to exchange manuscripts. In this regard, an agreement was signed at the rector's office.";
    const found = agreements(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: "MEMORANDUM_OF_UNDERSTANDING" });
  });

  it("is another document when the same sentence names both", () => {
    const text =
      "PORTVILLE, 8 April 2021 - Northland and Southland signed a memorandum of understanding on fisheries, and an agreement was signed too.";
    expect(agreements(text)).toHaveLength(2);
  });
});

describe("approval is not signing", () => {
  it.each([
    "NEW CAPITAL, July 5 (AGENCY) The Union Cabinet has approved signing of a Memorandum of Understanding between Northland and Southland on rural development.",
    "NEW CAPITAL, 17 January 2024 - The Council of Ministers approved the Memorandum of Understanding between Northland and Southland in the fields of transport.",
  ])("finds nothing signed in %s", (text) => {
    expect(agreements(text)).toEqual([]);
  });

  it("finds nothing signed in a list of documents a council approved", () => {
    const text = [
      "NEW CAPITAL, 17 January 2024 - The Council of Ministers decided to approve:",
      "The MoU between the Ministry of Transport of Northland and the Ministry of Transport of Southland in the field of aviation;",
      "The Agreement between the Government of Northland and the Government of Eastland in the field of shipping.",
    ].join("\n\n");
    expect(agreements(text)).toEqual([]);
  });
});

describe("quotation marks", () => {
  const quotes = (text: string) => extractRelease(text).quotes.map(({ speaker, text: words }) => ({ speaker, words }));

  it("keeps a nickname in quotation marks inside a quotation", () => {
    const text =
      "PORTVILLE — The city signed a memorandum with the Relief Fund.\n\n“I am pleased to have signed it with Mayor Ann “Bee” Cole. The city is a priority for us,” said Jane Roe, the Fund's Representative.";
    expect(quotes(text)).toEqual([
      {
        speaker: "Jane Roe",
        words: "I am pleased to have signed it with Mayor Ann “Bee” Cole. The city is a priority for us.",
      },
    ]);
  });

  it("reads a quotation whose opening mark was lost, and the one after its attribution", () => {
    const text =
      "PORTVILLE — The Fund and the Ministry signed the plan.\n\nIn these hard times, it is critical that we work together for every child,” said Jane Roe, the Fund's Representative. “The plan will improve our work across the country.”";
    const found = quotes(text);
    expect(found).toHaveLength(2);
    expect(found.map((q) => q.speaker)).toEqual(["Jane Roe", "Jane Roe"]);
    expect(found[0]!.words).toMatch(/^In these hard times/);
  });
});

describe("a document named again inside a quotation", () => {
  it("is the document the release named with the same parties", () => {
    const text =
      "PORTVILLE — The local government of Portville City has inked a Memorandum of Understanding with the United Nations Relief Fund (Urf) for children's projects.\n\n“I am pleased to have signed the MoU between Urf and Portville city for 2019-2023,” said Jane Roe.";
    expect(agreements(text)).toHaveLength(1);
  });
});

describe("plans, term sheets and what a signed document prepares", () => {
  it("takes a signed capitalised plan, and a term sheet signed with a company", () => {
    expect(
      agreements(
        "CAPITAL CITY, 3 May 2016 - The Relief Fund and the Government of Northland today signed the 2016-2019 Country Programme Action Plan.",
      ),
    ).toMatchObject([{ type: "OTHER", title: "Country Programme Action Plan" }]);
    const sheet = agreements(
      "HILLTOWN, Texas, Jan. 17, 2000 /Newswire/ -- Acme Laboratories, Inc. today announced they have signed a term sheet with Widget Products Laboratories for a supply and trademark agreement for its gel.",
    );
    expect(sheet).toHaveLength(1);
    expect(sheet[0]).toMatchObject({ type: "OTHER" });
  });

  it("does not take a plan a company adopted", () => {
    expect(
      agreements("NEW YORK, May 3, 2024 - Acme Holdings announced that its board adopted a Stockholder Rights Plan."),
    ).toEqual([]);
  });

  it("names one body of each country for 'the Ministries of … of A and B'", () => {
    expect(
      agreements(
        "CAPITAL CITY, 3 May 2024 - A Plan of Cooperation was signed between the Ministries of Foreign Affairs of Northland and Southland.",
      )[0]?.parties,
    ).toEqual(["Ministry of Foreign Affairs of Northland", "Ministry of Foreign Affairs of Southland"]);
  });
});

describe("documents counted off one by one", () => {
  it("reads each numbered memorandum as its own document with its topic", () => {
    const text = [
      "CAPITAL CITY, Nov 28 (AGENCY) — Northland signed four memoranda of understanding (MoU) with Southland here, Thursday.",
      "The first MoU is to intensify cooperation on fisheries. It was signed between Northland's Minister of Fisheries and Southland's Minister of the Sea.",
      "Next was an MoU to step up cooperation in Digital Government, signed between the two foreign ministers.",
      "The fourth MoU is on cooperation in the field of water management which was signed between the two water ministers.",
      "The first Memorandum of Understanding signed was between the Northland Police Force and the Southland Police Force in the field of security.",
    ].join("\n\n");
    const found = agreements(text);
    expect(found.map((a) => a.title)).toEqual(
      expect.arrayContaining([
        "MoU to intensify cooperation on fisheries",
        "MoU to step up cooperation in Digital Government",
        "MoU on cooperation in the field of water management",
      ]),
    );
    expect(found.find((a) => a.parties.includes("Northland Police Force"))?.parties).toEqual([
      "Northland Police Force",
      "Southland Police Force",
    ]);
  });
});

describe("hard-wrapped lines", () => {
  it("reads a quotation and its speaker over lines wrapped inside sentences", () => {
    const text = [
      "NEW YORK, May 3, 2024 /Newswire/ -- Acme Corp. today announced a deal with Widgetco.",
      '"We are delighted to work with Widgetco and to bring our',
      'products to many more customers," said John Smith, chief',
      "executive officer of Acme.",
      "About Acme",
      "Acme makes things.",
    ].join("\n");
    const quotes = extractRelease(text).quotes;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: "John Smith" });
    expect(quotes[0]!.text).toBe(
      "We are delighted to work with Widgetco and to bring our products to many more customers.",
    );
  });

  it("keeps lines that end a sentence or start a new one apart", () => {
    const text = "Acme signs deal\nNEW YORK, May 3, 2024 - Acme Corp. signed an agreement with Widgetco.\nAbout Acme";
    expect(extractRelease(text).headline).toBe("Acme signs deal");
  });
});
