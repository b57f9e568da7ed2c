import { describe, it, expect } from "vitest";
import { decodeCursor, encodeCursor, listingHref, parseAgreementQuery, parseReleaseQuery } from "./public-query";

describe("parseReleaseQuery", () => {
  it("reads every field", () => {
    const { query, notes } = parseReleaseQuery({
      q: "  strategic   partnership ",
      country: "az",
      type: "memorandum_of_understanding",
      issuer: "Ministry",
      speaker: "aykhan-hajizade",
      from: "2024-07-01",
      to: "2024-07-31",
    });
    expect(notes).toEqual([]);
    expect(query).toMatchObject({
      q: "strategic partnership",
      countries: ["AZ"],
      agreementType: "MEMORANDUM_OF_UNDERSTANDING",
      issuer: "Ministry",
      speaker: "aykhan-hajizade",
      from: "2024-07-01",
      to: "2024-07-31",
      after: null,
      before: null,
    });
  });

  it("is empty for no parameters", () => {
    expect(parseReleaseQuery({})).toEqual({
      query: {
        q: null,
        countries: [],
        agreementType: null,
        issuer: null,
        speaker: null,
        from: null,
        to: null,
        after: null,
        before: null,
        language: null,
      },
      notes: [],
    });
  });

  it("issue 14: reads the filter by language, a code of ours, and names anything else", () => {
    expect(parseReleaseQuery({ language: "ru" })).toMatchObject({ query: { language: "ru" }, notes: [] });
    expect(parseReleaseQuery({ language: " AZ " }).query.language).toBe("az");
    const unknown = parseReleaseQuery({ language: "xx" });
    expect(unknown.query.language).toBeNull();
    expect(unknown.notes).toEqual(['"xx" is not a language we publish in, so it was ignored.']);
    expect(parseReleaseQuery({ language: "" }).notes).toEqual([]);
  });

  it("takes repeated countries and lists, dropping unknown codes with a note", () => {
    const { query, notes } = parseReleaseQuery({ country: ["AZ", "CN,tr", "XX", "AZ"] });
    expect(query.countries).toEqual(["AZ", "CN", "TR"]);
    expect(notes).toHaveLength(1);
  });

  it("takes the first of repeated single-valued parameters", () => {
    expect(parseReleaseQuery({ q: ["one", "two"], type: ["TREATY", "PROTOCOL"] }).query).toMatchObject({
      q: "one",
      agreementType: "TREATY",
    });
  });

  it("ignores malformed dates with a note, swaps reversed ones", () => {
    for (const bad of ["2024-02-30", "yesterday", "2024-7-4", "99999-01-01", "2024-13-01", "0000-00-00"]) {
      const { query, notes } = parseReleaseQuery({ from: bad });
      expect(query.from, bad).toBeNull();
      expect(notes, bad).toHaveLength(1);
    }
    const swapped = parseReleaseQuery({ from: "2024-08-01", to: "2024-07-01" });
    expect(swapped.query).toMatchObject({ from: "2024-07-01", to: "2024-08-01" });
    expect(swapped.notes).toHaveLength(1);
  });

  it("cuts huge text, strips control characters and NUL", () => {
    const { query, notes } = parseReleaseQuery({ q: "x".repeat(10_000), issuer: "a\u0000b\u0007c" });
    expect(query.q).toHaveLength(200);
    expect(query.issuer).toBe("a b c");
    expect(notes).toHaveLength(1);
    expect(parseReleaseQuery({ q: "   \u0000 " }).query.q).toBeNull();
    // Never splits a surrogate pair.
    expect(parseReleaseQuery({ q: "😀".repeat(300) }).query.q).toBe("😀".repeat(200));
  });

  it("ignores unknown agreement types with a note", () => {
    const { query, notes } = parseReleaseQuery({ type: "<script>" });
    expect(query.agreementType).toBeNull();
    expect(notes).toHaveLength(1);
  });

  it("decodes its own cursors and drops bad ones with a note", () => {
    const cursor = { publishedAt: new Date("2024-07-04T05:00:00.123Z"), id: "cm1abc", rank: "0.0607927" };
    const after = encodeCursor(cursor);
    expect(parseReleaseQuery({ after }).query.after).toEqual(cursor);
    for (const bad of [
      "garbage",
      "%%%",
      "",
      "x".repeat(5000),
      Buffer.from('["nope","x",null]').toString("base64url"),
      Buffer.from("{}").toString("base64url"),
    ]) {
      const parsed = parseReleaseQuery({ after: bad, before: bad });
      expect(parsed.query.after, bad).toBeNull();
      expect(parsed.query.before, bad).toBeNull();
      if (bad) expect(parsed.notes, bad).toHaveLength(1);
    }
  });
});

describe("cursor encode/decode", () => {
  it("round-trips with and without rank", () => {
    for (const c of [
      { publishedAt: new Date("2024-07-04T05:00:00.000Z"), id: "abc_DEF-123", rank: null },
      { publishedAt: new Date("1999-12-31T23:59:59.999Z"), id: "x", rank: "1e-20" },
    ]) {
      const text = encodeCursor(c);
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(text)).toEqual(c);
    }
  });

  it("refuses anything else", () => {
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    for (const bad of [
      undefined,
      "",
      "not base64!",
      enc(["2024-07-04T05:00:00.000Z", "id; DROP TABLE", null]),
      enc(["2024-02-30T05:00:00.000Z", "id", null]),
      enc(["2024-07-04T05:00:00.000Z", "id", "NaN"]),
      enc(["2024-07-04T05:00:00.000Z", "id", "1e99"]),
      enc(["2024-07-04T05:00:00.000Z", "id", "-1"]),
      enc(["2024-07-04T05:00:00.000Z", "id", "9".repeat(32)]),
      enc(["0000-01-01T00:00:00.000Z", "id", null]),
      enc(["2024-07-04T05:00:00.000Z", "id"]),
      enc("string"),
    ]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });
});

describe("parseAgreementQuery", () => {
  it("reads filters and the page, and survives garbage", () => {
    expect(parseAgreementQuery({ type: "TREATY", party: "China", page: "3" }).query).toMatchObject({
      agreementType: "TREATY",
      party: "China",
      page: 3,
    });
    for (const bad of ["0", "-1", "abc", "1e3", "99999999999", "2.5"]) {
      const { query, notes } = parseAgreementQuery({ page: bad });
      expect(query.page, bad).toBe(1);
      expect(notes, bad).toHaveLength(1);
    }
  });
});

describe("listingHref", () => {
  it("leaves out empty values and repeats arrays", () => {
    expect(listingHref("/", { q: "a b", country: ["AZ", "CN"], type: null, issuer: "" })).toBe(
      "/?q=a+b&country=AZ&country=CN",
    );
    expect(listingHref("/agreements", {})).toBe("/agreements");
  });
});
