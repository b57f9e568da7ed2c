import { describe, expect, it } from "vitest";
import { encodeCursor, parseAgreementQuery, parseReleaseQuery } from "../validation/public-query";
import { ApiError } from "./http";
import {
  MAX_AGREEMENTS_PAGE,
  MAX_TEXT_FILTER_LENGTH,
  parseAgreementListParams,
  parseReleaseListParams,
  parseReleaseParams,
} from "./params";

const search = (query: string) => new URLSearchParams(query);

/** The 400 a query string gets: its code and the parameter it names. */
function refusal(parse: () => unknown): {
  status: number;
  code: string;
  parameter: string | undefined;
  message: string;
} {
  try {
    parse();
  } catch (error) {
    if (error instanceof ApiError)
      return { status: error.status, code: error.code, parameter: error.parameter, message: error.message };
    throw error;
  }
  throw new Error("expected a 400");
}

const releases = (query: string) => refusal(() => parseReleaseListParams(search(query)));

describe("release listing parameters", () => {
  it("give the same query as the reader page for good values", () => {
    const cursor = encodeCursor({ publishedAt: new Date("2024-07-04T05:00:00.000Z"), id: "abc123", rank: null });
    const qs = `q=strategic+partnership&country=az,CN&country=TR&type=TREATY&issuer=Ministry&speaker=hajizade&from=2024-07-01&to=2024-07-31&after=${cursor}&limit=5`;
    const parsed = parseReleaseListParams(search(qs));
    const asPageReads = {
      q: "strategic partnership",
      country: ["az,CN", "TR"],
      type: "TREATY",
      issuer: "Ministry",
      speaker: "hajizade",
      from: "2024-07-01",
      to: "2024-07-31",
      after: cursor,
    };
    expect(parsed.query).toEqual(parseReleaseQuery(asPageReads).query);
    expect(parsed.query.countries).toEqual(["AZ", "CN", "TR"]);
    expect(parsed.limit).toBe(5);
    expect(parsed.state).toMatchObject({ q: "strategic partnership", country: ["AZ", "CN", "TR"], limit: "5" });
    expect(parseReleaseListParams(search("")).limit).toBe(20);
    // Empty fields are unset fields, as a GET form sends them.
    expect(parseReleaseListParams(search("q=&country=&from=")).query).toMatchObject({
      q: null,
      countries: [],
      from: null,
    });
  });

  it("are 400s naming the parameter when malformed", () => {
    expect(releases("from=garbage")).toMatchObject({ status: 400, code: "invalid_parameter", parameter: "from" });
    expect(releases("to=2024-02-30")).toMatchObject({ parameter: "to" });
    expect(releases("from=0999-01-01")).toMatchObject({ parameter: "from" });
    expect(releases("limit=99999")).toMatchObject({ parameter: "limit" });
    expect(releases("limit=0")).toMatchObject({ parameter: "limit" });
    expect(releases("limit=ten")).toMatchObject({ parameter: "limit" });
    expect(releases("limit=1.5")).toMatchObject({ parameter: "limit" });
    expect(releases("country=ZZ")).toMatchObject({ parameter: "country" });
    expect(releases("country=AZ&country=%3Cscript%3E")).toMatchObject({ parameter: "country" });
    expect(releases("type=NOPE")).toMatchObject({ parameter: "type" });
    expect(releases("after=not-a-cursor")).toMatchObject({ parameter: "after" });
    expect(releases("before=%00%01")).toMatchObject({ parameter: "before" });
    expect(releases("from=2024-08-01&to=2024-07-01")).toMatchObject({
      parameter: "from",
      message: "from must not be after to.",
    });
    const cursor = encodeCursor({ publishedAt: new Date(), id: "x", rank: null });
    expect(releases(`after=${cursor}&before=${cursor}`)).toMatchObject({ parameter: "before" });
  });

  it("refuse huge values, repeats and unknown parameters", () => {
    expect(releases(`q=${"x".repeat(10_000)}`)).toMatchObject({
      parameter: "q",
      message: expect.stringContaining("too long"),
    });
    expect(releases(`issuer=${"x".repeat(MAX_TEXT_FILTER_LENGTH + 1)}`)).toMatchObject({ parameter: "issuer" });
    expect(releases(`speaker=${"x".repeat(5_000)}`)).toMatchObject({ parameter: "speaker" });
    expect(releases("q=a&q=b")).toMatchObject({ parameter: "q", message: "q is given more than once." });
    expect(releases(Array.from({ length: 21 }, () => "country=AZ").join("&"))).toMatchObject({ parameter: "country" });
    expect(releases("page=2")).toMatchObject({ status: 400, code: "unknown_parameter", parameter: "page" });
    expect(releases(`${"k".repeat(500)}=1`).parameter).toHaveLength(40);
  });

  it("use the reader pages' own limits (a value the page would cut is refused, one it keeps is not)", () => {
    const at = "x".repeat(MAX_TEXT_FILTER_LENGTH);
    expect(parseReleaseQuery({ issuer: at }).notes).toEqual([]);
    expect(parseReleaseQuery({ issuer: `${at}x` }).notes).not.toEqual([]);
    expect(parseReleaseListParams(search(`issuer=${at}`)).query.issuer).toBe(at);
    expect(parseAgreementQuery({ page: String(MAX_AGREEMENTS_PAGE) }).notes).toEqual([]);
    expect(parseAgreementQuery({ page: String(MAX_AGREEMENTS_PAGE + 1) }).notes).not.toEqual([]);
  });
});

describe("agreement and release parameters", () => {
  const agreements = (query: string) => refusal(() => parseAgreementListParams(search(query)));

  it("take the /agreements filters", () => {
    expect(
      parseAgreementListParams(search("country=AZ&type=AGREEMENT&party=China&from=2024-01-01&page=2")).query,
    ).toEqual({
      countries: ["AZ"],
      agreementType: "AGREEMENT",
      party: "China",
      from: "2024-01-01",
      to: null,
      page: 2,
    });
    expect(agreements("page=0")).toMatchObject({ parameter: "page" });
    expect(agreements(`page=${MAX_AGREEMENTS_PAGE + 1}`)).toMatchObject({ parameter: "page" });
    expect(agreements("party=" + "p".repeat(121))).toMatchObject({ parameter: "party" });
    expect(agreements("q=treaty")).toMatchObject({ code: "unknown_parameter", parameter: "q" });
  });

  it("know format=json and format=ninjs only", () => {
    expect(parseReleaseParams(search(""))).toEqual({ format: "json", lang: null });
    expect(parseReleaseParams(search("format=ninjs"))).toEqual({ format: "ninjs", lang: null });
    expect(refusal(() => parseReleaseParams(search("format=xml")))).toMatchObject({ parameter: "format" });
    expect(refusal(() => parseReleaseParams(search("fields=all")))).toMatchObject({
      code: "unknown_parameter",
      parameter: "fields",
    });
  });

  it("issue 14: lang names a translation by one of our language codes, anything else is refused", () => {
    expect(parseReleaseParams(search("lang=az"))).toEqual({ format: "json", lang: "az" });
    expect(parseReleaseParams(search("lang=ar&format=ninjs"))).toEqual({ format: "ninjs", lang: "ar" });
    expect(refusal(() => parseReleaseParams(search("lang=xx")))).toMatchObject({ parameter: "lang" });
    expect(refusal(() => parseReleaseParams(search("lang=AZ%27--")))).toMatchObject({ parameter: "lang" });
  });
});
