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
      titles(
        `${OSLO}Memoranda of understanding on health, agriculture and culture were also signed by Norway and Finland.`,
      ),
    ).toEqual([
      "Memorandum of Understanding on health",
      "Memorandum of Understanding on agriculture",
      "Memorandum of Understanding on culture",
    ]);
  });

  it("reads the topics after 'N agreements were signed:'", () => {
    expect(
      agreements(
        `${OSLO}Norway and Finland held talks. Three agreements were signed: on trade, on transport and on customs.`,
      ),
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

describe("a list introduced by the sentence before (batch 12's development half)", () => {
  const LEAD = "OSLO, 3 May 2024 - The foreign ministers of Norway and Finland signed a total of four documents.";

  it("reads items bulleted by a dash glued to them after 'These include:'", () => {
    expect(
      agreements(
        `${LEAD}\n\nThese include:\n\n-the Agreement on Fisheries,\n\n-Memorandum of Understanding on the organization of a joint exhibition,\n\n-Protocol on consultations and\n\n-Exchange of letters on the harbour project.`,
      ),
    ).toEqual([
      { type: "AGREEMENT", title: "Agreement on Fisheries", parties: ["Norway", "Finland"] },
      {
        type: "MEMORANDUM_OF_UNDERSTANDING",
        title: "Memorandum of Understanding on the organization of a joint exhibition",
        parties: ["Norway", "Finland"],
      },
      { type: "PROTOCOL", title: "Protocol on consultations", parties: ["Norway", "Finland"] },
      { type: "OTHER", title: "Exchange of letters on the harbour project", parties: ["Norway", "Finland"] },
    ]);
  });

  it("reads a list written inline after 'The agreements include:'", () => {
    expect(
      titles(
        `${LEAD}\n\nThe agreements include: MoU on Green Development, Protocol on Pineapple Exports, Action Plan for Cybersecurity Cooperation, Maritime Cooperation Arrangement.`,
      ),
    ).toEqual([
      "MoU on Green Development",
      "Protocol on Pineapple Exports",
      "Action Plan for Cybersecurity Cooperation",
      "Maritime Cooperation Arrangement",
    ]);
  });

  it("does not read such a list when the sentence before tells of documents to be signed", () => {
    expect(
      titles(
        "OSLO, 3 May 2024 - Norway and Finland will sign four documents next week.\n\nThese include: MoU on Green Development, Protocol on Pineapple Exports.",
      ),
    ).toEqual([]);
  });

  it("reads the topics of 'agreements have also been signed on A, on B and on C'", () => {
    expect(
      titles(
        `${OSLO}Norway and Finland signed a declaration. Intergovernmental agreements have also been signed on the protection of industrial property, on migration and on the protection of information.`,
      ).slice(1),
    ).toEqual([
      "Agreement on the protection of industrial property",
      "Agreement on migration",
      "Agreement on the protection of information",
    ]);
  });
});
