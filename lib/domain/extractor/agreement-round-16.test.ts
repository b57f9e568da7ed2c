/**
 * Issue 15, round 16: what a hard-wrapped text showed once its lines were joined (line-wraps.ts) — a
 * document described after its name, and a signing the release looks back on by the day of last
 * week. Made-up releases of the forms two development releases of batches 19 and 23 showed.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

describe("a document described after its name", () => {
  it("is one document: 'the X Deal (XD), a landmark science and technology agreement that …'", () => {
    const text =
      "Fact Sheet: Chile and Norway sign the Ocean Technology Deal\n\n" +
      "During the visit, President Rojas of Chile and Prime Minister Lund of Norway signed the Ocean Technology Deal (OTD), a landmark science and technology agreement that will bring the two countries' research fleets together.\n";
    expect(agreements(text)).toEqual([{ title: "Ocean Technology Deal", parties: ["Chile", "Norway"] }]);
  });

  it("still reads a list going on with another document after a comma", () => {
    const text =
      "Chile and Norway sign documents\n\nSantiago, 4 May 2018\n\n" +
      "Chile and Norway today signed the Agreement on Fisheries Surveillance, a memorandum of understanding on ocean research and a protocol on inspections.\n";
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Agreement on Fisheries Surveillance",
      "Memorandum of Understanding on ocean research",
      "Protocol on inspections",
    ]);
  });
});

describe("a signing the release looks back on", () => {
  it("is not signed here when it was signed 'last Sunday' or 'earlier this month'", () => {
    const text =
      "Chile signs fisheries agreement with Norway\n\nSantiago, 4 May 2018\n\n" +
      "Chile and Norway today signed the Agreement on Fisheries Surveillance. " +
      "The Minister signed a Fisheries Inspection Agreement with the Minister of Fisheries of Peru, Mr Diaz, in Lima last Sunday. " +
      "A similar Memorandum on Ocean Research was signed with Argentina earlier this month.\n";
    expect(agreements(text)).toEqual([{ title: "Agreement on Fisheries Surveillance", parties: ["Chile", "Norway"] }]);
  });
});
