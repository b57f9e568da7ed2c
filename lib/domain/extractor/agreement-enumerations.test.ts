/**
 * Documents counted off in one plural (issue 15, round 7): the forms of a running list that the
 * frozen halves' per-feature error counts ("running-list": the most agreements missed of any format)
 * pointed to, each written here as a made-up release.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const titles = (text: string) => extractRelease(text).agreements.map((a) => a.title);
const agreements = (text: string) =>
  extractRelease(text).agreements.map(({ type, title, parties }) => ({ type, title, parties }));
const OSLO = "OSLO, 3 May 2024 - ";

describe("a plural whose topics are listed", () => {
  it("reads a list before a passive with an adverb ('… were also signed')", () => {
    expect(
      titles(`${OSLO}Memoranda of understanding on health, agriculture and culture were also signed by Norway and Finland.`),
    ).toEqual([
      "Memorandum of Understanding on health",
      "Memorandum of Understanding on agriculture",
      "Memorandum of Understanding on culture",
    ]);
  });

  it("reads the topics after 'N agreements were signed:'", () => {
    expect(
      agreements(`${OSLO}Norway and Finland held talks. Three agreements were signed: on trade, on transport and on customs.`),
    ).toEqual([
      { type: "AGREEMENT", title: "Agreement on trade", parties: ["Norway", "Finland"] },
      { type: "AGREEMENT", title: "Agreement on transport", parties: ["Norway", "Finland"] },
      { type: "AGREEMENT", title: "Agreement on customs", parties: ["Norway", "Finland"] },
    ]);
  });

  it("ends the list at a clause of attribution", () => {
    expect(
      titles(`${OSLO}Norway and Finland signed agreements on trade, on tourism and on education, the ministry said.`),
    ).toEqual(["Agreement on trade", "Agreement on tourism", "Agreement on education"]);
  });

  it("keeps one document for a singular with several topics", () => {
    expect(
      titles(`${OSLO}Norway and Finland signed a memorandum of understanding on health, agriculture and culture.`),
    ).toHaveLength(1);
  });
});

describe("a collective of documents is no party", () => {
  it("does not take 'Among the documents' or 'A total of five documents' for the parties", () => {
    for (const text of [
      `${OSLO}Norway and Finland held talks. Among the documents signed were the Agreement on Air Services and the Programme of Cultural Exchanges for 2024-2026.`,
      `${OSLO}Norway and Finland held talks. A total of five documents were signed, including an intergovernmental agreement on trade and a memorandum of understanding on health.`,
    ]) {
      const parties = extractRelease(text).agreements.flatMap((a) => a.parties);
      expect(parties.filter((p) => /documents/i.test(p))).toEqual([]);
    }
  });
});
