import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const fields = (text: string) => {
  const r = extractRelease(text);
  return { headline: r.headline, issuer: r.issuer, sourceCredit: r.sourceCredit };
};

describe("headline, issuer and source credit", () => {
  it("takes the first line as headline only when it looks like one", () => {
    expect(fields("Azerbaijan and China raise relations\n\nBaku, 4 July 2024 – The sides met.").headline).toBe(
      "Azerbaijan and China raise relations",
    );
    expect(fields("4 July 2024 09:00 (UTC+04:00)\n\nThe sides met.").headline).toBeNull();
    expect(fields("The sides met in Baku on Thursday.\n\nThey agreed on the next steps.").headline).toBeNull();
  });

  it("skips labels and a letterhead, which names the issuer", () => {
    const text =
      "FOR IMMEDIATE RELEASE\nPress Service of the Ministry of Economy of the Republic of Kazakhstan\n\nKazakhstan opens a trade house in Baku\n\nAstana, 12 March 2024 – The ministry said.";
    expect(fields(text)).toEqual({
      headline: "Kazakhstan opens a trade house in Baku",
      issuer: "Ministry of Economy of the Republic of Kazakhstan",
      sourceCredit: null,
    });
  });

  it("qualifies an issuing ministry named without its country, and reads 'According to <outlet>'", () => {
    const text =
      "The relations between Azerbaijan and China develop.\n\nAccording to Azernews, these views were included in the press release of the press secretary of the Ministry of Foreign Affairs, Aykhan Hajizade.";
    expect(fields(text)).toMatchObject({
      issuer: "Ministry of Foreign Affairs of Azerbaijan",
      sourceCredit: "Azernews",
    });
  });

  it("reads the issuer from 'X today announced' and the wire credit from the dateline", () => {
    const text =
      "Acme Unveils an Arm\n\nSAN FRANCISCO, June 9, 2023 /PRNewswire/ -- Acme Robotics Inc., a maker of robots, today announced a new arm.";
    expect(fields(text)).toMatchObject({ issuer: "Acme Robotics Inc.", sourceCredit: "PRNewswire" });
  });

  it("prefers a 'Source:' line and expands a defined acronym", () => {
    const text =
      "BAKU, Feb. 21 (Report) - Absheron Gas Company (AGC) signed a contract in October 2025, the press service of AGC told Report.\n\nSource: Report.az";
    expect(fields(text)).toMatchObject({ issuer: "Absheron Gas Company", sourceCredit: "Report.az" });
  });

  it("reads the issuer from a company's first sentence, but not from agency copy", () => {
    expect(
      fields(
        "Headline here\n\nISTANBUL, 3 October 2024 – Silk Route Logistics A.Ş. has completed the acquisition of Anatolia Freight Ltd.",
      ).issuer,
    ).toBe("Silk Route Logistics A.Ş.");
    expect(
      fields("Headline here\n\nBAKU, July 4 (APA) - Caspian Gas Company has signed a contract with a buyer.").issuer,
    ).toBeNull();
  });

  it("reads the issuer from 'Notes to editors'", () => {
    const text =
      "Helix and Nordvolt sign\nLONDON, 9 June 2023 – Helix Grid Ltd and Nordvolt AB today signed a deal.\nENDS\nNotes to editors\nHelix Grid Ltd is a developer of battery storage.";
    expect(fields(text).issuer).toBe("Helix Grid Ltd");
  });

  it("does not take a person for a source", () => {
    const text = "Minister John Smith spoke. According to John Smith, the talks went well.";
    expect(fields(text).sourceCredit).toBeNull();
  });
});
