/**
 * Issue 15, round 17: two scanned transcripts of the development halves (batches 23 and 27) whose
 * dates the rules missed: a date line under a headline longer than a short line, and a date of 1973
 * in a header line after a file number, with a stray letter glued to its year by the scan. Made-up
 * releases of those forms.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const BODY =
  "Mr Prime Minister, distinguished guests, the relationship between our two countries is of great importance to both of us.\n\n" +
  "It is a relationship we can be proud of, and one we shall keep building in the coming decade.\n";
const date = (text: string) => extractRelease(text).dateline.date;

describe("a date line under a long headline", () => {
  it("reads 'LAKEPORT 16 SEPTEMBER 1985' under a headline of more than a hundred characters", () => {
    const headline =
      "SPEECH BY THE PRIME MINISTER ON THE OCCASION OF THE SIGNING OF THE MEMORANDUM OF UNDERSTANDING ON FISHERIES, LAKEPORT, 16 SEPTEMBER 1985";
    // The speech as the scan gives it: in capitals, words run together where lines were joined.
    const speech =
      "MR PRIME MINISTER, DISTINGUISHED GUESTS, LADIES\nGENTLEMENTHE RELATIONSHIP OF OUR COUNTRIES: HAS BEENAND\n" +
      "WILL CONTINUE TO BE -A MATTER OF GREAT IMPORTANCE\nTO BOTH OUR COUNTRIESIT\nIS AN INTIMATE RELATIONSHIP\n";
    expect(date(`${headline}\n\nSPEECH BY THE PRIME MINISTER\nLAKEPORT 16 SEPTEMBER 1985\n${speech}`)).toBe(
      "1985-09-16",
    );
  });

  it("does not read a date inside a first line that is a paragraph", () => {
    const first =
      "The Prime Minister met the President today. They recalled the treaty of 16 September 1985 and spoke of the years since then in some detail.";
    expect(date(`${first}\nLAKEPORT 16 SEPTEMBER\n${BODY}`)).toBeNull();
  });
});

describe("a scanned header line with a file number", () => {
  it("reads '29 March 1973' after 'M/ 62', and with a stray letter after its year", () => {
    for (const line of ["M/ 62 29 March 1973", "M/ 62 29 March 1973J"])
      expect(date(`SIGNATURE OF EXTRADITION TREATY\n\nNO DATE\n${line}\n${BODY}`)).toBe("1973-03-29");
  });
});
