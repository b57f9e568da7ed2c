/**
 * Wire datelines without a date of their own (issue 15, round 10: company wire and news agency
 * formats), written as made-up releases: Business Wire's "CITY, State--(BUSINESS WIRE)--" under a
 * date line, an agency's "CITY, Country (AP) —", and parties read after the dateline, not from it.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const BUSINESS_WIRE =
  "Tarn Systems Signs Contract with City of Lakeport\n\nMarch 3, 2025 08:00 AM Eastern Standard Time\n\nLAKEPORT, Calif.--(BUSINESS WIRE)--Tarn Systems Inc. (NYSE: TRN) today announced it has signed a five-year contract with the City of Lakeport for smart water meters.\n";

describe("a place and a wire's credit without a date", () => {
  it("takes Business Wire's place under the date line above it", () => {
    const { dateline } = extractRelease(BUSINESS_WIRE);
    expect([dateline.place, dateline.date]).toEqual(["Lakeport, Calif.", "2025-03-03"]);
  });

  it("takes an agency's place with no date at all", () => {
    const { dateline } = extractRelease(
      "KYIV, Ukraine (AP) — Ukraine and Poland signed a security agreement on Monday.\n",
    );
    expect([dateline.place, dateline.date]).toEqual(["Kyiv, Ukraine", null]);
  });

  it("does not take a body's name and its acronym for a place and a credit", () => {
    const { dateline } = extractRelease(
      "Tarn University (TU) – The university signed an agreement with Ovel Pharma.\n",
    );
    expect(dateline.place).toBeNull();
  });
});

describe("parties after a wire dateline", () => {
  it("reads the signing company after Business Wire's credit", () => {
    expect(extractRelease(BUSINESS_WIRE).agreements.map((a) => a.parties)).toEqual([
      ["Tarn Systems Inc.", "City of Lakeport"],
    ]);
  });

  it("reads the signing company after ACCESSWIRE's place, credit and date", () => {
    const text =
      'Sucker Lake Signs Letter of Intent\n\nVANCOUVER, BC / ACCESSWIRE / June 12, 2023 / Sucker Lake Mining Corp. ("Sucker Lake" or the "Company") is pleased to announce that it has signed a binding letter of intent with Mega Red Resources Ltd. to acquire the Lakeview property.\n';
    expect(extractRelease(text).agreements.map((a) => a.parties)).toEqual([
      ["Sucker Lake Mining Corp.", "Mega Red Resources Ltd."],
    ]);
  });
});
