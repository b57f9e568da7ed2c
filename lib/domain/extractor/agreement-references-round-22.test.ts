/**
 * Issue 15, round 22: documents named but not signed in the release (made-up releases of the forms
 * the development halves of batches 40, 49 and 52 showed), and a deal noun that names the kind after it.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

describe("documents of before or to come", () => {
  it("does not take a document whose conclusion is dated years before", () => {
    const text =
      "SPEECH BY THE PRIME MINISTER\n\nCANBERRA, 2 SEPTEMBER 1991\n\nNorway and Chile share a firm relationship. The conclusion of the Joint Declaration of Principles in December 1987 provided a framework for our relations.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("does not take a document signed 'in late 2018'", () => {
    const text =
      "Seabirds protected\n\nCanberra, 20 February 2020\n\n“We signed an arrangement with Chile in late 2018 to tackle the decline of our albatross.”\n";
    expect(agreements(text)).toEqual([]);
  });

  it("does not take a treaty the talks hope to produce", () => {
    const text =
      "Statement on the talks\n\nThe parties will negotiate the status of the region, and it is hoped to produce a peace treaty between Norway and Sweden.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("does not take the convention whose conference of parties met", () => {
    const text =
      "Albatross protected\n\nToday, 130 countries agreed to protect the albatross at the Conference of Parties on the Convention on the Conservation of Migratory Species of Wild Animals, held in India.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("a deal noun before a kind", () => {
  it("reads 'alliance agreements' as agreements, not an alliance", () => {
    const text =
      "Harbour to north of Kelso alliance agreements signed\n\nThe Transport Minister has welcomed a milestone for the Harbour to north of Kelso expressway, following the Transport Agency signing interim alliance agreements with two design and construction teams.\n";
    expect(agreements(text).map((a) => a.title)).not.toContain("Alliance");
  });
});

describe("a plan or charter between two parties", () => {
  it("is no document signed when its sentence tells of none", () => {
    const text =
      "Leaders meet in Oslo\n\nThe Prime Ministers of Norway and Chile today signed a Memorandum of Understanding on Fisheries Cooperation.\n\n" +
      "The Charter of Strategic Partnership between Norway and Chile has been updated.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Memorandum of Understanding on Fisheries Cooperation"]);
  });

  it("still is one when its sentence tells of its signing", () => {
    const text =
      "Leaders meet in Oslo\n\nThe Prime Ministers today signed the Charter of Strategic Partnership between Norway and Chile.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Charter of Strategic Partnership"]);
  });
});

describe("a document where something was agreed before", () => {
  it("does not take the treaty in which a goal was agreed", () => {
    const text =
      "Test ban treaty adopted\n\nNorway welcomed the treaty's adoption today. It is a step towards the elimination of nuclear weapons, as agreed by the international community in the Nuclear Non-Proliferation Treaty, which Norway signed long ago.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("documents recalled, imagined, prepared or to come", () => {
  it("does not take a declaration the ministers recalled", () => {
    const text =
      "Strategic dialogue\n\nThe Foreign Minister and the Deputy Secretary recalled the Joint Declaration of December 22, 2020, signed by Norway, Chile and Peru.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("does not take a document whose signing 'is also being prepared'", () => {
    const text =
      "Parliament session\n\nThe President thanked the partners. The signing of a Free Trade Agreement between Norway and Chile is also being prepared.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("does not take a document signed 'in Canberra last November'", () => {
    const text =
      "Foundation established\n\nThe Foundation is a logical next step following on the signature in Canberra last November of the Norwegian-Chilean Cultural Agreement.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("does not take a treaty that 'would be an historic event'", () => {
    const text =
      "Peace talks\n\nThe Prime Minister said a treaty between Norway and Sweden would be an historic event for the whole region.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("does not take agreements a speaker 'shall be signing', but takes those ministers 'will be signing' today", () => {
    const later =
      "Speech at the dinner\n\nFor example, I shall be signing agreements between Norway and Chile on science and on culture.\n";
    const today =
      "Joint statement\n\nToday our Foreign Ministers will be signing a Declaration of Intent on a Strategic Dialogue between Norway and Chile.\n";
    expect(agreements(later)).toEqual([]);
    expect(agreements(today)).toHaveLength(1);
  });
});
