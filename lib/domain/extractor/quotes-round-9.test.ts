/**
 * Speakers of quotations in formats seen in batch 19's development half (issue 15, round 9: a
 * military command's release, an ambassador's words without a full stop, a presidential site's
 * statement after talks), written again as made-up releases.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const speakers = (text: string) => extractRelease(text).quotes.map((q) => q.speaker);

describe("speakers after the words", () => {
  it("reads a name after a military rank cut short", () => {
    expect(
      speakers(
        'PORT VALE, 3 May 2024 - "The threat is real, and we are taking every measure to protect our forces," said Maj. Gen. Gary J. Roe, commander of the land component.',
      ),
    ).toEqual(["Gary J. Roe"]);
    expect(
      speakers('PORT VALE, 3 May 2024 - "We trained every unit before the season began," said Lt. Col. Ann Doe.'),
    ).toEqual(["Ann Doe"]);
  });

  it("ends the attribution at the next quotation's opening mark when the full stop was left out", () => {
    expect(
      speakers(
        "PORT VALE, 3 May 2024 - “We are delighted to welcome Southland to the accords,” said Ambassador Jane Roe, the Northland ambassador to Southland “We recognize Southland as a rising leader in space.”",
      ),
    ).toEqual(["Jane Roe", "Jane Roe"]);
  });
});

describe("speakers before the words", () => {
  it("gives words after 'This was stated by X … following talks with Y in Capital' to X", () => {
    expect(
      speakers(
        'This was stated by President Jane Roe in a statement to the media following talks with President John Doe in Kyiv. "Today, cooperation in the field of infrastructure is actively developing. We expect more investment."',
      ),
    ).toEqual(["Jane Roe"]);
  });

  it("does not take a capital city for the person last named", () => {
    expect(
      speakers(
        'Talks were held with President John Doe in Kyiv. "Today, cooperation in the field of infrastructure is actively developing. We expect more investment."',
      ),
    ).toEqual(["John Doe"]);
  });
});
