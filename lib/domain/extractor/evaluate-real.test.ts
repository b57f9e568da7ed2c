import { describe, expect, it } from "vitest";
import {
  matchAgreements,
  partyMatches,
  scoreReal,
  speakerMatches,
  titleKey,
  type RealAnnotation,
} from "./evaluate-real";
import type { ExtractJson } from "./types";

const gold: RealAnnotation = {
  id: "made-up",
  url: "https://example.org/made-up",
  class: "government",
  features: [],
  date: "2020-01-23",
  place: "Springfield",
  agreements: [
    { type: "MEMORANDUM_OF_UNDERSTANDING", titles: ["Memorandum of Understanding on Water"], parties: [] },
    {
      type: "AGREEMENT",
      titles: ["Loan Agreement"],
      parties: [["Acme Health"], ["Republic of Freedonia", "Freedonia"]],
    },
  ],
  quotes: [{ speaker: "Jane Q. Smith", start: "We are ready to build the" }],
};

const got = (over: Partial<ExtractJson>): ExtractJson => ({
  headline: null,
  dateline: { place: "Springfield", date: "2020-01-23", time: null, utcOffset: null },
  issuer: null,
  sourceCredit: null,
  countries: [],
  agreements: [],
  quotes: [],
  ...over,
});

describe("issue 15: scoring on real releases", () => {
  it("matches an agreement by title (MoU spelled out or not) or by all of its parties", () => {
    expect(titleKey("the MoU on water")).toBe(titleKey("Memorandum of Understanding on Water"));
    const s = scoreReal(
      got({
        agreements: [
          { type: "MEMORANDUM_OF_UNDERSTANDING", title: "MoU on Water", parties: [], range: [0, 1] },
          { type: "AGREEMENT", title: "Agreement", parties: ["Acme Health", "Freedonia"], range: [0, 1] },
        ],
      }),
      gold,
    );
    expect(s.agreements).toEqual({ tp: 2, predicted: 2, expected: 2 });
  });

  it("does not match a party over-extended by a trailing phrase", () => {
    expect(partyMatches("Acme Health", "Acme Health")).toBe(true);
    expect(partyMatches("Acme Health for a new clinic in Springfield", "Acme Health")).toBe(false);
    expect(partyMatches("the Government of Freedonia", "Freedonia")).toBe(true);
  });

  it("matches a quote by its first words and its speaker, and counts the errors by kind", () => {
    expect(speakerMatches("Jane Smith", "Jane Q. Smith")).toBe(true);
    expect(speakerMatches("Smith", "Jane Q. Smith")).toBe(false);
    const s = scoreReal(
      got({
        dateline: { place: null, date: null, time: null, utcOffset: null },
        quotes: [
          {
            speaker: "Ms Smith",
            role: null,
            organisation: null,
            text: "We are “ready” to build the dam.",
            range: [0, 1],
          },
          { speaker: null, role: null, organisation: null, text: "Another thing.", range: [0, 1] },
        ],
      }),
      gold,
    );
    expect(s.quotes).toEqual({ tp: 0, predicted: 2, expected: 1 });
    expect(s.errors).toMatchObject({ "quote speaker wrong": 1, "quote extra": 1, "date missed": 1 });
  });
});

describe("issue 15: a title that is only the kind of document, read strictly", () => {
  const items: RealAnnotation["agreements"] = [
    {
      type: "AGREEMENT",
      titles: ["air services agreement with Sylvania", "agreement"],
      parties: [["Freedonia"], ["Sylvania"]],
    },
  ];

  it("credits a bare title the annotator listed by the issue's rule, and only with a party when strict", () => {
    const minister = [{ title: "Agreement", parties: ["Transport Minister Jane Roe"] }];
    expect(matchAgreements(minister, items).matched.size).toBe(1);
    expect(matchAgreements(minister, items, { bareTitleNeedsParty: true }).matched.size).toBe(0);
    const country = [{ title: "Agreement", parties: ["Sylvania"] }];
    expect(matchAgreements(country, items, { bareTitleNeedsParty: true }).matched.size).toBe(1);
    const named = [{ title: "Air services agreement with Sylvania", parties: [] }];
    expect(matchAgreements(named, items, { bareTitleNeedsParty: true }).matched.size).toBe(1);
  });
});
