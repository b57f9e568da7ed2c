/**
 * Issue 15, round 19: a long header line dated by its label ("… Media release 25 October 2009"), and a
 * release without a date that mentions when another document entered into force (made-up releases
 * of the forms batches 33 and 34's development halves showed).
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const date = (text: string) => extractRelease(text).dateline.date;

describe("dates of releases without a dateline", () => {
  it("reads a long header line's 'Media release 25 October 2009'", () => {
    const text =
      "Largest free trade agreement to begin in 2010 Prime Minister Minister for Trade and Competitiveness Media release 25 October 2009\n\n" +
      "The agreement will come into force on 1 January 2010, following talks with the region's leaders today.\n";
    expect(date(text)).toBe("2009-10-25");
  });

  it("does not date a release by the day another agreement 'entered into force on'", () => {
    const text =
      "Fact sheet: a trade agreement with Jordan\n\n" +
      "The new agreement builds upon the Free Trade Agreement, which entered into force on December 17, 2001.\n\n" +
      "It will open markets for farmers.\n";
    expect(date(text)).toBeNull();
  });
});
