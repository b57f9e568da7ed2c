/**
 * Issue 15, round 19: a signing told by those who signed, in a speech or a transcript ("we have
 * been able to sign today …", "the treaty we have just signed", "This agreement, which the Prime
 * Minister and I signed this morning, …"). Made-up releases of the form the frozen halves'
 * aggregate errors name most ("signed-in-first-person", "transcript-after", "hard-wrapped-lines"),
 * written for this test.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

const speech = (body: string) =>
  "SPEECH BY THE PRIME MINISTER AT THE OFFICIAL LUNCHEON, TOKYO\n\n17 JUNE 1976\n\n" + body + "\n";

describe("a signing told by those who signed it", () => {
  it("reads 'we have been able to sign today the …' as a signing done", () => {
    const text = speech(
      "Mr Prime Minister, I am delighted that we have been able to sign today the Basic Treaty of Friendship and Cooperation between Australia and Japan.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual(["Basic Treaty of Friendship and Cooperation"]);
  });

  it("reads 'it gives me great pleasure to sign this Agreement on …' as the signing at hand", () => {
    const text = speech(
      "It gives me great pleasure to sign this Agreement on Cultural Cooperation on behalf of the Government of Australia.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual(["Agreement on Cultural Cooperation"]);
  });

  it("keeps a pleasure still to come an intention", () => {
    const text = speech(
      "It will be a great pleasure to sign the Agreement on Cultural Cooperation when Mr Miki visits Canberra next year.",
    );
    expect(agreements(text)).toEqual([]);
  });

  it("reads 'the treaty we have just signed' as a document of this release", () => {
    const text = speech("The treaty we have just signed is a landmark in the relations between Australia and Japan.");
    expect(agreements(text)).toEqual([{ title: "Treaty", parties: ["Australia", "Japan"] }]);
  });

  it("reads 'This agreement, which the Prime Minister and I signed this morning, …'", () => {
    const text = speech(
      "This agreement, which the Prime Minister and I signed this morning, will open the markets of Japan to Australian beef.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual(["Agreement"]);
  });

  it("keeps 'the treaty we signed in 1957' a document of before", () => {
    const text = speech(
      "The treaty we signed in 1957 remains the foundation of the relations between Australia and Japan.",
    );
    expect(agreements(text)).toEqual([]);
  });
});

describe("words that only look like a signing", () => {
  it("does not read 'a significant benefit' as a signing of the document named in its sentence", () => {
    const text =
      "NZ ratifies climate treaty\n\nWELLINGTON, 4 October 2016\n\n" +
      "New Zealand ratified the agreement on climate change today, the Minister says.\n\n" +
      "She says a significant benefit for the country is a seat at the table on all matters that affect the Paris Agreement.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("does not read 'the Chief Executive' as an execution", () => {
    const text =
      "Trade talks\n\nWELLINGTON, 4 October 2016\n\n" +
      "The Chief Executive of the Ministry said the Anti-Counterfeiting Trade Agreement had shaped the talks.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("a list of documents still to be concluded", () => {
  it("reads the items after 'agreed to the conclusion of six memoranda … to be completed by June:' as planned", () => {
    const text =
      "Joint declaration\n\nCANBERRA, 12 March 2009\n\n" +
      "The Prime Ministers agreed to the conclusion of three Memoranda of Understanding to be completed by no later than June 2009:\n\n" +
      "* A Memorandum of Understanding on Agriculture, including a focus on water;\n" +
      "* A Memorandum of Understanding on Trade Cooperation, including a focus on investment; and\n" +
      "* A Memorandum of Understanding on Public Health.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("documents signed with several states, and named accords", () => {
  const factSheet = (body: string) => "Fact sheet: a day of deals\n\nWASHINGTON, 26 October 2025\n\n" + body + "\n";

  it("reads 'signed Agreements on Reciprocal Trade with A and B' as one document with each, the states out of the title", () => {
    const text = factSheet(
      "TRADE: The United States signed Agreements on Reciprocal Trade with Norway and Chile, and the United States announced frameworks for talks with Peru and Fiji.",
    );
    expect(agreements(text)).toEqual([
      { title: "Agreement on Reciprocal Trade", parties: ["United States", "Norway"] },
      { title: "Agreement on Reciprocal Trade", parties: ["United States", "Chile"] },
    ]);
  });

  it("keeps the state out of a singular title too", () => {
    const text = factSheet("The United States signed an Agreement on Reciprocal Trade with Norway.");
    expect(agreements(text)).toEqual([
      { title: "Agreement on Reciprocal Trade", parties: ["United States", "Norway"] },
    ]);
  });

  it("reads 'committed to … by signing the Artemis Accords' after other accords as a document of its own", () => {
    const text = factSheet(
      "The President brokered the Lisbon Peace Accords between Norway and Chile.\n\n" +
        "Peru and Fiji committed to principles of safe space exploration by signing the Artemis Accords.",
    );
    expect(agreements(text)).toEqual([
      { title: "Lisbon Peace Accords", parties: ["Norway", "Chile"] },
      { title: "Artemis Accords", parties: ["Peru", "Fiji"] },
    ]);
  });

  it("does not read what signing means ('By signing the Artemis Accords, nations affirm …') as a signing", () => {
    const text = factSheet(
      "The Artemis Accords bring nations together.\n\n" +
        "By signing the Artemis Accords, these nations affirm their commitment to peaceful purposes.",
    );
    expect(agreements(text)).toEqual([]);
  });

  it("keeps a signing by gerund still to come an intention", () => {
    const text = factSheet("Peru will join the programme by signing the Artemis Accords next year.");
    expect(agreements(text)).toEqual([]);
  });
});

describe("a press availability after a signing", () => {
  const availability = (body: string) => "Press availability\n\nBANGKOK, 10 July 2022\n\n" + body + "\n";

  it("reads 'at the signing that we had earlier today of the Memorandum of Understanding' as signed here", () => {
    const text = availability(
      "As I said at the signing that we had earlier today of the Memorandum of Understanding with the Deputy Prime Minister, our ties keep growing.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual(["Memorandum of Understanding"]);
  });

  it("reads a communiqué named in capitals that we signed today", () => {
    const text = availability(
      "This spirit is reflected in the Communiqué on Strategic Alliance and Partnership that we signed today.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual(["Communiqué on Strategic Alliance and Partnership"]);
  });

  it("does not read the Annual Convention of a congress as a treaty", () => {
    const text = availability(
      "In 2021 the Vice President addressed the Annual Convention of the National Congress of Farmers and signed nothing.",
    );
    expect(agreements(text)).toEqual([]);
  });
});

describe("a final agreement and what a party gets under it", () => {
  const release = (body: string) =>
    "Final convention centre agreement signed\n\nWELLINGTON, 3 May 2013\n\n" + body + "\n";

  it("reads 'announced the Government and X last night … signed a 368-page final agreement' with both parties", () => {
    const text = release(
      "The Minister announced the Government and Tarn Resorts last night completed negotiations and signed a 368-page final agreement to design and build a convention centre.",
    );
    expect(agreements(text)).toEqual([{ title: "Agreement", parties: ["Government", "Tarn Resorts"] }]);
  });

  it("does not read what a party gets 'in return for the following:' as documents", () => {
    const text = release(
      "The Government and Tarn Resorts signed a final agreement today.\n\n" +
        "Under the final agreement, and consistent with the Heads of Agreement signed in May, Tarn Resorts will meet the project costs – estimated at $402 million – in return for the following:\n\n" +
        "- Extension of the casino licence out to 30 June 2048\n" +
        "- Additional 40 gaming tables\n",
    );
    expect(agreements(text)).toEqual([{ title: "Agreement", parties: ["Government", "Tarn Resorts"] }]);
  });
});

describe("what a fact sheet or a speech signs in other words", () => {
  const sheet = (body: string) => "Fact sheet: an alliance renewed\n\nWASHINGTON, 28 October 2025\n\n" + body + "\n";

  it("reads 'signed a Statement of Intent to …'", () => {
    const text = sheet(
      "The Department of Energy and Norway's Ministry of Education signed a Statement of Intent to drive cooperation on computing.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual(["Statement of Intent"]);
  });

  it("reads 'also signed a document today confirming …'", () => {
    const text = sheet(
      "The two Presidents also signed a document today confirming their strong commitment to implementing the trade agreement.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual(["Document"]);
  });

  it("reads a speaker's 'we’re signing a memorandum of cooperation'", () => {
    const text = sheet(
      "And a step toward this goal today — we’re signing a memorandum of cooperation — to help strengthen our semiconductor industries.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual(["Memorandum of Cooperation"]);
  });
});

describe("documents approved, planned or coming into force", () => {
  const release = (body: string) => "Aviation agreement reached\n\nWELLINGTON, 3 May 1997\n\n" + body + "\n";

  it("keeps 'Signing of the new Air Services Agreement … is expected later this year' an intention", () => {
    const text = release(
      "Cabinet approved the text today.\n\nSigning of the new Air Services Agreement with Norway is expected later this year.",
    );
    expect(agreements(text)).toEqual([]);
  });

  it("reads a document the new one is 'wholly consistent with' as one of before", () => {
    const text = release(
      "The new agreement is wholly consistent with the Lisbon Declaration of Common Resolve, in which members commit themselves to open trade.",
    );
    expect(agreements(text)).toEqual([]);
  });

  it("reads 'the most comprehensive Free Trade Agreement to enter into force' as one of before", () => {
    const text = release(
      "This will be the most comprehensive Free Trade Agreement to enter into force for the region.",
    );
    expect(agreements(text)).toEqual([]);
  });
});
