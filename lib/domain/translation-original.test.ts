import { describe, expect, it } from "vitest";
import { agreementRow, quoteRow, releaseFormValues, releaseInput } from "@/test/factories";
import {
  alignFormToOriginal,
  alignInputToOriginal,
  changesSince,
  originalEditionToShow,
  translatableTexts,
} from "./translation-original";

const media = (assetId: string, words: Partial<{ altText: string; caption: string; title: string }> = {}) => ({
  assetId,
  role: "GALLERY",
  altText: "",
  caption: "",
  credit: "",
  title: "",
  ...words,
});

describe("issue 14: the original's edition the translation form shows", () => {
  it("is the one the translation follows, unless the original has a newer published edition", () => {
    expect(originalEditionToShow({ sourceEdition: 1, live: null, newest: 1 })).toBe(1);
    expect(originalEditionToShow({ sourceEdition: 1, live: { number: 1, published: true }, newest: 2 })).toBe(1);
    expect(originalEditionToShow({ sourceEdition: 1, live: { number: 2, published: true }, newest: 3 })).toBe(2);
    // A withdrawn original says nothing newer: the translation keeps following its edition.
    expect(originalEditionToShow({ sourceEdition: 1, live: { number: 2, published: false }, newest: 2 })).toBe(1);
    // No record of the edition followed: the live one, else the newest.
    expect(originalEditionToShow({ sourceEdition: null, live: { number: 2, published: true }, newest: 3 })).toBe(2);
    expect(originalEditionToShow({ sourceEdition: null, live: null, newest: 3 })).toBe(3);
  });
});

describe("issue 14: the words a translator translates", () => {
  it("are the headline, summary, body, dateline place, issuer, source credit, each agreement's and quote's words, and each file's", () => {
    const texts = translatableTexts(
      releaseFormValues({
        headline: "Ministers sign a pact",
        summary: "",
        body: "The ministers met.",
        datelinePlace: "Baku",
        sourceCredit: "Press service",
        agreements: [agreementRow({ title: "Memorandum on trade", parties: "A\nB", note: "In force at once" })],
        quotes: [quoteRow({ text: "We are proud", speakerRole: "Minister", speakerOrganisation: "Ministry" })],
        media: [media("asset-1", { altText: "Two ministers", caption: "At the signing" })],
      }),
    );
    expect(texts).toEqual({
      headline: "Ministers sign a pact",
      summary: "",
      body: "The ministers met.",
      datelinePlace: "Baku",
      issuer: "Ministry of Foreign Affairs",
      sourceCredit: "Press service",
      "agreements.0.title": "Memorandum on trade",
      "agreements.0.parties": "A\nB",
      "agreements.0.note": "In force at once",
      "quotes.0.speaker": quoteRow().speaker,
      "quotes.0.text": "We are proud",
      "quotes.0.speakerRole": "Minister",
      "quotes.0.speakerOrganisation": "Ministry",
      "media.asset-1.altText": "Two ministers",
      "media.asset-1.caption": "At the signing",
      "media.asset-1.title": "",
    });
    // Not words: the dates, the countries, the agreement's type. The speaker is a person shared by every
    // language, but the name is written as each language writes it.
    expect(Object.keys(texts).filter((k) => /^(date|time|utcOffset|countries)$|\.(type|signedOn)$/.test(k))).toEqual(
      [],
    );
  });

  it("changesSince marks only the texts that changed, word by word, and a text that is new", () => {
    const before = { headline: "Ministers sign a pact", body: "The ministers met." };
    const after = { headline: "Ministers sign two pacts", body: "The ministers met.", "quotes.0.text": "New words" };
    expect(changesSince(before, after)).toEqual({
      headline: [
        { kind: "same", text: "Ministers sign " },
        { kind: "removed", text: "a pact" },
        { kind: "added", text: "two pacts" },
      ],
      "quotes.0.text": [{ kind: "added", text: "New words" }],
    });
    expect(changesSince(before, before)).toEqual({});
  });
});

describe("issue 14: a translation shares its structure with the original", () => {
  const original = releaseFormValues({
    date: "2025-03-14",
    time: "16:30",
    utcOffset: "+04:00",
    countries: "AZ, GE",
    agreements: [
      agreementRow({ type: "MEMORANDUM_OF_UNDERSTANDING", title: "Memorandum", signedOn: "2025-03-14" }),
      agreementRow({ type: "PROTOCOL", title: "Protocol on customs", parties: "C\nD" }),
    ],
    quotes: [quoteRow({ speaker: "Leyla Mammadova", text: "This corridor", speakerRole: "Deputy Minister" })],
  });

  it("the form takes the dateline instant, countries, agreement types and dates and speakers from the original; the words stay the translation's", () => {
    const translation = releaseFormValues({
      headline: "Nazirlər saziş imzaladılar",
      date: "2025-03-15",
      time: "10:00",
      utcOffset: "+00:00",
      countries: "AZ",
      agreements: [agreementRow({ type: "AGREEMENT", title: "Memorandum (az)", parties: "A (az)\nB (az)" })],
      quotes: [
        quoteRow({ speaker: "Someone else", text: "Bu dəhliz", speakerRole: "Nazir müavini" }),
        quoteRow({ speaker: "A quote the original no longer has", text: "Köhnə" }),
      ],
    });
    const { values, dropped } = alignFormToOriginal(translation, original);
    expect(values.headline).toBe("Nazirlər saziş imzaladılar");
    expect([values.date, values.time, values.utcOffset, values.countries]).toEqual([
      "2025-03-14",
      "16:30",
      "+04:00",
      "AZ, GE",
    ]);
    expect(values.agreements).toEqual([
      {
        ...agreementRow({ title: "Memorandum (az)", parties: "A (az)\nB (az)" }),
        type: "MEMORANDUM_OF_UNDERSTANDING",
        signedOn: "2025-03-14",
      },
      // An agreement the translation does not have yet comes with the original's words, to be translated.
      original.agreements[1],
    ]);
    expect(values.quotes).toEqual([
      { ...quoteRow({ text: "Bu dəhliz", speakerRole: "Nazir müavini" }), speaker: "Leyla Mammadova" },
    ]);
    expect(dropped).toEqual({ agreements: 0, quotes: 1 });
  });

  it("a save does the same with parsed input, whatever the form posted", () => {
    const shared = releaseInput(original);
    const posted = releaseInput({
      headline: "Nazirlər saziş imzaladılar",
      date: "2030-01-01",
      countries: "FR",
      agreements: [agreementRow({ type: "TREATY", title: "Memorandum (az)", signedOn: "2030-01-01" })],
      quotes: [],
    });
    const saved = alignInputToOriginal(posted, shared);
    expect(saved.headline).toBe("Nazirlər saziş imzaladılar");
    expect(saved.datelineAt).toEqual(shared.datelineAt);
    expect(saved.datelineOffsetMinutes).toBe(240);
    expect(saved.countries).toEqual(["AZ", "GE"]);
    expect(saved.agreements.map((a) => [a.type, a.signedOn, a.title])).toEqual([
      ["MEMORANDUM_OF_UNDERSTANDING", "2025-03-14", "Memorandum (az)"],
      ["PROTOCOL", null, "Protocol on customs"],
    ]);
    expect(saved.quotes.map((q) => [q.speaker, q.text])).toEqual([["Leyla Mammadova", "This corridor"]]);
  });

  it("issue 14: the Speaker a translation posts is the original's person, named as the translation writes the name", () => {
    const shared = releaseInput(original);
    const posted = (speaker: string) =>
      alignInputToOriginal(releaseInput({ quotes: [quoteRow({ speaker, text: "Bu dəhliz" })] }), shared).quotes;
    expect(posted("Leyla Məmmədova").map((q) => [q.speaker, q.speakerName])).toEqual([
      ["Leyla Mammadova", "Leyla Məmmədova"],
    ]);
    // The original's spelling is no name of its own.
    expect(posted("Leyla Mammadova")[0]?.speakerName).toBeNull();
  });

  it("issue 14: the form shows each speaker as the translation names them, the original's person otherwise", () => {
    const translation = releaseFormValues({ quotes: [quoteRow({ speaker: "Stale name", text: "Bu dəhliz" })] });
    expect(alignFormToOriginal(translation, original, ["Leyla Məmmədova"]).values.quotes[0]?.speaker).toBe(
      "Leyla Məmmədova",
    );
    expect(alignFormToOriginal(translation, original).values.quotes[0]?.speaker).toBe("Leyla Mammadova");
  });
});
