import { describe, expect, it } from "vitest";
import { agreementHints, bareTitle } from "./proposal-hints";

describe("issue 15: what the import review asks the editor to check in a proposed agreement", () => {
  it("knows a bare kind from a named document", () => {
    expect(bareTitle("Agreement")).toBe(true);
    expect(bareTitle("the new contracts")).toBe(true);
    expect(bareTitle("MoU")).toBe(true);
    expect(bareTitle("Memorandum of Understanding")).toBe(true);
    expect(bareTitle("Air Services Agreement")).toBe(false);
    expect(bareTitle("Memorandum of Understanding on Water")).toBe(false);
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
