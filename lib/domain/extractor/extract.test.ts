import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractRelease, toExtractJson } from "./index";
import { scoreFixture, type ExpectedRelease } from "./evaluate";

const FIXTURES = path.resolve(__dirname, "../../../test/fixtures/extract");
const SEED = "press-release-2024-07-04-azerbaijan-china";

function load(name: string): { text: string; expected: ExpectedRelease } {
  return {
    text: readFileSync(path.join(FIXTURES, `${name}.txt`), "utf8"),
    expected: JSON.parse(readFileSync(path.join(FIXTURES, `${name}.expected.json`), "utf8")) as ExpectedRelease,
  };
}

describe("the seed release", () => {
  const { text, expected } = load(SEED);
  const result = extractRelease(text);
  const json = toExtractJson(result);

  it("comes out exactly as expected", () => {
    const { source: _source, ...want } = expected;
    const got = {
      ...json,
      agreements: json.agreements.map(({ type, title, parties }) => ({ type, title, parties })),
      quotes: json.quotes.map(({ speaker, role, organisation, text: t }) => ({ speaker, role, organisation, text: t })),
    };
    expect(got).toEqual(want);
  });

  it("keeps ranges that point at the source of each value", () => {
    expect(text.slice(...(result.dateline.range as [number, number]))).toBe("4 July 2024 09:00 (UTC+04:00)");
    expect(text.slice(...(result.sourceCreditRange as [number, number]))).toBe("Azernews");
    expect(text.slice(...(result.issuerRange as [number, number]))).toBe("Ministry of Foreign Affairs");
    const [first, second] = result.quotes;
    expect(text.slice(first!.range[0], first!.range[1])).toBe(first!.text);
    expect(text.slice(second!.range[0], second!.range[1])).toBe(`${second!.text.slice(0, -1)},`);
    const titles = result.agreements.map((a) => text.slice(a.range[0], a.range[1]));
    expect(titles[0]).toBe("Joint Declaration on the Establishment of Strategic Partnership");
    expect(titles[1]!.startsWith("Memorandum of Understanding between the Government")).toBe(true);
    expect(titles[3]).toBe("agreement between the MFAs on unilaterally exempting Chinese citizens from entry visas");
  });

  it("gives the same answer with the seed's known people", () => {
    const seed = JSON.parse(readFileSync(path.join(FIXTURES, `${SEED}.expected.json`), "utf8")) as ExpectedRelease;
    const withPeople = extractRelease(text, {
      knownPeople: [
        {
          name: "Aykhan Hajizade",
          aliases: ["A. Hajizade", "A. Hajizadeh"],
          role: "Press Secretary",
          organisation: seed.issuer,
        },
      ],
    });
    expect(toExtractJson(withPeople)).toEqual(json);
  });
});

// Fixtures that are right today; a new, harder fixture is scored by scripts/eval-extract.ts
// without failing the unit tests until it joins this list.
const EXACT = [
  SEED,
  "coffee-franchise-iso-dateline",
  "company-launch-no-agreement",
  "embassy-statement-no-dateline",
  "energy-ministry-multi-paragraph-quote",
  "energy-transit-wants-to-sign",
  "gas-contract-wire-inferred-year",
  "held-out-b-acquisition-numbered-list",
  "held-out-b-phone-call-partial-quote",
  "held-out-company-partnership-no-blank-lines",
  "held-out-inline-agreement-list",
  "held-out-mfa-comment-guillemets",
  "held-out-wire-ministers-mou",
  "middle-corridor-quoted-titles",
  "mutual-legal-assistance-treaty",
  "trade-centre-curly-unclosed-quote",
  "uzbekistan-korea-agreement-list",
];

describe("fixtures", () => {
  it("all have a text and an expected structure", () => {
    const files = readdirSync(FIXTURES);
    const texts = files.filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4));
    expect(texts.length).toBeGreaterThanOrEqual(9);
    for (const name of texts) expect(files).toContain(`${name}.expected.json`);
    for (const name of EXACT) expect(texts).toContain(name);
  });

  it.each(EXACT)("%s is extracted as expected", (name) => {
    const { text, expected } = load(name);
    const score = scoreFixture(toExtractJson(extractRelease(text)), expected);
    expect(score.mismatches).toEqual([]);
    expect(score.exact).toBe(true);
  });
});

describe("determinism and robustness", () => {
  const big = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(path.join(FIXTURES, f), "utf8"))
    .join("\n\n");

  it("gives the same result every time on a text of more than 10 000 characters", () => {
    expect(big.length).toBeGreaterThan(10_000);
    expect(extractRelease(big)).toEqual(extractRelease(big));
  });

  it("copes with empty and degenerate input", () => {
    expect(toExtractJson(extractRelease(""))).toEqual({
      headline: null,
      dateline: { place: null, date: null, time: null, utcOffset: null },
      issuer: null,
      sourceCredit: null,
      countries: [],
      agreements: [],
      quotes: [],
    });
    const marks = extractRelease('"'.repeat(5000));
    expect(marks.quotes).toEqual([]);
    const words = extractRelease("Agreement between ".repeat(2000));
    expect(Array.isArray(words.agreements)).toBe(true);
  });

  it("keeps offsets with Windows line endings", () => {
    const text = "4 July 2024 09:00 (UTC+04:00)\r\n\r\nAccording to Azernews, the talks went well.";
    const r = extractRelease(text);
    expect(text.slice(...(r.sourceCreditRange as [number, number]))).toBe("Azernews");
    expect(r.dateline.date).toBe("2024-07-04");
  });
});
