/**
 * Issue 15, round 22: dates of old transcripts (made-up releases of the forms the development halves
 * of batches 49 and 51 showed) — a long headline in capitals ended by its date, an ordinal in
 * capitals, and a statement's date alone on its line before its attachment.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const dateline = (text: string) => extractRelease(text).dateline;

describe("a long headline in capitals ended by its date", () => {
  it("dates the release by the date that ends the headline", () => {
    const text =
      "SPEECH BY THE PRIME MINISTER AT A STATE DINNER IN HONOUR OF THE PRESIDENT OF THE REPUBLIC OF NAURU HIS EXCELLENCY THE PRESIDENT CANBERRA, 4 MARCH 1987\n\n" +
      "Mr President, ladies and gentlemen, it gives me great pleasure to welcome you to Canberra.\n";
    expect(dateline(text).date).toBe("1987-03-04");
  });

  it("reads an ordinal in capitals ('28TH JUNE. 1966')", () => {
    const text =
      "STATEMENT BY THE MINISTER FOR TRADE AND INDUSTRY ON HIS RETURN TO AUSTRALIA FROM TRADE TALKS IN EUROPE AND NORTH AMERICA 28TH JUNE. 1966\n\n" +
      "The Minister returned to Australia today after talks in London and Ottawa.\n";
    expect(dateline(text).date).toBe("1966-06-28");
  });

  it("does not take a date inside a long headline, nor one in a long headline in sentence case", () => {
    const inside =
      "STATEMENT BY THE PRIME MINISTER ON THE AGREEMENT OF 4 MARCH 1987 BETWEEN THE COMMONWEALTH AND THE STATES ON THE FUTURE OF THE RAILWAYS\n\n" +
      "The Commonwealth and the States met today.\n";
    const sentenceCase =
      "The Minister of Transport and the Minister of Finance announce that the new road user charges apply from 1 July 2026\n\n" +
      "The charges replace fuel excise for light vehicles.\n";
    expect(dateline(inside).date).toBeNull();
    expect(dateline(sentenceCase).date).toBeNull();
  });

  it("prefers the place and date on a short line of the header below the headline", () => {
    const text =
      "SPEECH BY THE PRIME MINISTER ON THE OCCASION OF THE SIGNING OF THE MEMORANDUM OF UNDERSTANDING ON FISHERIES, APIA, 16 SEPTEMBER 1985\n\n" +
      "SPEECH BY THE PRIME MINISTER\nAPIA, 16 SEPTEMBER 1985\nMr Prime Minister, distinguished guests, it is an honour to sign this memorandum with you today.\n";
    const d = dateline(text);
    expect(d.date).toBe("1985-09-16");
    expect(text.slice(...(d.range ?? [0, 0]))).toContain("APIA");
  });
});

describe("a statement's date before its attachment", () => {
  it("dates the release by the date alone on its line before 'Attachment'", () => {
    const text =
      "Landcare funding flows to Tasmania\n\nThe Premier and I today signed the partnership agreement that lets the Commonwealth's environmental funding flow to Tasmania.\n\n" +
      "Projects were delayed for far too long.\n\nThe works will start this month.\n\nLandcare groups will lead most of them.\n\n" +
      "We will announce the rest of the projects soon.\n\nI look forward to working with Tasmania.\n\n7 October 1997\n\nAttachment\n\nThe projects funded this year are listed below, among others for 1998-99.\n\n" +
      "Upper Derwent: fencing of stream banks.\n\nHuon Valley: revegetation of slopes.\n\nTamar: weed control along the river.\n";
    expect(dateline(text).date).toBe("1997-10-07");
  });
});
