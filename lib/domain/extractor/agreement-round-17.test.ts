/**
 * Issue 15, round 17: a document named only by its kind, and what follows "for". Made-up releases
 * of the forms three development releases of batches 24–26 showed: "signed the loan agreement for
 * the Commonwealth" (for whom it was signed, no part of its name), "an agreement for Norway to join
 * the Forum" (the state and the body it joins), "the contract for the Tarn Army's biggest purchase"
 * (a name in the possessive inside a topic in lower case).
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

describe("'for' a body after a document named by its kind", () => {
  it("is the party it was signed for, not the title", () => {
    const text =
      "Loan raised in Frankfurt\n\nOSLO, 3 May 1967\n\n" +
      "The Norwegian Ambassador to Germany signed the loan agreement for the Government of Norway in Frankfurt this morning. " +
      "The loan of DM 100 million was arranged by the Nordbank Aktiengesellschaft.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Loan Agreement"]);
    expect(agreements(text)[0]!.parties).toContain("Government of Norway");
  });

  it("reads 'for X to join Y' as the state and the body it joins", () => {
    const text =
      "Norway joins the Forum on Fisheries\n\nOSLO, 3 May 2023\n\n" +
      "Foreign Minister Anne Lund signed an agreement for Norway to join the Intergovernmental Forum on Fisheries and Oceans (IFFO). " +
      "The IFFO is a voluntary partnership of more than 40 nations.\n";
    expect(agreements(text)).toEqual([
      { title: "Agreement", parties: ["Norway", "Intergovernmental Forum on Fisheries and Oceans"] },
    ]);
  });

  it("keeps a topic that is no body: 'a contract for the Supply of Rail Cars'", () => {
    const text =
      "Rail cars ordered\n\nOSLO, 3 May 2023\n\n" +
      "Tarn Rail and Nordic Rolling Stock signed a contract for the Supply of Rail Cars today.\n";
    expect(agreements(text)).toEqual([
      { title: "Contract for the Supply of Rail Cars", parties: ["Tarn Rail", "Nordic Rolling Stock"] },
    ]);
  });
});

describe("a name in the possessive inside a topic", () => {
  it("goes on to the noun it owns: 'the contract for the Tarn Army's biggest equipment purchase'", () => {
    const text =
      "PM signs contract for new army vehicles\n\nLAKEPORT, 3 May 2002\n\n" +
      "Prime Minister Ana Ruiz today signed the contract for the Tarn Army's biggest equipment purchase - 105 new light armoured vehicles.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Contract for the Tarn Army's biggest equipment purchase"]);
  });
});
