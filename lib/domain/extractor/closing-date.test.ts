/**
 * The date a release without a dateline closes with (issue 15, round 9: batch 20's development half,
 * where a release carrying a document ended with its "Done at …" clause). Made-up releases.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const date = (text: string) => extractRelease(text).dateline.date;
// Long enough that the last lines are far below the top, where datelines are looked for.
const BODY = [
  "Northland accepts the Port Vale Agreement",
  ...Array.from(
    { length: 45 },
    (_, i) => `Article ${i + 1} of the agreement was read out and its terms were accepted.`,
  ),
].join("\n\n");

describe("a date the release closes with", () => {
  it("reads a document's 'Done at … this Nth day of Month, YYYY' clause", () => {
    expect(date(`${BODY}\n\nDone at Lakeport this 20th day of January, 2021.\n\nJANE ROE`)).toBe("2021-01-20");
  });

  it("reads a place and a date on the last lines, in either order", () => {
    expect(date(`${BODY}\n\nLAKEPORT 26 February 2019`)).toBe("2019-02-26");
    expect(date(`${BODY}\n\nLakeport, 18 November 2014`)).toBe("2014-11-18");
    expect(date(`${BODY}\n\nApril 15, 1994\nLAKEPORT`)).toBe("1994-04-15");
  });

  it("reads the place and date a page scraped onto one line ends with (issue 15, round 16)", () => {
    // The headline on its line, the whole body on the next.
    const oneLine = BODY.replace(/\n\n(?=Article (?!1 ))/g, " ");
    expect(oneLine.split("\n\n")).toHaveLength(2);
    expect(date(`${oneLine} Lakeport 26 February 2019`)).toBe("2019-02-26");
    expect(date(`${oneLine} 17 June 2015`)).toBe("2015-06-17");
    expect(date(`${oneLine} Done at Lakeport this 20th day of January, 2021. JANE ROE`)).toBe("2021-01-20");
    expect(date(`${oneLine} The agreement runs until 31 July 2027.`)).toBeNull();
  });

  it("gives no date for a closing sentence that merely holds one", () => {
    expect(date(`${BODY}\n\nThe agreement runs until 31 July 2027.`)).toBeNull();
  });

  it("reads a place and a date closing a statement that attachments follow (round 13, batch 25 form)", () => {
    const memo =
      "Memo: To Heads of Bureaux\nSATELLITE SIGNING\nYou are invited to attend the signing ceremony.\nThe ceremony starts at noon.\nPlease be seated by 11.45.";
    expect(date(`${BODY}\nLakeport 9 December 1982\n\n${memo}`)).toBe("1982-12-09");
    // Not a sentence that holds a date, nor a date on a line that runs on.
    expect(date(`${BODY}\nThe Treaty took effect in Lakeport 9 December 1982 at noon\n\n${memo}`)).toBeNull();
  });

  it("keeps a dateline at the top over a date at the end", () => {
    expect(date(`LAKEPORT, 3 May 2024 - ${BODY}\n\nLakeport, 18 November 2014`)).toBe("2024-05-03");
  });
});
