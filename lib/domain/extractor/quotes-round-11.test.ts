/**
 * Quotations in made-up news-agency articles (issue 15, round 11): an unnamed speaker described by
 * whom they speak for.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const speakers = (text: string) => extractRelease(text).quotes.map((q) => q.speaker);
const H =
  'Kestovia and Ostrava agree on gas transit\n\nTuesday, March 14, 2023\n\nOstrava\'s prime minister, Petra Lind, called the deal historic. "We have waited ten years for this," Lind told reporters.\n\n';

describe("an unnamed speaker and whom they speak for", () => {
  it("takes 'a spokesman for the Ostravan parliament said' as the speaker, not the person quoted before", () => {
    expect(
      speakers(H + '"Ratification should take two months," a spokesman for the Ostravan parliament said.\n'),
    ).toEqual(["Petra Lind", "spokesman for the Ostravan parliament"]);
  });

  it("still ends at the role when the verb comes first", () => {
    expect(speakers(H + '"Ratification should take two months," said a spokesman for the parliament.\n')).toEqual([
      "Petra Lind",
      "spokesman",
    ]);
  });
});
