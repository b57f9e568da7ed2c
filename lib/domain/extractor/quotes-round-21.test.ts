/**
 * Issue 15, round 21: a quotation nobody is named for, two paragraphs after the last speaker's, with
 * only a scheme named between (made-up text of the form batch 46's development half showed).
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const speakers = (text: string) => extractRelease(text).quotes.map((q) => q.speaker);

describe("a quotation that continues the last speaker's", () => {
  const text = [
    "Customs signs arrangement with Canada",
    "",
    '"This arrangement makes trade with Canada faster and safer," says Customs Minister Jane Holloway.',
    "",
    "Customs developed the trade security programme after overseas markets tightened their border controls.",
    "",
    "Members of the Secure Trade Scheme can pack and transport their goods without interference.",
    "",
    '"The signing shows that our exporters can be trusted, and it keeps their goods moving across borders."',
    "",
  ].join("\n");

  it("gives it to the last speaker past two paragraphs that name nobody, not to a scheme", () => {
    expect(speakers(text)).toEqual(["Jane Holloway", "Jane Holloway"]);
  });

  it("gives it to nobody when a third paragraph stands between", () => {
    const longer = text.replace("Members of the Secure", "The programme began in 2004.\n\nMembers of the Secure");
    expect(speakers(longer)).toEqual(["Jane Holloway", null]);
  });

  it("never gives a quotation to a scheme, whose name ends like no person's", () => {
    const alone = [
      "Customs signs arrangement",
      "",
      "Partners in the Secure Exports Scheme (SES), which include Fonterra, can pack their goods without interference.",
      "",
      '"The signing provides concrete evidence of our commitment to the security of trade."',
      "",
    ].join("\n");
    expect(speakers(alone)).toEqual([null]);
  });
});

describe("a quotation after a sentence whose subject is a pronoun", () => {
  it("gives it to the subject the pronoun continues, not to the person named last", () => {
    const text = [
      "Minister visits Honiara",
      "",
      "Foreign Minister Phil Goff signed the MOU today in Honiara.",
      "",
      "Today Mr Goff also met with Prime Minister Sir Allan Kemakeza and key cabinet ministers. He also opened a course at the small business centre.",
      "",
      "“New Zealand is committed to the long-term development of the islands, and we want to work with its government.",
      "",
    ].join("\n");
    expect(speakers(text)).toEqual(["Phil Goff"]);
  });
});
