import { describe, expect, it } from "vitest";
import { extractDateline, inferYear } from "./dateline";

const dl = (text: string) => {
  const { place, date, time, utcOffset } = extractDateline(text);
  return { place, date, time, utcOffset };
};

describe("extractDateline", () => {
  it("reads a date with time and UTC offset on its own line", () => {
    const text = "4 July 2024 09:00 (UTC+04:00)\n\nThe body.";
    expect(dl(text)).toEqual({ place: null, date: "2024-07-04", time: "09:00", utcOffset: "+04:00" });
    const r = extractDateline(text);
    expect(r.range).toEqual([0, 29]);
    expect(text.slice(...(r.range as [number, number]))).toBe("4 July 2024 09:00 (UTC+04:00)");
    expect(r.ownLine).toBe(true);
  });

  it("reads 'Month D, YYYY'", () => {
    expect(dl("June 9, 2023\n\nBody text follows here.")).toEqual({
      place: null,
      date: "2023-06-09",
      time: null,
      utcOffset: null,
    });
  });

  it("reads DD.MM.YYYY day first", () => {
    expect(dl("Ministry of Energy\n09.06.2023\n\nBody.").date).toBe("2023-06-09");
  });

  it("reads a wire dateline without a year, taking the year from the text", () => {
    const r = extractDateline("BAKU, July 4 (AZERTAC) - Trade grew in the first half of 2024, the ministry said.");
    expect(r.place).toBe("Baku");
    expect(r.date).toBe("2024-07-04");
    expect(r.credit?.text).toBe("AZERTAC");
  });

  it("leaves the date null when no year is given anywhere", () => {
    const r = extractDateline("BAKU, October 2 (AZERTAC) - The forum opened this year in Baku.");
    expect(r.place).toBe("Baku");
    expect(r.date).toBeNull();
  });

  it("prefers a year written with a month over a bare year", () => {
    expect(inferYear("Exports in 2024 were high. Deliveries start in October 2025.", null)).toBe(2025);
    expect(inferYear("The programme for 2024-2027 was approved.", null)).toBeNull();
    // issue 15: years of earlier events and terms do not date the release.
    expect(inferYear("An MoU signed by the agencies in Bishkek in 2015 was implemented.", null)).toBeNull();
    expect(inferYear("It exchanged notes due 2010 for shares.", null)).toBeNull();
  });

  it("reads place, 'D Month YYYY' and a dash", () => {
    expect(dl("Press Service\n\nHeadline here\n\nAstana, 12 March 2024 – The ministry said.")).toEqual({
      place: "Astana",
      date: "2024-03-12",
      time: null,
      utcOffset: null,
    });
  });

  it("reads a US wire dateline with a region and a distributor credit", () => {
    const r = extractDateline("Headline\n\nWASHINGTON, D.C., June 9, 2023 /PRNewswire/ -- Acme today announced...");
    expect(r.place).toBe("Washington, D.C.");
    expect(r.date).toBe("2023-06-09");
    expect(r.credit?.text).toBe("PRNewswire");
    expect(r.ownLine).toBe(false);
  });

  it("reads an ISO date with time and a GMT offset", () => {
    expect(dl("Baku, 2023-11-20 10:30 (GMT+4) — Caspian Coffee Company has signed...")).toEqual({
      place: "Baku",
      date: "2023-11-20",
      time: "10:30",
      utcOffset: "+04:00",
    });
  });

  it("reads a weekday, a 12-hour time and a zone abbreviation", () => {
    expect(dl("Thursday, 4 July 2024, 9:30 p.m. EDT\n\nBody.")).toEqual({
      place: null,
      date: "2024-07-04",
      time: "21:30",
      utcOffset: "-04:00",
    });
  });

  it("reads an abbreviated month", () => {
    expect(dl("BAKU, Feb. 21 (Report) - Deliveries will start in October 2025.").date).toBe("2025-02-21");
  });

  it("rejects impossible dates and finds nothing in plain text", () => {
    expect(dl("31.02.2024\n\nBody.").date).toBeNull();
    expect(dl("The Embassy welcomes the opening of direct flights.")).toEqual({
      place: null,
      date: null,
      time: null,
      utcOffset: null,
    });
  });

  it("does not take a headline for a place", () => {
    expect(dl("Georgia and Armenia to deepen cooperation\n\nBody on 3 March.").place).toBeNull();
  });
});

describe("datelines below a page's letterhead", () => {
  const letterhead = [
    "|",
    "Investor Contact:",
    "Dana",
    "Whitfield",
    "Harbor & Co.",
    "dana@example.com",
    "(212)",
    "555-0100",
    "FOR",
    "IMMEDIATE RELEASE",
    "Acme Group Adopts Plan",
  ];

  it("finds a wire dateline after a dozen short lines", () => {
    const text = [...letterhead, "NEW YORK, September 7, 2010 -", "Acme Group, Inc. today announced …"].join("\n");
    expect(dl(text)).toEqual({ place: "New York", date: "2010-09-07", time: null, utcOffset: null });
  });

  it("does not take a date in a body sentence further down", () => {
    const text = [...letterhead, "The plan expires on September 7, 2020, unless renewed."].join("\n");
    expect(dl(text).date).toBeNull();
  });

  it("reads the place, then the agency and the date in one bracket", () => {
    const text =
      "Decision on the website\n\nLahore (Metro Daily / Online - 04th October, 2019) A decision has been taken …";
    expect(dl(text)).toEqual({ place: "Lahore", date: "2019-10-04", time: null, utcOffset: null });
  });
});

describe("dates as web pages label them", () => {
  const date = (line: string) => dl(`Acme signs deal\n${line}\nAcme Corp. today announced a deal.`).date;

  it.each([
    "Posted on November 5, 2019 by admin",
    "Last updated: 5 November 2019, 10:15",
    "Date: 2019/11/05",
    "5th of November 2019",
    "By Jane Reporter | November 5, 2019",
    "(5 November 2019) Acme Corp. opened its plant.",
  ])("reads %s", (line) => {
    expect(date(line)).toBe("2019-11-05");
  });
});

describe("datelines of the third batch of real releases (made-up text)", () => {
  it.each([
    ["PORTVILLE, 4 march 2024 (NEWSWIRE) – The council met.", "Portville", "2024-03-04"],
    ["In Portville, Monday, May 9, 2016 – The minister met her guest.", "Portville", "2016-05-09"],
    ["PORTVILLE: (Thursday, April 08, 2021): The university signed a memorandum.", "Portville", "2021-04-08"],
  ])("reads %s", (line, place, date) => {
    expect(dl(`A headline\n\n${line}`)).toMatchObject({ place, date });
  });

  it("takes a wire dateline however far a page's menus push it down", () => {
    const menu = Array.from({ length: 80 }, (_, i) => `Menu item ${i + 1}`);
    const text = [...menu, "HILLTOWN, Mich., Feb. 17, 2011 /Newswire/ -- Acme Corp. today announced a deal."].join(
      "\n",
    );
    expect(dl(text)).toMatchObject({ place: "Hilltown, Mich.", date: "2011-02-17" });
  });

  it("prefers the release's own place-and-date dateline to the page's date above it", () => {
    const text = [
      "December 19, 2025 09:58 pm (XYZ)",
      "Follow us:",
      "| | Jul 05, 2016, at 11:48 pm",
      "Capital City, July 5 (NEWSAGENCY) The cabinet approved an agreement.",
    ].join("\n");
    expect(dl(text)).toMatchObject({ place: "Capital City", date: "2016-07-05" });
  });

  it("gives a dateline without a year the year written with the same day and month", () => {
    const text =
      "ISLANDS, March 9 - (HIGH COMMISSION); Monday, 9 March, 2020 is a holiday. A plan announced in April 2018 was kept.";
    expect(dl(text).date).toBe("2020-03-09");
  });

  it("does not give a dateline the year of an earlier event", () => {
    const text =
      "HILLTOWN, Texas, Jan. 17 /Newswire/ -- Acme signed a term sheet.\n\nIn 1991, the agency granted approval. A licence was issued in July 2000.";
    expect(dl(text).date).toBeNull();
  });
});

describe("the date of a release without a dateline", () => {
  it("is the day of the signing the release reports, written 'on …'", () => {
    const text =
      "Ovel Trust signs a grant contract\n\nA grant contract was signed between H. E. Mr. Ola Berg, Ambassador of Norway, and the Ovel Trust on 11 March 2019.\n\nThe project will bring water to 12 villages.";
    expect(dl(text)).toEqual({ place: null, date: "2019-03-11", time: null, utcOffset: null });
    expect(
      dl("Tarn University and Ovel Labs\n\nOn June 9th 2015, Tarn University and Ovel Labs concluded a memorandum.")
        .date,
    ).toBe("2015-06-09");
  });

  it("is none when the first date is not the day of a signing done", () => {
    // A term, a recollection, an arrival: none of them dates the release.
    expect(
      dl("Ovel extends its supply agreement\n\nThe agreement was signed and runs to 31 July 2027.").date,
    ).toBeNull();
    expect(
      dl("Ministers speak by phone\n\nIt should be recalled that on March 8, 2023, the ministers signed a memorandum.")
        .date,
    ).toBeNull();
    expect(dl("A statement\n\nSince my arrival on 8 May 2020, we have worked together.").date).toBeNull();
  });
});

describe("a place and a credit in brackets after the date", () => {
  it("reads 'Wednesday, May 8, 2024 (Lakeport, Embassy of Norway) –' under a page's own date", () => {
    const text =
      "Current time and date\nFriday, June 7, 2024\nA grant for a school\nWednesday, May 8, 2024 (Lakeport, Embassy of Norway) – The ambassador signed a grant.";
    expect(dl(text)).toEqual({ place: "Lakeport", date: "2024-05-08", time: null, utcOffset: null });
    expect(extractDateline(text).credit?.text).toBe("Embassy of Norway");
  });
});

describe("more dateline forms", () => {
  const date = (text: string) => dl(text).date;

  it("reads a day-first date with dashes and a date in capitals", () => {
    expect(date("Home > News > Ovel partnership\n05-03-2024\nOvel announced a partnership.")).toBe("2024-03-05");
    expect(dl("LAKEPORT, MARCH 5, 2024 – Ovel announced a partnership.")).toMatchObject({
      place: "Lakeport",
      date: "2024-03-05",
    });
    expect(date("TUESDAY, 5 MARCH 2024\n\nOvel announced a partnership.")).toBe("2024-03-05");
    // A month name in a shouted headline is no date.
    expect(date("OVEL SAYS MAY BRINGS NEW PRODUCTS\n\nOvel announced a partnership.")).toBeNull();
  });

  it("reads labels and bylines before the date", () => {
    expect(date("Released on: March 5, 2024\n\nOvel announced a partnership.")).toBe("2024-03-05");
    expect(date("Posted by Jane Doe on March 5, 2024\n\nOvel announced a partnership.")).toBe("2024-03-05");
    expect(date("By Jane Doe, March 5, 2024\n\nOvel announced a partnership.")).toBe("2024-03-05");
    expect(date("Ovel partnership\nPress Release | 05 March 2024\nOvel announced a partnership.")).toBe("2024-03-05");
  });

  it("reads the date in brackets with its place", () => {
    expect(dl("LAKEPORT (March 5, 2024) – Ovel announced a partnership.")).toMatchObject({
      place: "Lakeport",
      date: "2024-03-05",
    });
    expect(dl("(Lakeport, March 5, 2024) Ovel announced a partnership.")).toMatchObject({
      place: "Lakeport",
      date: "2024-03-05",
    });
  });

  it("reads a full date anywhere in a short line above the first paragraph", () => {
    const body = "\nOvel and Lakeport Water signed a memorandum of understanding on water management in the valley.";
    expect(date(`Ovel partnership\nLakeport • 5 March 2024${body}`)).toBe("2024-03-05");
    expect(date(`Ovel partnership\n15:56, 05 March 2024${body}`)).toBe("2024-03-05");
    expect(date(`Ovel partnership\nUpdated 10:30 AM ET, Thu March 5, 2024${body}`)).toBe("2024-03-05");
    expect(date(`Ovel partnership\nSource: Lakeport Water Date: 2024-03-05${body}`)).toBe("2024-03-05");
    expect(date(`Ovel partnership signed 5 March 2024${body}`)).toBe("2024-03-05");
    expect(date(`Ovel partnership\nWed 5 Mar 2024 10.30 GMT${body}`)).toBe("2024-03-05");
  });

  it("takes no date from a page's list of other articles below the first paragraph", () => {
    const text =
      "Ministers discuss the agenda\nYesterday the ministers of Ovel and Lakeport held a telephone conversation about the agenda of meetings.\n" +
      "Related\n11:50 / 04.11.2024\nAnother article\n14:28 / 29.10.2024";
    expect(date(text)).toBeNull();
  });

  it("takes no date without a year from a short line, nor an implausible year", () => {
    const body = "\nOvel and Lakeport Water signed a memorandum of understanding on water management in the valley.";
    expect(date(`Ovel partnership\nLakeport • 5 March${body}`)).toBeNull();
    expect(date(`Ovel partnership\nCatalogue no. 5 March 1887${body}`)).toBeNull();
  });

  it("prefers a dateline form on a later header line to a date read inside the headline", () => {
    expect(
      date(
        "DECISIONS MADE AT THE 6TH CABINET MEETING HELD ON 15 APRIL 2025\n16/04/2025\nCabinet endorsed the logistics for the state visit of the King of Tonga in July.",
      ),
    ).toBe("2025-04-16");
  });

  it("reads an agency's 'Month D/YYYY' with its credit glued on", () => {
    expect(
      dl("Addis Ababa, May 14/2020(ENA) The agency and the ministry have signed a new development agreement."),
    ).toMatchObject({ place: "Addis Ababa", date: "2020-05-14" });
  });
});
