import { describe, expect, it } from "vitest";
import { bothWays, firstChoices, proposing } from "./annotator-agreement";

// Made-up annotations of one release by two people.
const first = [
  {
    type: "MEMORANDUM",
    titles: ["Memorandum of Understanding on Education Cooperation", "MoU on education"],
    parties: [
      ["Freedonia", "Government of Freedonia"],
      ["Sylvania", "Sylvanian Ministry of Education"],
    ],
  },
  { type: "CONTRACT", titles: ["supply contract"], parties: [["Acme Rail"], ["Freedonia State Railways"]] },
  { type: "OTHER", titles: ["five other MoUs"], parties: [] },
];
const second = [
  {
    type: "MEMORANDUM",
    titles: ["Education MoU", "MoU on education"],
    parties: [["Government of Freedonia"], ["Sylvania"]],
  },
  { type: "CONTRACT", titles: ["contract for 40 trains"], parties: [["Acme Rail Ltd"], ["Freedonia State Railways"]] },
];

describe("issue 15: two annotators of one release, scored as the extractor is", () => {
  it("reads an annotation as a proposal from its first title and first names", () => {
    expect(firstChoices(second)).toEqual([
      { title: "Education MoU", parties: ["Government of Freedonia", "Sylvania"] },
      { title: "contract for 40 trains", parties: ["Acme Rail Ltd", "Freedonia State Railways"] },
    ]);
  });

  it("scores the second annotator's first choices against the first annotation", () => {
    // The memorandum matches by its parties (its first title is no title of the first annotation);
    // so does the contract ("Acme Rail Ltd" is "Acme Rail" written longer); the counted MoUs are missed.
    expect(proposing(second, first)).toEqual({ tp: 2, predicted: 2, expected: 3 });
  });

  it("counts a shared title of any form when both ways are allowed", () => {
    const titleOnly = [{ type: "MEMORANDUM", titles: ["x", "MoU on education"], parties: [] }];
    expect(proposing(titleOnly, first).tp).toBe(0);
    expect(bothWays(first, titleOnly)).toEqual({ tp: 1, predicted: 1, expected: 3 });
  });

  it("does not pair documents whose titles and parties differ", () => {
    const other = [{ type: "TREATY", titles: ["Border Treaty"], parties: [["Freedonia"], ["Ruritania"]] }];
    expect(bothWays(first, other).tp).toBe(0);
    expect(proposing(other, first).tp).toBe(0);
  });
});
