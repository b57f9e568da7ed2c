/**
 * Issue 15, round 20: a round-up of reactions (one label per paragraph, "Rep. Jane Doe: “…”"), and
 * news reports that hand a quotation over with a participle ("urging viewers, "…"", "with Boswell
 * stating: "…"") or "claimed". Made-up texts of the forms batches 41 and 42's development halves showed.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const speakers = (text: string) => extractRelease(text).quotes.map((q) => q.speaker);

describe("a round-up of reactions", () => {
  it("gives each paragraph's quotation to the label before it", () => {
    const text = [
      "What They Are Saying: The Harbour Agreement",
      "",
      "Leaders and officials welcomed the agreement signed on Monday.",
      "",
      "Sen. Jane Marlow: “This agreement reopens the harbour to trade. It is a good day for the coast.”",
      "",
      "Rep. Tom Becker: “We waited years for this. Now the work of building starts.”",
      "",
      "Northland Ministry of Foreign Affairs: “The Ministry welcomes the signing of the agreement by both sides.”",
      "",
    ].join("\n");
    expect(speakers(text)).toEqual(["Jane Marlow", "Rep. Tom Becker", "Northland Ministry of Foreign Affairs"]);
  });

  it("leaves a heading that ends in a colon on a line of its own to the rules before", () => {
    const text = [
      "Harbour reopens",
      "",
      "Minister Ana Ruiz said the harbour would reopen next week.",
      "",
      "Quotes attributable to Minister Ana Ruiz:",
      "“This is a good day for the coast and for everyone who works on it.”",
      "",
    ].join("\n");
    expect(speakers(text)).toEqual(["Ana Ruiz"]);
  });
});

describe("quotations handed over in news reports", () => {
  it("reads 'urging viewers, \"…\"' and 'Dale claimed, \"…\"' as the clause's subject speaking", () => {
    const text =
      "Convention week\n\n" +
      'The magazine Forbes wrote that the campaign "was spending heavily on television almost daily".\n' +
      'Former Senator Jane Hollis gave the keynote address on the opening night, urging viewers, "we have got to vote like our lives depend on it." ' +
      'Senator Mark Dale spoke on the last night. During the speech Dale claimed, "Their plan is not a solution, but rather a surrender."\n';
    expect(speakers(text).slice(-2)).toEqual(["Jane Hollis", "Mark Dale"]);
  });

  it("reads '…, with Boswell stating: \"…\"' as Boswell's words", () => {
    const text =
      "Asylum questionnaire\n\n" +
      "Campaigner Caitlin Boswell said last week that the form was unfair. The newspaper quoted critics like barrister Colin Yeo, with Boswell stating: " +
      '"People fleeing desperate circumstances need quicker and fairer decisions."\n';
    expect(speakers(text)).toEqual([expect.stringMatching(/\bCaitlin Boswell$/)]);
  });
});

describe("'writes:' before the words", () => {
  it("gives the quotation after '…, whose bio includes …, writes:' to the writer", () => {
    const text =
      "Ballot access\n\n" +
      "The party is less discreet about its intentions. In comments at a blog, party chairman Mark Robbins, whose bio includes two hashtags, writes:\n\n" +
      '"It is a long shot I will grant you, but our ticket may draw enough votes to change the result."\n';
    expect(speakers(text)).toEqual(["Mark Robbins"]);
  });
});

describe("a name in single marks before a quotation", () => {
  it("does not let a ‘name’ whose closer reads as an apostrophe swallow the next paragraph's quotation", () => {
    const text = [
      "Agriculture cooperation",
      "",
      "Damien Smith signed an updated ‘Strategic Plan on Promoting Agricultural Cooperation’ with Tang Renjian.",
      "",
      "“China is an important market for our exporters,” Damien Smith said.",
      "",
    ].join("\n");
    expect(speakers(text)).toEqual(["Damien Smith"]);
  });
});
