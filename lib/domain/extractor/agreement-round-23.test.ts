/**
 * Issue 15, round 23: from the development halves of batches 57–60 (beehive, PM Transcripts and White
 * House releases gathered this round). Made-up releases written for this test.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));
const titles = (text: string) => extractRelease(text).agreements.map((a) => a.title);

describe("signed here", () => {
  it("reads 'we have witnessed a new agreement on …' as its signing", () => {
    const text =
      "Joint press conference\n\nPrime Minister, thank you. Today Australia and France have agreed to deepen defence ties. We’ve witnessed a new agreement on mutual logistics support that will help our forces work together.\n";
    expect(titles(text)).toEqual(["Agreement on mutual logistics support"]);
  });

  it("does not read a minister who 'has witnessed an agreement' as its signing", () => {
    const text =
      "Meat trade to resume\n\nThe Minister of Agriculture has witnessed an agreement in Tarnow enabling the resumption of lamb exports.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("takes a pledge signed here, not one only launched", () => {
    const signed =
      "Ruritania signs clean air pledge\n\nToday the Minister signed the Clean Air Pledge on behalf of Ruritania, alongside 40 other countries.\n";
    expect(titles(signed)).toEqual(["Clean Air Pledge"]);
    const launched =
      "Ruritania backs clean air\n\nThe Minister said Ruritania will pledge a further $2 million and will consider the Clean Air Pledge next year.\n";
    expect(agreements(launched)).toEqual([]);
  });

  it("takes the party whose signing of the documents is welcomed", () => {
    const text =
      "Good news for Tarnow\n\nThe Federal Government welcomes the Tarnow City Council’s signing of contracts to build the new harbour bridge.\n";
    expect(agreements(text)).toEqual([{ title: "Contract", parties: ["Tarnow City Council"] }]);
  });

  it("reads 'Memoranda of Understanding in areas of A and B' as one document on each", () => {
    const text =
      "Visit of the President of Ruritania\n\nThis morning Australia and Ruritania signed Memoranda of Understanding in areas of holiday maker visas and agriculture.\n";
    expect(titles(text)).toEqual([
      "Memorandum of Understanding on holiday maker visas",
      "Memorandum of Understanding on agriculture",
    ]);
  });

  it("takes the countries congratulated on signing a memorandum as its parties", () => {
    const text =
      "Statement by the President\n\nI congratulate Ruritania, Freedonia and Tarnovia on signing a trilateral memorandum, which paves the way for the talks.\n";
    expect(agreements(text)).toEqual([
      { title: "Trilateral Memorandum", parties: ["Ruritania", "Freedonia", "Tarnovia"] },
    ]);
  });

  it("takes a partnership whose signing is witnessed", () => {
    const text =
      "Visit to Beijing\n\nThe Prime Minister also witnessed the signing of a new development cooperation partnership between Australia and China on malaria research.\n";
    expect(agreements(text)).toEqual([
      { title: "Development Cooperation Partnership on malaria research", parties: ["Australia", "China"] },
    ]);
  });

  it("reads 'the signing of a license and services agreement' as that agreement, not a licence", () => {
    const text =
      "Battery plant\n\nIn September, Tarn Cells Inc. announced the signing of a license and services agreement with Ruritania Motors Ltd. to build a battery plant.\n";
    expect(titles(text)).toEqual(["License and Services Agreement"]);
  });

  it("keeps a name's own particle in lower case inside a document's title", () => {
    const text =
      "Accord signed\n\nThe Minister and the iwi chairs today signed the Te Tai o Marokura Iwi-Crown Wellbeing Accord at the marae.\n";
    expect(titles(text)).toEqual(["Te Tai o Marokura Iwi-Crown Wellbeing Accord"]);
  });
});

describe("not signed here", () => {
  it("does not take the treaty whose instrument of ratification is signed", () => {
    const text =
      "Ratification of the treaty\n\nIt is with great pleasure that I sign today the instrument of ratification by which Ruritania will become a party to the Northern Seas Treaty.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("does not take a document named in a study, a body or an office", () => {
    const text =
      "Joint statement\n\nWe have concluded the Ruritania-Freedonia Free Trade Agreement Joint Feasibility Study and are considering next steps. The Waterways Treaty Negotiations Minister Jane Roe signed the visitors' book.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("does not take documents a country 'has signed since' an earlier time", () => {
    const text =
      "Methane commitment\n\nRuritania today joined the new methane initiative. Other major declarations Ruritania has signed since the start of the climate talks include the Forest Declaration and the Coal Transition Declaration.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("does not take a Presidential Memorandum the President signs", () => {
    const text =
      "Fact sheet: the summit\n\nThe President is signing a Presidential Memorandum to Restore Salmon Populations in the Tarn River, and two Presidential Memorandums on consultation.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("does not take what the document a sentence opens with is said to be", () => {
    const text =
      "Ruritania to join wetlands convention\n\nRuritania has decided to join the Wetlands Convention. The Convention, first signed in Ramsar in 1971, is an agreement for the protection of wetlands.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("does not take a signing that is the subject of what it will bring", () => {
    const text =
      'Trade minister to visit Freedonia\n\n"Concluding the Investment Protection Agreement will contribute to our economic links," the Minister said before leaving for Freedonia.\n';
    expect(agreements(text)).toEqual([]);
  });

  it("does not take the headline's signing when the body tells it as still to come", () => {
    const text =
      "Defence Ministers Sign New Defence Agreement\n\nThe Defence Minister and his Freedonian counterpart will sign a new defence agreement in Tarnow today. The Status of Forces Agreement will be signed at the barracks.\n";
    expect(agreements(text)).toEqual([]);
  });
});
