/**
 * Issue 15, round 23: quotes from the development halves of batches 58 and 60. Made-up releases
 * written for this test.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const quotes = (text: string) => extractRelease(text).quotes.map((q) => [q.speaker, q.text.slice(0, 24)]);

describe("quotes, round 23", () => {
  it("takes a speaker whose surname has a capital after its hyphen", () => {
    const text =
      "Organisations sign pledge\n\n“We are thrilled so many have signed,” said Secretary of Education Ana Ruiz.\n\n“Skills are reshaping our economy,” said Secretary of Labor Lena Ortiz-DeWitt. “By uniting behind this pledge we help students.”\n";
    expect(quotes(text)).toEqual([
      ["Ana Ruiz", "We are thrilled so many "],
      ["Lena Ortiz-DeWitt", "Skills are reshaping our"],
      ["Lena Ortiz-DeWitt", "By uniting behind this p"],
    ]);
  });

  it("reads a speech verb written as a Markdown link as the verb", () => {
    const text =
      "Customs deal\n\nThe arrangement was signed in Tarnow by the Comptroller of Customs and his counterpart Mr Ivo Marek.\n\n“This arrangement brings our customs services closer,” Jane Roe [said](http://www.example.org/speech/customs)\n";
    expect(quotes(text)).toEqual([["Jane Roe", "This arrangement brings "]]);
  });
});
