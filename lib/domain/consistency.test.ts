import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkConsistency, consistencyFieldId, consistencyRefusal, type ConsistencyInput } from "./consistency";

// The seeded release, built the way prisma/seed.ts builds it: its data file and its body text.
const seedDir = path.resolve(__dirname, "../../prisma/seed-data");
const seed = JSON.parse(readFileSync(path.join(seedDir, "press-release-2024-07-04-azerbaijan-china.json"), "utf8")) as {
  countries: string[];
  dateline: { instant: string };
  people: Array<{ key: string; name: string; aliases: string[] }>;
  agreements: Array<{ title: string }>;
  quotes: Array<{ speaker: string; text: string }>;
  bodyFile: string;
};
const seedBody = readFileSync(path.join(seedDir, seed.bodyFile), "utf8").split(/\r?\n/).slice(1).join("\n").trim();

function seedRelease(): ConsistencyInput {
  return {
    body: seedBody,
    agreements: seed.agreements.map((a) => ({ title: a.title })),
    quotes: seed.quotes.map((q) => {
      const person = seed.people.find((p) => p.key === q.speaker)!;
      return { text: q.text, speaker: person.name, speakerAliases: person.aliases };
    }),
    countries: seed.countries,
    datelineAt: new Date(seed.dateline.instant),
  };
}

const NOW = new Date("2025-01-01T00:00:00Z");
const fields = (r: ConsistencyInput, now = NOW) => checkConsistency(r, now).map((p) => p.field);

describe("checkConsistency", () => {
  it("finds no problem in the seeded release (its reconstructed titles included)", () => {
    expect(checkConsistency(seedRelease(), NOW)).toEqual([]);
  });

  it("flags an agreement whose title is not in the body", () => {
    const r = seedRelease();
    r.agreements = [...r.agreements, { title: "Protocol on fisheries in the Caspian Sea" }];
    expect(fields(r)).toEqual(["agreements.4.title"]);
  });

  it("accepts a title whose distinctive words are in the body, and an abbreviated type", () => {
    const body = "The ministers signed an MoU on rail freight and discussed customs cooperation.";
    const r: ConsistencyInput = {
      body,
      countries: [],
      quotes: [],
      datelineAt: new Date("2024-01-01T00:00:00Z"),
      agreements: [
        { title: "Memorandum of Understanding on rail freight" },
        { title: "Protocol on customs cooperation" },
        { title: "Memorandum of Understanding" },
      ],
    };
    expect(checkConsistency(r, NOW)).toEqual([]);
  });

  it("flags a quote whose text is not in the body word for word", () => {
    const r = seedRelease();
    r.quotes = [{ ...r.quotes[0]!, text: r.quotes[0]!.text.replace("mutual respect", "deep respect") }, r.quotes[1]!];
    expect(fields(r)).toEqual(["quotes.0.text"]);
  });

  it("is case-sensitive for quote text", () => {
    const r = seedRelease();
    r.quotes = [{ ...r.quotes[0]!, text: r.quotes[0]!.text.toUpperCase() }];
    expect(fields(r)).toEqual(["quotes.0.text"]);
  });

  it("ignores quotation-mark style and whitespace differences", () => {
    const body =
      "Reminding that China supports the “One China” policy,\nthe minister said: «We  agree\non ‘everything’.»";
    const r: ConsistencyInput = {
      body,
      countries: ["CN"],
      agreements: [],
      datelineAt: new Date("2024-01-01T00:00:00Z"),
      quotes: [
        { text: "We agree on 'everything'.", speaker: "the minister" },
        { text: 'China supports the "One China" policy', speaker: "Minister", speakerAliases: ["the minister"] },
      ],
    };
    expect(checkConsistency(r, NOW)).toEqual([]);
  });

  it("flags a speaker not named in the body, and accepts an alias", () => {
    const r = seedRelease();
    r.quotes = [
      { ...r.quotes[0]!, speaker: "Leyla Mammadova", speakerAliases: [] },
      { ...r.quotes[1]!, speaker: "Someone Else", speakerAliases: ["A. Hajizadeh"] },
    ];
    expect(fields(r)).toEqual(["quotes.0.speaker"]);
  });

  it("flags a dateline after the publication time (scheduled or now)", () => {
    const r = seedRelease();
    expect(fields({ ...r, publishAt: new Date("2024-07-04T04:59:00Z") })).toEqual(["date"]);
    expect(fields(r, new Date("2024-07-04T04:00:00Z"))).toEqual(["date"]);
    expect(fields({ ...r, publishAt: new Date("2024-07-04T05:00:00Z") })).toEqual([]);
  });

  it("flags a country that the body does not mention, by name, adjective or demonym", () => {
    const r = seedRelease();
    expect(fields({ ...r, countries: ["AZ", "CN", "GE"] })).toEqual(["countries"]);
    const message = checkConsistency({ ...r, countries: ["AZ", "GE"] }, NOW)[0]!.message;
    expect(message).toContain("GE");
    expect(
      fields({
        ...r,
        body: "Georgian and Azerbaijani officials met in Tbilisi.",
        agreements: [],
        quotes: [],
        countries: ["AZ", "GE"],
      }),
    ).toEqual([]);
  });

  it("writes the refusal and maps fields to the form's element ids", () => {
    const problems = checkConsistency(
      { ...seedRelease(), countries: ["GE"], publishAt: new Date("2024-01-01T00:00:00Z") },
      NOW,
    );
    expect(consistencyRefusal(problems)).toMatch(
      /^2 consistency problems: .* Fix them, or give a reason to publish anyway\.$/,
    );
    expect(consistencyFieldId("agreements.1.title")).toBe("agreement-1-title");
    expect(consistencyFieldId("quotes.0.text")).toBe("quote-0-text");
    expect(consistencyFieldId("date")).toBe("date");
  });
});

describe("issue 14: a body in another language", () => {
  const base = {
    agreements: [],
    quotes: [],
    datelineAt: new Date("2025-01-01T00:00:00Z"),
  };
  const countryProblems = (body: string, language: string) =>
    checkConsistency({ ...base, body, countries: ["AZ", "GE"], language }, new Date("2025-02-01T00:00:00Z")).filter(
      (p) => p.field === "countries",
    );

  it("accepts the countries named in its own language, inflected or prefixed", () => {
    expect(countryProblems("Azərbaycan və Gürcüstan nazirləri görüşdülər.", "az")).toEqual([]);
    expect(countryProblems("Министры Азербайджана и Грузии встретились.", "ru")).toEqual([]);
    expect(countryProblems("التقى وزيرا أذربيجان وجورجيا في العاصمة.", "ar")).toEqual([]);
  });

  it("still names a country the body leaves out", () => {
    expect(countryProblems("Azərbaycan nazirləri görüşdülər.", "az")).toEqual([
      { field: "countries", message: "1 country is not mentioned in the body: Georgia (GE)." },
    ]);
    // In English the local names are not enough: an English body names them in English.
    expect(countryProblems("Azərbaycan və Gürcüstan nazirləri görüşdülər.", "en")).toHaveLength(1);
  });
});

describe("issue 15: a date-only dateline", () => {
  const dated = (day: string, now: string) =>
    checkConsistency(
      {
        body: "The ministers met.",
        agreements: [],
        quotes: [],
        countries: [],
        datelineAt: new Date(`${day}T00:00:00Z`),
        datelineOffsetMinutes: null,
      },
      new Date(now),
    ).filter((p) => p.field === "date");

  it("is not in the future once its date has begun somewhere (14 hours before 00:00 UTC)", () => {
    // 3 March has begun at UTC+14 at 10:00 UTC on 2 March: a release dated 3 March is fine.
    expect(dated("2025-03-03", "2025-03-02T10:00:00Z")).toEqual([]);
    expect(dated("2025-03-03", "2025-03-03T12:00:00Z")).toEqual([]);
  });

  it("is in the future when its date has begun nowhere", () => {
    expect(dated("2025-03-03", "2025-03-02T09:59:00Z")).toHaveLength(1);
    expect(dated("2025-03-05", "2025-03-03T12:00:00Z")).toHaveLength(1);
  });
});
