/**
 * Issue 15, round 16: a release pasted hard-wrapped (a plain-text e-mail, a wire copy, a fact sheet
 * converted at 72 columns) reads as the same release unwrapped. The development halves' texts wrapped
 * at 72 columns scored 0.82 → 0.73 in agreements and 0.95 → 0.74 in quotes before this; made-up
 * releases here.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";
import { fillLines as wrap, unwrapLines, wrapWidth } from "./line-wraps";

const RELEASE =
  "Chile and Norway sign two memoranda on fisheries and ocean research\n\n" +
  "SANTIAGO, 4 May 2018 – The Minister of Fisheries of Chile, Ana Rojas, and the Minister of Fisheries of Norway, Per Lund, today signed a Memorandum of Understanding on Cooperation in Fisheries Surveillance in Santiago.\n\n" +
  "The two ministries also signed a Memorandum of Understanding on Ocean Research between the Chilean Institute of Fisheries Development and the Norwegian Institute of Marine Research.\n\n" +
  "“This memorandum gives our inspectors the means to follow a vessel from the Antarctic to the Pacific coast, and our scientists the data they have asked for since 2010,” said Ana Rojas, Minister of Fisheries of Chile.\n\n" +
  "“Norway and Chile fish the same oceans and face the same illegal fleets. Working together is the only way to protect them,” said Per Lund, Minister of Fisheries of Norway.\n";

const proposals = (text: string) => {
  const r = extractRelease(text);
  return {
    date: r.dateline.date,
    agreements: r.agreements.map((a) => ({ title: a.title, parties: a.parties })),
    quotes: r.quotes.map((q) => ({ speaker: q.speaker, text: q.text.replace(/\s+/g, " ") })),
  };
};

describe("issue 15: a hard-wrapped release", () => {
  it("yields the proposals of the same release unwrapped: agreements, quotes and their speakers", () => {
    const wrapped = wrap(RELEASE);
    expect(wrapWidth(wrapped)).toBeGreaterThan(64);
    expect(wrapWidth(wrapped)).toBeLessThanOrEqual(72);
    const plain = proposals(RELEASE);
    expect(plain.agreements).toHaveLength(2);
    expect(plain.quotes.map((q) => q.speaker)).toEqual(["Ana Rojas", "Per Lund"]);
    expect(proposals(wrapped)).toEqual(plain);
  });

  it("reads a text copied from a PDF viewer (wrapped, no blank line between paragraphs) the same way", () => {
    const copied = wrap(RELEASE, 70).replace(/\n\s*\n/g, "\n");
    expect(proposals(copied)).toEqual(proposals(RELEASE));
  });

  it("reads a double-spaced wrapped text (each line a paragraph of a Word file) the same way", () => {
    const doubleSpaced = wrap(RELEASE, 72)
      .replace(/\n\s*\n/g, "\n")
      .replace(/\n/g, "\n\n");
    expect(proposals(doubleSpaced)).toEqual(proposals(RELEASE));
    // Its paragraphs still end where a short line ends them.
    expect(unwrapLines(doubleSpaced).split(/\n\s*\n/).length).toBeGreaterThanOrEqual(RELEASE.split("\n\n").length);
  });

  it("keeps a closing place and date, and a closing paragraph of one line, on their own lines", () => {
    const body = wrap(RELEASE.trimEnd(), 72).replace(/\n\s*\n/g, "\n");
    for (const closing of ["Santiago 4 May 2018", "Done at Santiago this 4th day of May, 2018.\nANA ROJAS"]) {
      const joined = unwrapLines(`${body}\n${closing}\n`);
      expect(joined.endsWith(`\n${closing}\n`)).toBe(true);
    }
  });

  it("keeps a headline that ends before the width apart from the caption under it", () => {
    const text = wrap(
      "Chile Welcomes Norway as Newest Fisheries Surveillance Partner\n" +
        "From left to right: Ana Rojas, Minister of Fisheries of Chile, and Per Lund, Minister of Fisheries of Norway, during the signing ceremony in Santiago.\n" +
        RELEASE.split("\n\n").slice(1).join("\n"),
      72,
    );
    expect(unwrapLines(text).split("\n")[0]).toBe("Chile Welcomes Norway as Newest Fisheries Surveillance Partner");
  });

  it("keeps every range pointing into the text as pasted (line ends included, CRLF too)", () => {
    for (const text of [wrap(RELEASE, 64), wrap(RELEASE, 64).replace(/\n/g, "\r\n")]) {
      const r = extractRelease(text);
      expect(r.quotes).toHaveLength(2);
      for (const q of r.quotes)
        expect(text.slice(q.range[0], q.range[1]).replace(/\s+/g, " ")).toContain(q.text.slice(0, 30));
      for (const a of r.agreements)
        expect(text.slice(a.range[0], a.range[1]).replace(/\s+/g, " ")).toContain("Memorandum");
    }
  });

  it("joins only the breaks the width made, one character for one", () => {
    const text = wrap(RELEASE);
    const joined = unwrapLines(text);
    expect(joined).toHaveLength(text.length);
    // Paragraphs, the headline and the dateline's block stay apart; inside them a break is left only
    // after a sentence's end.
    expect(joined.split(/\n\s*\n/)).toHaveLength(RELEASE.split(/\n\s*\n/).length);
    const kept = [...joined.matchAll(/(.)\n(?!\n)(?<!\n\n)/g)].map((m) => m[1]);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((c) => c === ".")).toBe(true);
    expect(text.split("\n").length - joined.split("\n").length).toBeGreaterThan(8);
  });

  it("keeps a break after a sentence, before a list item or a heading, and after a short line", () => {
    const text = [
      "Ministers of Chile and Norway met in Santiago to review the cooperation of the",
      "two fisheries services over the last three years, and signed two memoranda.",
      "SIGNED DOCUMENTS",
      "- a Memorandum of Understanding on Cooperation in Fisheries Surveillance and",
      "  the exchange of inspectors between the two fisheries services;",
      "- a Memorandum of Understanding on Ocean Research between the two institutes.",
      "A short line.",
      "Santiago, 4 May 2018",
    ].join("\n");
    const joined = unwrapLines(text).split("\n");
    expect(joined).toEqual([
      "Ministers of Chile and Norway met in Santiago to review the cooperation of the two fisheries services over the last three years, and signed two memoranda.",
      "SIGNED DOCUMENTS",
      "- a Memorandum of Understanding on Cooperation in Fisheries Surveillance and   the exchange of inspectors between the two fisheries services;",
      "- a Memorandum of Understanding on Ocean Research between the two institutes.",
      "A short line.",
      "Santiago, 4 May 2018",
    ]);
  });

  it("leaves a text of one paragraph per line, or of short lines, as it is", () => {
    expect(wrapWidth(RELEASE)).toBeNull();
    const list = ["Contacts", "Press office", "+47 22 24 90 90", "press@example.no", "Oslo", "Norway", "End"].join(
      "\n",
    );
    expect(unwrapLines(list)).toBe(list);
  });
});
