/**
 * Issue 15, round 21: releases without a dateline whose first full date is not the day of their
 * signing — another document's signing told in a relative clause, and the day a signed instrument
 * brings something into force (made-up releases of the forms batch 45's development half showed).
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const date = (text: string) => extractRelease(text).dateline.date;

describe("dates of releases without a dateline", () => {
  it("does not date a release by the day of a document 'that was signed on'", () => {
    const text =
      "Research cooperation with Canada\n\n" +
      "The two governments today signed an arrangement on research into border technology.\n\n" +
      "The arrangement adds to the Agreement on Science and Technology Cooperation that was signed on 21 March 2004.\n";
    expect(date(text)).toBeNull();
  });

  it("does not date a release by the day a signed certificate brings a transfer into force", () => {
    const text =
      "Transfer of the state railways\n\n" +
      "The Prime Minister and the Premier announced today that they had signed a certificate to bring into force the transfer of the railways on 1 July 1976.\n";
    expect(date(text)).toBeNull();
  });

  it("still dates a release by the day its own signing is told", () => {
    const text =
      "Research cooperation with Canada\n\n" +
      "The arrangement was signed on 21 March 2004 by the two ministers in Ottawa.\n";
    expect(date(text)).toBe("2004-03-21");
  });
});
