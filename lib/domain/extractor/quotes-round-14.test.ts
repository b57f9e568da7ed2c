/**
 * Speakers in a visit report of three presidents (issue 15, round 14; the form of a batch 24
 * development release): '“…,” Name summed up.', and '“…,” said the President of Chile during …' when
 * the presidents the text names by their role are the other states'.
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const quotes = (text: string) =>
  extractRelease(text).quotes.map((q) => ({ speaker: q.speaker, role: q.role, organisation: q.organisation }));
const VISIT =
  "Presidents of Chile, Peru and Norway meet in Santiago\n\n" +
  "President of the Republic of Peru Ana Soto and President of the Republic of Norway Per Berg discussed cooperation with Gabriel Boric in Santiago. According to Per Berg, Chile has made significant efforts.\n\n";

describe("speakers of a visit report", () => {
  it("reads 'summed up' as an attribution", () => {
    const found = quotes(
      VISIT + '"Our meeting today confirmed that Peru and Norway stand with Chile," Gabriel Boric summed up.\n',
    );
    expect(found.map((q) => q.speaker)).toEqual(["Gabriel Boric"]);
  });

  it("gives a role no other state's holder: 'said the President of Chile during a conversation'", () => {
    const found = quotes(
      VISIT +
        'Gabriel Boric thanked the Presidents of Peru and Norway. "I am convinced that we should not stop there. We talked about it a lot," said the President of Chile during a conversation with the media.\n',
    );
    expect(found).toEqual([{ speaker: null, role: "President", organisation: "Chile" }]);
  });

  it("still finds the holder of the role of the state named", () => {
    const found = quotes(
      VISIT + '"We talked about it a lot," said the President of Norway during a conversation with the media.\n',
    );
    expect(found.map((q) => q.speaker)).toEqual(["Per Berg"]);
  });
});
