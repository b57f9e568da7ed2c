/**
 * Issue 15, round 14: a law ratifying a treaty is no treaty signed, three parties listed without an
 * article after a comma, and a declaration named again by who signs it. Made-up releases of the forms
 * development releases of batches 18 and 23 showed.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";
import { splitParties } from "./agreement-party-lists";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

describe("a document ratified, left or ended", () => {
  it("is not signed by the president who signs the law ratifying it, even in the headline", () => {
    const text =
      "President signed Federal Law On Ratifying the Treaty of Friendship and Cooperation Between the Republic of Chile and the Kingdom of Norway\n\n" +
      "The law was adopted by the Chamber of Deputies on March 2, 2022.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("is not signed when a state announces its withdrawal from it", () => {
    const text =
      "Chile ratifies fisheries agreement with Norway\n\nSantiago, 4 May 2018\n\n" +
      "The Senate of Chile today ratified the Agreement on Fisheries Surveillance between Chile and Norway. Chile also announced its withdrawal from the Convention on Whaling.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("still counts a treaty signed here beside the word 'ratification'", () => {
    const text =
      "Chile and Norway sign a treaty\n\nSantiago, 4 May 2018\n\n" +
      "Chile and Norway today signed the Treaty on Fisheries Surveillance, which now goes to both parliaments for ratification.\n";
    expect(agreements(text)).toEqual([{ title: "Treaty on Fisheries Surveillance", parties: ["Chile", "Norway"] }]);
  });
});

describe("three parties, the middle one without an article", () => {
  it("splits at a comma after a party that ends with its country", () => {
    expect(
      splitParties("the Ministry of Energy of Chile, ENAP of Chile and the Ministry of Economy of Norway"),
    ).toEqual(["Ministry of Energy of Chile", "ENAP of Chile", "Ministry of Economy of Norway"]);
    // A place before a comma is no party of its own.
    expect(splitParties("the University of Santiago, Chile and the University of Oslo")).toEqual([
      "University of Santiago, Chile",
      "University of Oslo",
    ]);
  });

  it("gives the memorandum its three parties", () => {
    const text =
      "Chile and Norway sign energy documents\n\nSantiago, 4 May 2022\n\n" +
      "The Memorandum of Understanding on cooperation between the Ministry of Energy of Chile, ENAP of Chile and the Ministry of Economy of Norway was also signed.\n";
    expect(agreements(text)).toEqual([
      {
        title: "Memorandum of Understanding on cooperation",
        parties: ["Ministry of Energy of Chile", "ENAP of Chile", "Ministry of Economy of Norway"],
      },
    ]);
  });
});

describe("a declaration named again by who signs it", () => {
  it("is the declaration named by its topic before", () => {
    const text =
      "Presidents of Chile and Norway signed a Joint Declaration on Deepening Strategic Partnership\n\n" +
      "Following the talks between President of Chile Ana Soto and Prime Minister of Norway Per Berg in Santiago, a Joint Declaration on deepening the strategic partnership and a number of other bilateral documents were signed. Thus, the heads of state signed the Joint Declaration of the President of Chile and the Prime Minister of Norway, which sets out the main agreements reached today.\n\n" +
      '"We have signed the Joint Declaration of the Leaders of Chile and Norway. It enshrines readiness to provide mutual support," said Ana Soto.\n';
    expect(agreements(text)).toEqual([
      { title: "Joint Declaration on deepening the strategic partnership", parties: ["Chile", "Norway"] },
    ]);
  });

  it("is a document of its own when none of its type was named before", () => {
    const text =
      "Chile and Norway sign a declaration\n\nSantiago, 4 May 2022\n\n" +
      "The President of Chile and the Prime Minister of Norway today signed the Joint Declaration of the Leaders of Chile and Norway.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Joint Declaration of the Leaders of Chile and Norway"]);
  });
});

describe("a visit report's documents told one by one (batch 18 dev)", () => {
  it("reads a title-case field's list on over its comma", () => {
    const text =
      "Chile and Norway sign documents\n\nSantiago, 4 May 2022\n\n" +
      "The Framework Agreement between the Governments of Chile and Norway on Cooperation in the Field of High Technologies, Aviation and Space was signed by the two ministers.\n";
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Framework Agreement on Cooperation in the Field of High Technologies, Aviation and Space",
    ]);
  });

  it("counts 'a Protocol was also signed between A and B amending the Agreement …', the parties ending there", () => {
    const text =
      "Chile and Norway sign documents\n\nSantiago, 4 May 2022\n\n" +
      "Chile and Norway signed an Agreement on Youth Policy. A Protocol was also signed between the Government of Chile and the Government of the Kingdom of Norway amending the Agreement between the Government of Chile and the Government of the Kingdom of Norway on Cooperation of Law Enforcement Bodies of December 4, 2009.\n";
    expect(agreements(text)).toEqual([
      { title: "Agreement on Youth Policy", parties: ["Chile", "Kingdom of Norway"] },
      { title: "Protocol", parties: ["Government of Chile", "Government of the Kingdom of Norway"] },
    ]);
  });
});

describe("a signing still to come, or only talked about (batches 23 and 25 dev)", () => {
  it("is not 'the upcoming signing of a bilateral Science and Technology Agreement'", () => {
    const text =
      "Secretary meets Chilean Foreign Minister\n\nWashington, 4 May 2022\n\n" +
      "The Secretary met Chile Foreign Minister Ana Soto today. They also underscored the importance of increasing scientific collaboration through the upcoming signing of a bilateral Science and Technology Agreement.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("is not 'Mr. Berg and I will each have previously signed a copy of the Agreement'", () => {
    const text =
      "Signing by satellite\n\nCanberra, 4 May 1982\n\n" +
      "The Prime Minister of Norway, Mr. Berg, and I will sign the Heads of Agreement of the Closer Economic Relationship between Chile and Norway during a satellite transmission on Tuesday.\n\n" +
      "Mr. Berg and I will each have previously signed a copy of the Agreement. These copies will be exchanged at the ceremony.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("is not 'the possibility of a broad treaty between A and B'", () => {
    const text =
      "Treaty talks with Norway\n\nSantiago, 4 May 1976\n\n" +
      "The possibility of a broad treaty between Chile and Norway has a long history, first raised in the 1950s.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("a long quotation for a headline (batch 18 dev)", () => {
  const text =
    "The agreement on a free trade area between Chile and Norway is the result of three decades of cooperation and friendship between the two countries - Gabriel Boric\n\n" +
    "In the presence of the two presidents, a Free Trade Agreement between Chile and Norway was signed in Santiago.\n";

  it("is the headline, up to 35 words", () => {
    expect(extractRelease(text).headline).toBe(text.split("\n")[0]);
  });

  it("does not name a second document beside the one the body tells of", () => {
    expect(agreements(text)).toEqual([{ title: "Free Trade Agreement", parties: ["Chile", "Norway"] }]);
  });
});
