/**
 * Issue 15, round 16: a page's body scraped onto one line. A term between single marks ("their
 * iconic ‘Blockbuster’ song") was left open when no punctuation followed its closing mark, and ran on
 * over the quotation after it; in a text of paragraphs the paragraph's end had stopped it. Made-up
 * release of the form a development release showed once its body was put on one line.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const quotes = (text: string) => extractRelease(text).quotes.map((q) => [q.speaker, q.text.slice(0, 32)]);

describe("a term between single marks before a quotation, on one line", () => {
  const body =
    "The band played their iconic ‘Blockbuster’ song for the guests. The Minister of Fisheries of Chile, Ana Rojas, said: “Our fleet is the backbone of the coast, and it deserves our care.” In Santiago, the crowd stayed until midnight.";

  it("closes the term and finds the quotation and its speaker", () => {
    expect(quotes(`Chile marks fisheries day\n\n${body}\n`)).toEqual([
      ["Ana Rojas", "Our fleet is the backbone of the"],
    ]);
  });

  it("still reads a quotation between single marks that runs over several words", () => {
    const text =
      "Chile marks fisheries day\n\nThe Minister of Fisheries of Chile, Ana Rojas, said: ‘Our fleet is the backbone of the coast, and it deserves our care.’ The crowd stayed.\n";
    expect(quotes(text)).toEqual([["Ana Rojas", "Our fleet is the backbone of the"]]);
  });
});

describe("a quotation in straight marks inside Markdown emphasis", () => {
  it("opens after the emphasis mark: '*\"Our fleet …\" -- Ana Rojas, Minister*'", () => {
    for (const [open, close] of [
      ["“", "”"],
      ['"', '"'],
    ]) {
      const text = `Chile and Norway start a fisheries partnership\n\nThe two ministries will share their data.\n\n*${open}Our fleet is the backbone of the coast, and this partnership gives it the data it needs.${close} -- Ana Rojas, Minister of Fisheries of Chile*\n`;
      expect(quotes(text)).toEqual([["Ana Rojas", "Our fleet is the backbone of the"]]);
    }
  });
});
