/**
 * Issue 15, round 16: the rules read a prepared text (prepared-text.ts) and every range still points
 * into the text as pasted. Made-up releases.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";
import { fillLines } from "./line-wraps";
import { prepareText } from "./prepared-text";

const RELEASE =
  "Chile and Norway sign a memorandum on fisheries surveillance\n\n" +
  "SANTIAGO, 4 May 2018 – The Government of Chile and the Government of Norway today signed a Memorandum of Understanding on Cooperation in Fisheries Surveillance at the Ministry of Foreign Affairs in Santiago.\n\n" +
  "“This memorandum gives our inspectors the means to follow a vessel from the Antarctic to the Pacific coast, and our scientists the data they have asked for since 2010,” said Ana Rojas, Minister of Fisheries of Chile.\n";

const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();

describe("issue 15: a release pasted with double spaces, CRLF line ends and lines wrapped", () => {
  const variants = {
    "as written": RELEASE,
    "two spaces after each full stop and comma": RELEASE.replace(/([.,]) /g, "$1  "),
    "spaces doubled inside names": RELEASE.replace(/United|Government of/g, (m) => m.replace(/ /g, "  ")).replace(
      "Fisheries Surveillance",
      "Fisheries  Surveillance",
    ),
    "wrapped at 60 with CRLF line ends": fillLines(RELEASE, 60).replace(/\n/g, "\r\n"),
    // Copied from web pages: no-break spaces, zero-width spaces, soft hyphens inside words.
    "no-break and zero-width spaces, soft hyphens": RELEASE.replace(/ (?=[A-Z])/g, "\u00a0")
      .replace(/ (?=[a-z])/g, " \u200b")
      .replace(/tion/g, "ti\u00adon"),
  };

  it("yields the same proposals as the text written plainly", () => {
    const plain = extractRelease(RELEASE);
    expect(plain.agreements).toHaveLength(1);
    expect(plain.quotes).toHaveLength(1);
    for (const text of Object.values(variants)) {
      const r = extractRelease(text);
      expect(r.dateline.date).toBe("2018-05-04");
      expect(r.agreements.map((a) => [a.title, a.parties])).toEqual(plain.agreements.map((a) => [a.title, a.parties]));
      expect(r.quotes.map((q) => [q.speaker, squeeze(q.text)])).toEqual(plain.quotes.map((q) => [q.speaker, q.text]));
    }
  });

  it("reports every range in the text as pasted", () => {
    for (const text of Object.values(variants)) {
      const r = extractRelease(text);
      // What a reader sees in the range: invisible characters are not seen.
      const at = (range: [number, number] | null) =>
        range ? squeeze(text.slice(range[0], range[1]).replace(/[\u200b\u00ad]/g, "")) : null;
      expect(at(r.headlineRange)).toBe(r.headline);
      expect(at(r.dateline.range)).toMatch(/^SANTIAGO, 4 May 2018/);
      // A quotation's last comma is its full stop in the proposal ("…,” said X").
      for (const q of r.quotes) expect(at(q.range)?.slice(0, -1)).toBe(squeeze(q.text).slice(0, -1));
      for (const a of r.agreements)
        expect(at(a.range)).toMatch(/^Memorandum of Understanding on Cooperation in Fisheries Surveillance/);
    }
  });
});

describe("prepareText", () => {
  it("makes a run of spaces inside a line one, keeps indentation, and maps offsets back", () => {
    const raw = "A  B\r\n    C   D\r\n";
    const p = prepareText(raw);
    expect(p.text).toBe("A B \n    C D \n");
    const d = p.text.indexOf("D");
    expect(p.toRaw([d, d + 1])).toEqual([raw.indexOf("D"), raw.indexOf("D") + 1]);
    const b = p.text.indexOf("B");
    expect(raw.slice(...p.toRaw([0, b + 1]))).toBe("A  B");
    expect(p.toRaw([p.text.length, p.text.length])).toEqual([raw.length, raw.length]);
  });
});

describe("issue 15: a headline in capitals", () => {
  const body =
    "\n\nToday, the United States and Chile signed a loan guarantee agreement that, once entered into force, will enable Chile to access up to $1 billion in low-cost financing from international capital markets.\n\n" +
    "The loan guarantee is intended to deliver on the President's pledge at the summit in May 2016. In addition to facilitating access to financing, the guarantee agreement bolsters important economic and institutional reforms.\n";

  it("gives its document the title and parties a headline in title case gives", () => {
    const shouted = extractRelease(`THE UNITED STATES AND CHILE SIGN LOAN GUARANTEE AGREEMENT${body}`);
    const titled = extractRelease(`The United States and Chile Sign Loan Guarantee Agreement${body}`);
    expect(titled.agreements.map((a) => [a.title, a.parties])).toEqual([
      ["Loan Guarantee Agreement", ["United States", "Chile"]],
    ]);
    expect(shouted.agreements.map((a) => [a.title, a.parties])).toEqual(
      titled.agreements.map((a) => [a.title, a.parties]),
    );
    // Proposed as written.
    expect(shouted.headline).toBe("THE UNITED STATES AND CHILE SIGN LOAN GUARANTEE AGREEMENT");
  });

  it("reads no signing in a heading in capitals that only names a document", () => {
    const text =
      "TREATY OF FRIENDSHIP AND COOPERATION\n\nFOR PRESS 6 May 1976\nTREATY OF FRIENDSHIP AND COOPERATION\n" +
      "The two governments have agreed on a draft text of the treaty, which the Prime Ministers will sign next month.\n";
    expect(extractRelease(text).agreements).toEqual([]);
  });

  it("keeps two-letter words and acronyms in capitals, and a line quoting someone as written", () => {
    expect(prepareText("US AND UK SIGN MOU ON ASEAN AND NATO COOPERATION").text).toBe(
      "US and UK Sign MOU on ASEAN and NATO Cooperation",
    );
    const quoted = "“WE WILL NEVER GIVE UP THE FIGHT,” THE MINISTER SAID";
    expect(prepareText(quoted).text).toBe(quoted);
    expect(prepareText("Short LINE").text).toBe("Short LINE");
  });
});

describe("issue 15, round 23: Markdown links", () => {
  it("reads a link as its words, and maps its words back into the brackets", () => {
    const raw = "Ministers signed [the Fisheries Treaty](https://example.org/treaty) today.";
    const prepared = prepareText(raw);
    expect(prepared.text).toBe("Ministers signed the Fisheries Treaty today.");
    const start = prepared.text.indexOf("Fisheries Treaty");
    const [from, to] = prepared.toRaw([start, start + "Fisheries Treaty".length]);
    expect(raw.slice(from, to)).toBe("Fisheries Treaty");
  });

  it("leaves brackets that are no link as they are", () => {
    const raw = "The parties [listed below] signed (see annex).";
    expect(prepareText(raw).text).toBe(raw);
  });
});
