/**
 * Issue 15, round 16: each development text's own date written again in the other forms releases use
 * (day first or month first, abbreviated, with its weekday, ISO with a clock time) found four forms
 * the rules did not read where that text has its date: a label before a month-first date or a weekday,
 * a clock time inside a bracketed dateline, a closing line whose place runs into the month, and an
 * ISO date with its time on a closing line. Made-up releases.
 */
import { describe, expect, it } from "vitest";
import { extractDateline } from "./dateline";

const BODY = "Chile and Norway signed a memorandum on fisheries. The memorandum sets up a joint laboratory.";
const dl = (text: string) => {
  const { place, date, time } = extractDateline(text);
  return { place, date, time };
};

describe("a transcript's label before its date", () => {
  it("reads 'FOR PRESS May 6, 1976', 'FOR PRESS May. 6, 1976' and 'FOR PRESS Thursday, 6 May, 1976'", () => {
    for (const label of ["FOR PRESS May 6, 1976", "FOR PRESS May. 6, 1976", "FOR PRESS Thursday, 6 May, 1976"])
      expect(dl(`Fisheries memorandum\n\n${label}\n${BODY}\n`).date).toBe("1976-05-06");
  });
});

describe("a bracketed dateline with a clock time", () => {
  it("reads '(Kyiv, 2022-02-02 14:45) President …' with its place and time", () => {
    expect(dl(`Joint statement\n\n(Kyiv, 2022-02-02 14:45) ${BODY}\n`)).toEqual({
      place: "Kyiv",
      date: "2022-02-02",
      time: "14:45",
    });
  });
});

describe("the date a release closes with", () => {
  const long = Array.from({ length: 40 }, (_, i) => `Point ${i + 1} of the memorandum was read out.`).join("\n\n");

  it("reads a place and a month-first date: 'Canberra December 9, 1982', 'Canberra Dec. 9, 1982'", () => {
    expect(dl(`Fisheries memorandum\n\n${long}\n\nCanberra December 9, 1982\n`).date).toBe("1982-12-09");
    expect(dl(`Fisheries memorandum\n\n${long}\n\nCanberra Dec. 9, 1982\n`).date).toBe("1982-12-09");
    // Before the attachments that follow a statement.
    expect(
      dl(`Fisheries memorandum\n\n${long}\n\nCanberra December 9, 1982\n\nMemo: To Heads of Bureaux\nA\nB\nC\nD\n`)
        .date,
    ).toBe("1982-12-09");
  });

  it("reads an ISO date with its clock time on the last line", () => {
    expect(dl(`Fisheries memorandum\n\n${long}\n\n2015-06-17 14:45\n`).date).toBe("2015-06-17");
  });
});
