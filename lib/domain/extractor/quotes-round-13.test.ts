/**
 * Quotations with a lost closing mark (issue 15, round 13; the form of a batch 25 development
 * release): '“A …, Mr Berg says. “B …”' is two quotations, both his.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const quotes = (text: string) => extractRelease(text).quotes.map((q) => ({ speaker: q.speaker, text: q.text }));
const H =
  "Government signs launch contract\n\nThe Government has today signed a contract with Tarn Space, Economic Development Minister Per Berg says.\n\n";

describe("a closing mark lost before the attribution", () => {
  it("ends the quotation at ', Mr Berg says.' and opens the next at its own mark", () => {
    const found = quotes(
      H +
        "“Tarn Space is yet another example of our growing technology sector, Mr Berg says. “From software to space, our technology companies now employ thousands of people.”\n",
    );
    expect(found).toEqual([
      { speaker: "Per Berg", text: "Tarn Space is yet another example of our growing technology sector." },
      { speaker: "Per Berg", text: "From software to space, our technology companies now employ thousands of people." },
    ]);
  });

  it("keeps a quotation nested in another whole", () => {
    const found = quotes(H + "“We call it “the space coast” now, and it works,” Mr Berg says.\n");
    expect(found).toEqual([{ speaker: "Per Berg", text: "We call it “the space coast” now, and it works." }]);
  });
});
