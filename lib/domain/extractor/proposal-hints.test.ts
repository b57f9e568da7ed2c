import { describe, expect, it } from "vitest";
import { kindOnly } from "./agreement-keywords";
import { agreementHints } from "./proposal-hints";

describe("issue 15: what the import review asks the editor to check in a proposed agreement", () => {
  it("knows a bare kind from a named document", () => {
    expect(kindOnly("Agreement")).toBe(true);
    expect(kindOnly("the new contracts")).toBe(true);
    expect(kindOnly("MoU")).toBe(true);
    expect(kindOnly("Memorandum of Understanding")).toBe(true);
    expect(kindOnly("Air Services Agreement")).toBe(false);
    expect(kindOnly("Memorandum of Understanding on Water")).toBe(false);
    // Every kind the extractor reads, and the deals it proposes under their kind.
    expect(kindOnly("Deed")).toBe(true);
    expect(kindOnly("Joint Statement")).toBe(true);
    expect(kindOnly("Sale")).toBe(true);
    expect(kindOnly("Deed of Settlement with Ngāti Toa")).toBe(false);
  });

  it("asks for a title and for parties where they are missing, and nothing of a complete proposal", () => {
    expect(agreementHints({ title: "Agreement", parties: "" })).toEqual([
      "Named only by its kind: give its title as the text names it, if it has one.",
      "No parties were found where it is named: add who signed it, one per line.",
    ]);
    expect(agreementHints({ title: "Contract", parties: "Acme Rail\nBeta Works" })).toHaveLength(1);
    expect(agreementHints({ title: "Air Services Agreement", parties: "  \n" })).toEqual([
      "No parties were found where it is named: add who signed it, one per line.",
    ]);
    expect(agreementHints({ title: "Air Services Agreement", parties: "Freedonia\nSylvania" })).toEqual([]);
  });
});
