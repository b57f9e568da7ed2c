/**
 * Issue 15, round 25: courtesy titles that African, South Asian and Pacific releases write before a
 * name ("Hon.", "Rev.", "Engr.", "Amb."), found by trying made-up NGO and government releases.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const quotes = (text: string) =>
  extractRelease(text).quotes.map((q) => ({ speaker: q.speaker, role: q.role, organisation: q.organisation }));

describe("a speaker written with 'Hon.' before the name", () => {
  it("does not end the sentence at 'Hon.', so the colon hands the words to that speaker", () => {
    const text =
      'Partnership\n\n"Every child deserves a chance," said Maria Lopez.\n\nThe Minister of Education, Hon. Peter Banda, thanked UNICEF for its support: "We value this partnership."\n';
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Maria Lopez", "Peter Banda"]);
  });

  it("reads 'Rev.' and 'Engr.' as titles, not as the end of the attribution", () => {
    const text =
      'Church\n\n"We pray for peace," said Rev. Ann Lee, chair of the council.\n\n"The bridge will be ready in May," said Engr. Musa Bello.\n';
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Ann Lee", "Musa Bello"]);
  });
});

describe("a courtesy title between a role and a name", () => {
  it("is no part of the role", () => {
    const text = 'Children\n\n"Every child deserves a chance," said UNICEF Representative Ms. Maria Lopez.\n';
    expect(quotes(text)).toEqual([{ speaker: "Maria Lopez", role: "Representative", organisation: "UNICEF" }]);
  });
});

describe("the same titles in the other attribution forms", () => {
  it("reads 'according to Rev. Ann Lee' and a clause with 'Hon.' inside it", () => {
    const according = 'Church\n\n"The roof is fixed at last," according to Rev. Ann Lee.\n';
    expect(quotes(according).map((q) => q.speaker)).toEqual(["Ann Lee"]);
    const clause = 'Council\n\n"The road opens in May," Peter Banda, a guest of Hon. Ruth Mwale, said at the launch.\n';
    expect(quotes(clause).map((q) => q.speaker)).toEqual(["Peter Banda"]);
  });
});
