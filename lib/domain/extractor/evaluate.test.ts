import { describe, expect, it } from "vitest";
import { normParty, normQuote, normTitle, precisionRecall, scoreFixture, type ExpectedRelease } from "./evaluate";
import type { ExtractJson } from "./types";

const base: ExpectedRelease = {
  headline: null,
  dateline: { place: "Baku", date: "2024-07-04", time: null, utcOffset: null },
  issuer: null,
  sourceCredit: null,
  countries: ["AZ"],
  agreements: [{ type: "AGREEMENT", title: "Agreement on Trade", parties: ["Republic of Azerbaijan", "Georgia"] }],
  quotes: [{ speaker: "Jane Doe", text: "We are “ready” to go." }],
};

const got = (over: Partial<ExtractJson> = {}): ExtractJson => ({
  headline: null,
  dateline: { place: "BAKU", date: "2024-07-04", time: null, utcOffset: null },
  issuer: null,
  sourceCredit: null,
  countries: ["AZ"],
  agreements: [
    { type: "AGREEMENT", title: "agreement on  trade.", parties: ["Azerbaijan", "the Georgia"], range: [0, 1] },
  ],
  quotes: [{ speaker: "Jane Doe", role: null, organisation: null, text: 'We are "ready" to go,', range: [0, 1] }],
  ...over,
});

describe("evaluation", () => {
  it("compares titles, parties and quotes loosely, as documented", () => {
    expect(normTitle("Agreement on  Trade.")).toBe(normTitle("agreement on trade"));
    expect(normParty("Azerbaijan")).toBe(normParty("Republic of Azerbaijan"));
    expect(normQuote("“We are ready,”")).toBe(normQuote('"We are ready."'));
    const s = scoreFixture(got(), base);
    expect(s.exact).toBe(true);
    expect(s.agreements).toEqual({ tp: 1, predicted: 1, expected: 1 });
    expect(s.parties).toEqual({ tp: 2, predicted: 2, expected: 2 });
  });

  it("counts a wrong type, an extra quote and a wrong dateline", () => {
    const s = scoreFixture(
      got({
        agreements: [{ type: "TREATY", title: "Agreement on Trade", parties: [], range: [0, 1] }],
        quotes: [
          { speaker: "Jane Doe", role: null, organisation: null, text: "We are ready to go.", range: [0, 1] },
          { speaker: null, role: null, organisation: null, text: "One China", range: [0, 1] },
        ],
        dateline: { place: null, date: "2024-07-04", time: null, utcOffset: null },
      }),
      base,
    );
    expect(s.agreements).toEqual({ tp: 0, predicted: 1, expected: 1 });
    expect(s.quotes).toEqual({ tp: 1, predicted: 2, expected: 1 });
    expect(s.dateline).toEqual({ tp: 0, predicted: 1, expected: 1 });
    expect(s.exact).toBe(false);
    expect(precisionRecall(s.quotes)).toEqual({ precision: 0.5, recall: 1 });
  });
});
