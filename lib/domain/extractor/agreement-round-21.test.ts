/**
 * Issue 15, round 21: from the development halves of batches 43 and 44 (untouched until this round).
 * Made-up releases written for this test: a convention named "against" what it fights, subjects that
 * each signed with one counterpart, a plural of documents signed "with A and B" in the first person,
 * and capitalised topics of a plural kind ("Civil Aviation and Education cooperation arrangements").
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

const release = (body: string) => `Minister welcomes signing\n\n${body}\n`;

describe("titles", () => {
  it("keeps 'against' and what follows in a title-case convention's name", () => {
    const text = release("Norway today signed the United Nations Convention against Illicit Arms Brokering at a ceremony in New York.");
    expect(agreements(text).map((a) => a.title)).toEqual(["United Nations Convention against Illicit Arms Brokering"]);
  });

  it("does not make a title of 'against' after a lower-case kind", () => {
    const text = release("Norway and Chile today signed a cooperation agreement against smuggling.");
    expect(agreements(text).map((a) => a.title)).toEqual(["Cooperation Agreement"]);
  });
});
