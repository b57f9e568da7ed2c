/**
 * Issue 15, round 22: from the development halves of batches 47 and 48 (untouched until this round)
 * and the deeds of earlier development halves. Made-up releases written for this test: documents
 * signed as deeds, and a document only initialled (a step before its signing).
 */
import { describe, expect, it } from "vitest";
import { extractRelease } from "./index";

const agreements = (text: string) =>
  extractRelease(text).agreements.map((a) => ({ title: a.title, parties: a.parties }));

describe("deeds", () => {
  it("takes a deed of settlement signed by two parties", () => {
    const text =
      "Crown and Ngāti Kōrero sign settlement\n\nThe Crown and Ngāti Kōrero today signed a Deed of Settlement at Rangiātea marae, ending twenty years of negotiations.\n";
    expect(agreements(text)).toEqual([{ title: "Deed of Settlement", parties: ["Crown", "Ngāti Kōrero"] }]);
  });

  it("takes a named deed the speaker signed with others", () => {
    const text =
      "Harbour Trust Fund Deed\n\nI am pleased to have signed today with the Mayor of Port Ellis the Harbour Restoration Trust Fund Deed.\n\nThe deed sets up a fund for the harbour.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Harbour Restoration Trust Fund Deed"]);
  });

  it("does not take a deed still to be signed, or one signed years ago", () => {
    const text =
      "Settlement bill introduced\n\nThe Crown and Ngāti Kōrero will sign a Deed of Settlement next month. In 1996 the Crown and Ngāti Kōrero signed a Deed of Settlement returning a meeting house.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("does not take a deed as in a brave act", () => {
    const text =
      "Medal ceremony\n\nThe Governor today honoured a heroic deed of the volunteers who signed up to fight the fires.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("initialled, not signed", () => {
  it("does not take a document the parties only initialled", () => {
    const text =
      "Agreement initialled\n\nThe trade ministers of Norway and Chile have today initialled an Agreement on Fisheries Cooperation. It will now go to both cabinets.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("takes the memorandum signed beside an agreement only initialled", () => {
    const text =
      "Air services\n\nThe transport ministers of Norway and Chile initialled the air services agreement today and signed a Memorandum of Understanding on its early application.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Memorandum of Understanding on its early application"]);
  });
});

describe("a signing to come", () => {
  it("does not take a document a country 'will join other countries in signing'", () => {
    const text =
      "Norway to sign fisheries treaty\n\nThe Minister of Fisheries announced today that Norway will join other countries in signing the Agreement on Port State Measures at a ceremony in Rome on 1 October.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("still takes one a country joined others in signing", () => {
    const text =
      "Norway signs fisheries treaty\n\nNorway today joined other countries in signing the Agreement on Port State Measures at a ceremony in Rome.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Agreement on Port State Measures"]);
  });

  it("does not take a document a government 'will not sign'", () => {
    const text =
      "Norway's decision on the seabed convention\n\nAfter careful consideration we have decided that Norway will not sign the Seabed Minerals Convention, and will instead seek a new agreement.\n";
    expect(agreements(text)).toEqual([]);
  });
});

describe("signings of before", () => {
  it("does not take a document signed 'in January' (a month without its day)", () => {
    const text =
      "Minister meets iwi\n\nThe Minister met Ngāti Kōrero leaders at Rangiātea today.\n\nNgāti Kōrero signed an Agreement in Principle with the Crown in January for the settlement of its historical claims.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("does not take a document whose signing the release counts months from", () => {
    const text =
      "Aircraft delivered to Chile\n\nLess than nine months after the Prime Minister witnessed the signing of a landmark MOU between Kea Aviation and Andes Air, the first two aircraft were delivered today.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("does not take 'the third Bilateral Agreement' that describes the document signed", () => {
    const text =
      "Water quality agreement\n\nThe Commonwealth and Tasmanian Governments have signed an agreement under the National Water Plan.\n\n" +
      "This is the third Bilateral Agreement between the Commonwealth and a state government signed under the Plan.\n";
    expect(agreements(text)).toHaveLength(1);
  });
});

describe("the date of a release without a dateline", () => {
  it("is not one of the days of several signings a sentence dates", () => {
    const text =
      "Water quality agreement\n\nThe Commonwealth and Tasmanian Governments have signed an agreement under the National Water Plan.\n\n" +
      "The Commonwealth signed Bilateral Agreements with South Australia on 8 June 2001 and Victoria on 2 October 2001.\n";
    expect(extractRelease(text).dateline.date).toBeNull();
  });
});

describe("documents a deal brings about", () => {
  it("does not take 'N new free trade agreements between the parties' in a sentence that signs nothing", () => {
    const text =
      "Trade agreement reached\n\nEleven countries reached agreement overnight on the final text.\n\nThe agreement will deliver 18 new free trade agreements between the parties.\n";
    expect(agreements(text)).toEqual([]);
  });

  it("still takes agreements between parties that a sentence counts as signed", () => {
    const text =
      "Agreements signed\n\nTwo new cooperation agreements between Norway and Chile were signed in Oslo today.\n";
    expect(agreements(text).length).toBeGreaterThan(0);
  });
});

describe("documents dated weeks before the release", () => {
  const release = (body: string) =>
    `JOINT COMMUNIQUE\n\nCanberra, 7 June 1973\n\nThe Prime Ministers of Norway and Chile met in Canberra this week.\n\n${body}\n`;

  it("does not take 'the Paris Agreement of 27 January, 1973' in a release of June 1973", () => {
    expect(
      agreements(
        release(
          "Both Prime Ministers welcomed the Paris Agreement of 27 January, 1973, on ending the war, which both countries signed.",
        ),
      ),
    ).toEqual([]);
  });

  it("does not take a document 'signed in Vientiane on 21 February, 1973'", () => {
    expect(
      agreements(
        release("They noted the Agreement on Restoring Peace in Laos signed in Vientiane on 21 February, 1973."),
      ),
    ).toEqual([]);
  });

  it("still takes a document of the release's own day", () => {
    expect(
      agreements(release("The two Prime Ministers today signed the Agreement on Cultural Cooperation.")).map(
        (a) => a.title,
      ),
    ).toEqual(["Agreement on Cultural Cooperation"]);
  });
});

describe("the signature of a document", () => {
  it("reads 'witnessed the signature of a Statement of Intent' as a signing", () => {
    const text =
      "Leaders meet in Santiago\n\nThe Prime Minister and the President also witnessed the signature of a Statement of Intent to negotiate a nuclear cooperation treaty between Agency A and Agency B.\n";
    expect(agreements(text).map((a) => a.title)).toEqual(["Statement of Intent"]);
  });
});

describe("a list of deals, each item its two parties and the document after a dash", () => {
  const items = [
    "1. Fjord Foods and Andes Retail – A distribution agreement to bring Norwegian fish to Chilean stores.",
    "2. Nordlys Energy and Atacama Solar – A partnership to develop solar farms.",
  ].join("\n");

  it("reads the parties before the dash and the document after it, the intro's signing paragraphs before", () => {
    const text =
      "Trade mission boost\n\nThe Minister today announced the signing of two new commercial partnerships between Norwegian and Chilean companies, at a ceremony in Santiago\n\n" +
      "“These partnerships matter to our exporters,” the Minister says.\n\n“They open a new market.”\n\nPartnerships include:\n\n" +
      `${items}\n`;
    expect(agreements(text)).toEqual([
      { title: "Distribution agreement", parties: ["Fjord Foods", "Andes Retail"] },
      { title: "Partnership", parties: ["Nordlys Energy", "Atacama Solar"] },
    ]);
  });

  it("takes none when no paragraph before the list tells of a signing", () => {
    const text =
      "Trade mission\n\nThe Minister leads a trade mission to Chile this week.\n\n“Chile is a growing market,” the Minister says.\n\nPartnerships include:\n\n" +
      `${items}\n`;
    expect(agreements(text)).toEqual([]);
  });
});

describe("a counted plural whose topics are what the documents cover", () => {
  it("does not make one document of each topic when the count says otherwise", () => {
    const text =
      "Leaders meet in Oslo\n\nThe two Prime Ministers issued a joint statement and witnessed the signing of 11 new government-to-government arrangements covering cooperation on climate change, cultural linkages, tourism and a range of practical initiatives to facilitate trade.\n";
    expect(agreements(text).map((a) => a.title)).not.toContain("Arrangement on tourism");
    expect(agreements(text).length).toBeLessThanOrEqual(1);
  });

  it("still makes one document of each topic when the count matches", () => {
    const text =
      "Leaders meet in Oslo\n\nThe two Prime Ministers witnessed the signing of three new arrangements covering climate change, culture and tourism.\n";
    expect(agreements(text)).toHaveLength(3);
  });
});

describe("parties", () => {
  it("leaves a fact sheet's label before a colon out of the parties", () => {
    const text =
      "Fact sheet: state visit\n\nCooperation in Ocean Science and Exploration: the Norwegian Space Agency and the Chilean Ministry of Science signed a memorandum of understanding today.\n";
    expect(agreements(text)[0]?.parties).toEqual(["Norwegian Space Agency", "Chilean Ministry of Science"]);
  });

  it("ends the parties before 'with respect to'", () => {
    const text =
      "Settlement signed\n\nA relationship agreement between Ngāti Kōrero, the Department of Conservation and the National Museum with respect to the Rangiātea collection was also signed today.\n";
    expect(agreements(text)[0]?.parties).toEqual(["Ngāti Kōrero", "Department of Conservation", "National Museum"]);
  });
});
