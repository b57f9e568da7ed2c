/**
 * Issue 15, round 20: visit reports that sign several documents, the form the frozen halves'
 * aggregate errors name most ("several-agreements", "plural-unnamed-agreements", "visit-report").
 * Made-up releases written for this test: documents exchanged at a ceremony, a counted plural whose
 * topics follow a comma, and subjects that name no party ("Ministers", "a package of documents").
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

const visit = (body: string) => `Prime Minister visits Hanoi\n\n${body}\n`;

describe("documents signed at a visit", () => {
  it("reads 'witnessed the exchange of' documents as their signing", () => {
    const text = visit(
      "Australia's Prime Minister and the Prime Minister of Vietnam witnessed the exchange of a memorandum of understanding on education.",
    );
    expect(agreements(text)).toEqual([
      { title: "Memorandum of Understanding on education", parties: ["Australia", "Vietnam"] },
    ]);
  });

  it("keeps an exchange of views on an agreement talk", () => {
    const text = visit(
      "Australia's Prime Minister and the Prime Minister of Vietnam held an exchange of views on the free trade agreement.",
    );
    expect(agreements(text)).toEqual([]);
  });

  it("counts off the topics that follow a comma after a counted plural", () => {
    const text = visit(
      "Australia and Vietnam signed four memoranda of understanding, on education, agriculture, defence industry and tourism.",
    );
    expect(agreements(text).map((a) => a.title)).toEqual([
      "Memorandum of Understanding on education",
      "Memorandum of Understanding on agriculture",
      "Memorandum of Understanding on defence industry",
      "Memorandum of Understanding on tourism",
    ]);
  });

  it("reads no list after a comma when the count does not match the topics", () => {
    const text = visit("Australia and Vietnam signed two agreements, on Tuesday, in Hanoi and Hue.");
    expect(agreements(text)).toEqual([{ title: "Agreement", parties: ["Australia", "Vietnam"] }]);
  });

  it("gives a package of documents no party: the two states whose talks it followed", () => {
    const text =
      "Russian-Turkish talks\n\nA package of intergovernmental and interdepartmental documents was signed following the Russian-Turkish talks, in particular a memorandum on cooperation in the field of tourism.\n";
    expect(agreements(text)).toEqual([
      { title: "Memorandum on cooperation in the field of tourism", parties: ["Russia", "Türkiye"] },
    ]);
  });

  it("takes 'Ministers' at a sentence's start for no party", () => {
    const text = visit(
      "The President and the Chancellor signed a Joint Declaration of Intent. Ministers also signed an agreement on energy.",
    );
    expect(agreements(text).find((a) => a.title === "Agreement on energy")?.parties).toEqual([]);
  });
});
