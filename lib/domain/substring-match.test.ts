import { describe, expect, it } from "vitest";
import { excerptProbes, markTerms, substringTerms, termSnippet } from "./substring-match";

// Issue 14: languages without a stemmer (Azerbaijani, Chinese, Japanese, Korean …) are searched by
// substring, and their matches are marked here rather than by ts_headline (which sees whole tokens).
const marks = { start: "««", stop: "»»" };

describe("issue 14: substring search terms", () => {
  it("are the query's words: runs of letters and digits, without operators, once each", () => {
    expect(substringTerms("合作 协议")).toEqual(["合作", "协议"]);
    expect(substringTerms('"sazişini"  imzaladılar, sazişini')).toEqual(["sazişini", "imzaladılar"]);
    // websearch syntax: "or" joins, "-word" excludes; neither is a word to find.
    expect(substringTerms("saziş or müqavilə -tranzit")).toEqual(["saziş", "müqavilə"]);
    expect(substringTerms("!!! & | <-> :*")).toEqual([]);
    expect(substringTerms("한국어 검색")).toEqual(["한국어", "검색"]);
  });
});

describe("issue 14: marking substring matches", () => {
  it("marks every occurrence inside words, whatever the case", () => {
    expect(markTerms("Nazirlər sazişini imzaladılar. Saziş", ["saziş"], marks)).toBe(
      "Nazirlər ««saziş»»ini imzaladılar. ««Saziş»»",
    );
    expect(markTerms("两国签署了合作协议", ["合作", "协议"], marks)).toBe("两国签署了««合作»»««协议»»");
    expect(markTerms("No match here", ["x1"], marks)).toBe("No match here");
    // A term with regular-expression characters is taken literally.
    expect(markTerms("a+b (c)", ["b"], marks)).toBe("a+««b»» (c)");
  });

  it("cuts a snippet around the first match, or gives none", () => {
    const text = `${"前".repeat(300)}签署了铁路货运协议${"后".repeat(300)}`;
    const snippet = termSnippet(text, ["货运"], marks, 60);
    expect(snippet).toContain("««货运»»");
    expect(snippet?.startsWith("…")).toBe(true);
    expect(snippet?.endsWith("…")).toBe(true);
    expect(Array.from(snippet!.replace(/««|»»/g, "")).length).toBeLessThanOrEqual(62);
    expect(termSnippet("short text", ["short"], marks, 60)).toBe("««short»» text");
    expect(termSnippet("nothing", ["货运"], marks, 60)).toBeNull();
  });
});

describe("issue 17: where an excerpt's window starts", () => {
  it("gives the lower-case beginnings of the words a reader searched for, each once", () => {
    expect(excerptProbes("Renewable ENERGY")).toEqual(["renewa", "ener"]);
    expect(excerptProbes("Energy energy")).toEqual(["ener"]);
    expect(excerptProbes('"port of Baku"')).toEqual(["port", "of", "baku"]);
  });

  it("leaves out what websearch syntax excludes", () => {
    expect(excerptProbes("cooperation -military or trade")).toEqual(["coopera", "trad"]);
  });

  it("finds other forms of the word in a text", () => {
    const [cooperation] = excerptProbes("cooperation");
    expect("They will cooperate.".toLowerCase()).toContain(cooperation);
    const [agreement] = excerptProbes("соглашения");
    expect("Подписание соглашений".toLowerCase()).toContain(agreement);
  });

  it("has nothing to look for when the text has no word", () => {
    expect(excerptProbes("  -- ")).toEqual([]);
  });
});
