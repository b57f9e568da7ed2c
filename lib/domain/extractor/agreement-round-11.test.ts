/**
 * Agreements in made-up releases shaped like the formats of the failure classes (issue 15,
 * round 11): an earlier agreement dated after its capitalised title, a subject whose signing is the
 * second verb of its predicate, and signatories after where and when the signing was.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

describe("an earlier agreement named by its title", () => {
  it("takes 'the Agreement on Trade in 2009' in a 2023 release as signed then, not here", () => {
    const text =
      "Ostrava and Kestovia deepen cooperation\n\nValmora, 14 March 2023 - The Presidents met today.\n\nThe two governments signed the Agreement on Trade in 2009.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("keeps the years of a title after 'for'", () => {
    const text =
      "Valmora, 14 March 2023 - The foreign ministers of Ostrava and Kestovia signed the Programme of Cultural Exchanges for 2023-2026.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Programme of Cultural Exchanges for 2023-2026"]);
  });
});

describe("a subject with two predicates", () => {
  it("ends the parties before 'held talks … and signed'", () => {
    const text =
      "Summit\n\nValmora, 14 March 2023 - The Presidents of Ostrava and Kestovia held talks in Valmora and signed a joint declaration.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Ostrava", "Kestovia"]]);
  });
});

describe("signatories after the place and time of the signing", () => {
  it("reads 'was signed in Berlin on Monday by A and B'", () => {
    const text =
      "Rail deal\n\nBerlin, 12 February 2024 - An agreement was signed in Berlin on Monday by Altmark Mobility and Kestovia Railways.\n";
    expect(agreements(text).map((a) => a.parties)).toEqual([["Altmark Mobility", "Kestovia Railways"]]);
  });
});

describe("a document whose signing comes later in its sentence", () => {
  it("takes 'A contract for 40 locomotives was signed on Monday by A and B' as signed here, with its topic", () => {
    const text =
      "Rail deal\n\nBerlin, 12 February 2024 - A contract for 40 locomotives was signed on Monday by Altmark Mobility and Kestovia Railways.\n";
    expect(agreements(text)).toEqual([
      { title: "Contract for 40 locomotives", parties: ["Altmark Mobility", "Kestovia Railways"] },
    ]);
  });

  it("does not take a contract 'signed in 2019' for one signed here", () => {
    const text =
      "Rail deal\n\nBerlin, 12 February 2024 - Deliveries continue under a contract for 40 locomotives that was signed in 2019.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("documents named by what they concern", () => {
  it("ends an item of a list with commas at 'and the'", () => {
    const text =
      "Russian-Lao talks\n\nMoscow, 14 March 2023 - The President of Russia held talks with the President of Laos. A number of documents were signed in the presence of the two leaders. The documents concern cooperation in agriculture, education and the peaceful use of outer space.\n";
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Document on agriculture",
      "Document on education",
      "Document on the peaceful use of outer space",
    ]);
  });

  it("does not split 'scientific and technical cooperation' or 'trade and economic ties' at their 'and'", () => {
    const text =
      "Russian-Lao talks\n\nMoscow, 14 March 2023 - The documents signed today concern scientific and technical cooperation, and trade and economic ties.\n";
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Document on scientific and technical cooperation",
      "Document on trade and economic ties",
    ]);
  });
});
