import { describe, it, expect } from "vitest";
import { loadSeedRelease } from "../../prisma/seed";
import { z } from "zod";
import {
  LIMITS,
  emptyAgreement,
  emptyQuote,
  fieldErrorsOf,
  releaseInputSchema,
  type ReleaseFormValues,
  type ReleaseInput,
} from "./release";
import { releaseToFormValues, releaseValuesFromForm } from "./release-form";
import { agreementRow, quoteRow, releaseFormValues } from "@/test/factories";

// ---------- fixtures ----------

// The seed module reads the seed data once, the same way `npm run db:seed` does.
const { data: seed, values: seedValues } = loadSeedRelease();
const seedBody = seedValues.body;

/** The seed release as a writer would type it into the form (a fresh copy per test). */
function seedFormValues(): ReleaseFormValues {
  return structuredClone(seedValues);
}

function validValues(overrides: Partial<ReleaseFormValues> = {}): ReleaseFormValues {
  return releaseFormValues({
    headline: "Azerbaijan and Georgia sign transit agreement",
    summary: "Two ministries agree on rail transit.",
    body: "The ministries signed the agreement in Tbilisi.",
    datelinePlace: "Tbilisi",
    countries: "AZ, GE",
    topics: "transport, trade",
    agreements: [
      agreementRow({
        title: "Agreement on rail transit",
        parties: "Republic of Azerbaijan\nGeorgia",
        signedOn: "2024-09-12",
      }),
    ],
    quotes: [quoteRow({ speakerRole: "Spokesperson", text: "A good day." })],
    ...overrides,
  });
}

/** Field errors of an input that must fail. */
function errorsOf(values: ReleaseFormValues): Record<string, string> {
  const result = releaseInputSchema.safeParse(values);
  expect(result.success, "expected the input to be rejected").toBe(false);
  return result.success ? {} : fieldErrorsOf(result.error);
}

function parse(values: ReleaseFormValues): ReleaseInput {
  const result = releaseInputSchema.safeParse(values);
  if (!result.success) throw new Error(`unexpectedly invalid: ${JSON.stringify(fieldErrorsOf(result.error))}`);
  return result.data;
}

// ---------- releaseInputSchema: accepted input ----------

describe("releaseInputSchema accepts good input", () => {
  it("parses the seed release into its structured form", () => {
    const input = parse(seedFormValues());
    expect(input.headline).toBe("Azerbaijan and China raise relations to strategic partnership");
    expect(input.datelineAt.toISOString()).toBe("2024-07-04T05:00:00.000Z");
    expect(input.datelineAt.toISOString()).toBe(new Date(seed.dateline.instant).toISOString());
    expect(input.datelineOffsetMinutes).toBe(240);
    expect(input.datelinePlace).toBeNull();
    expect(input.sourceCredit).toBe("Azernews");
    expect(input.countries).toEqual(["AZ", "CN"]);
    expect(input.topics).toEqual(["diplomacy", "transport", "trade", "tourism"]);
    expect(input.agreements.map((a) => a.type)).toEqual([
      "JOINT_DECLARATION",
      "MEMORANDUM_OF_UNDERSTANDING",
      "MEMORANDUM_OF_UNDERSTANDING",
      "AGREEMENT",
    ]);
    expect(input.agreements[0]!.parties).toEqual(["Republic of Azerbaijan", "People's Republic of China"]);
    expect(input.agreements[3]!.note).toBe("reciprocity at the next stage");
    expect(input.agreements[0]!.note).toBeNull();
    expect(input.agreements.every((a) => a.signedOn === null)).toBe(true);
    expect(input.quotes).toHaveLength(2);
    expect(input.quotes.every((q) => q.speaker === "Aykhan Hajizade")).toBe(true);
    expect(input.quotes[0]!.speakerRole).toBe("Press Secretary");
    expect(input.body).toBe(seedBody);
    expect(input).not.toHaveProperty("date");
    expect(input).not.toHaveProperty("time");
    expect(input).not.toHaveProperty("utcOffset");
  });

  it("trims text, turns empty optional fields into null and normalises lists", () => {
    const input = parse(
      validValues({
        headline: "  Spaced headline  ",
        datelinePlace: "   ",
        sourceCredit: "",
        countries: "az; cn ,AZ",
        topics: "Trade, trade , TRANSPORT,,",
        changeNote: "",
        agreements: [agreementRow({ parties: "\n  Party A  \r\n\r\nParty B\n", note: "  ", signedOn: " 2024-09-12 " })],
        quotes: [quoteRow({ speaker: "  Jane Doe ", speakerRole: " ", context: "" })],
      }),
    );
    expect(input.headline).toBe("Spaced headline");
    expect(input.datelinePlace).toBeNull();
    expect(input.sourceCredit).toBeNull();
    expect(input.countries).toEqual(["AZ", "CN"]);
    expect(input.topics).toEqual(["trade", "transport"]);
    expect(input.agreements[0]).toEqual({
      type: "AGREEMENT",
      title: "Agreement on cooperation",
      parties: ["Party A", "Party B"],
      signedOn: "2024-09-12",
      note: null,
    });
    expect(input.quotes[0]).toEqual({
      speaker: "Jane Doe",
      speakerRole: null,
      speakerOrganisation: null,
      text: "Quoted words.",
      context: null,
    });
  });

  it("accepts a release without agreements, quotes, countries or topics", () => {
    const input = parse(validValues({ agreements: [], quotes: [], countries: "", topics: "", summary: "" }));
    expect(input.agreements).toEqual([]);
    expect(input.quotes).toEqual([]);
    expect(input.countries).toEqual([]);
    expect(input.topics).toEqual([]);
    expect(input.summary).toBe("");
  });

  it("accepts the limits themselves", () => {
    const input = parse(
      validValues({
        headline: "h".repeat(LIMITS.headline),
        summary: "s".repeat(LIMITS.summary),
        agreements: Array.from({ length: LIMITS.agreements }, () => agreementRow()),
        quotes: [quoteRow({ text: "q".repeat(LIMITS.quoteText) })],
        utcOffset: "+14:00",
      }),
    );
    expect(input.headline).toHaveLength(200);
    expect(input.agreements).toHaveLength(50);
    expect(input.datelineOffsetMinutes).toBe(840);
  });

  it("computes the instant from the local date, time and offset", () => {
    const input = parse(validValues({ date: "2024-01-01", time: "22:00", utcOffset: "-05:00" }));
    expect(input.datelineAt.toISOString()).toBe("2024-01-02T03:00:00.000Z");
    expect(input.datelineOffsetMinutes).toBe(-300);
  });
});

// ---------- releaseInputSchema: rejected input ----------

describe("releaseInputSchema rejects bad input with a message on the right field", () => {
  it("requires a headline", () => {
    expect(errorsOf(validValues({ headline: "" })).headline).toBe("Headline is required");
    expect(errorsOf(validValues({ headline: "    " })).headline).toBe("Headline is required");
  });

  it("limits the headline to 200 characters", () => {
    expect(errorsOf(validValues({ headline: "h".repeat(201) })).headline).toBe(
      "Headline must be at most 200 characters",
    );
  });

  it("limits the summary to 600 characters", () => {
    expect(errorsOf(validValues({ summary: "s".repeat(601) })).summary).toBe("Summary must be at most 600 characters");
  });

  it("requires a body", () => {
    expect(errorsOf(validValues({ body: "" })).body).toBe("Body is required");
    expect(errorsOf(validValues({ body: " \n " })).body).toBe("Body is required");
  });

  it("requires an issuer", () => {
    expect(errorsOf(validValues({ issuer: "" })).issuer).toBe("Issuer is required");
  });

  it.each(["04/07/2024", "2024-7-4", "", "yesterday"])("rejects the malformed date %j", (date) => {
    expect(errorsOf(validValues({ date })).date).toBe("Enter the date as YYYY-MM-DD");
  });

  it.each(["2023-02-29", "2024-02-30", "2024-13-01", "2024-04-31"])("rejects the nonexistent date %j", (date) => {
    expect(errorsOf(validValues({ date })).date).toBe("That date does not exist");
  });

  it.each(["24:00", "9:00", "09:60", "noon", "09:00:00"])("rejects the time %j", (time) => {
    expect(errorsOf(validValues({ time })).time).toBe("Enter the time as HH:MM (24-hour)");
  });

  it.each(["+15:00", "+14:30", "-12:30", "+04:60", "abc"])("rejects the UTC offset %j", (utcOffset) => {
    expect(errorsOf(validValues({ utcOffset })).utcOffset).toBe(
      "Enter a UTC offset from -12:00 to +14:00, e.g. +04:00",
    );
  });

  it("rejects an unknown country code and names it", () => {
    const errors = errorsOf(validValues({ countries: "AZ, XX" }));
    expect(errors.countries).toBe("Not an ISO 3166-1 country code: XX (use codes such as AZ, CN)");
    expect(errorsOf(validValues({ countries: "XX, AZ, QQ" })).countries).toMatch(
      /^Not an ISO 3166-1 country code: XX, QQ \(/,
    );
  });

  it("rejects a country name instead of a code", () => {
    expect(errorsOf(validValues({ countries: "Azerbaijan" })).countries).toContain("AZERBAIJAN");
  });

  it("allows at most 50 agreements", () => {
    const errors = errorsOf(validValues({ agreements: Array.from({ length: 51 }, () => agreementRow()) }));
    expect(errors.agreements).toBe("At most 50 agreements");
  });

  it("allows at most 50 quotes", () => {
    expect(errorsOf(validValues({ quotes: Array.from({ length: 51 }, () => quoteRow()) })).quotes).toBe(
      "At most 50 quotes",
    );
  });

  it("requires at least one party per agreement", () => {
    const errors = errorsOf(validValues({ agreements: [agreementRow({ parties: "" })] }));
    expect(errors["agreements.0.parties"]).toBe("List at least one party, one per line");
    expect(errorsOf(validValues({ agreements: [agreementRow({ parties: " \n \n" })] }))["agreements.0.parties"]).toBe(
      "List at least one party, one per line",
    );
  });

  it("keys agreement errors by row and field", () => {
    const errors = errorsOf(
      validValues({ agreements: [agreementRow(), agreementRow({ title: "" }), agreementRow({ type: "ALLIANCE" })] }),
    );
    expect(errors["agreements.1.title"]).toBe("Agreement title is required");
    expect(errors["agreements.2.type"]).toBe("Choose an agreement type");
    expect(Object.keys(errors).sort()).toEqual(["agreements.1.title", "agreements.2.type"]);
  });

  it("rejects an impossible signing date", () => {
    expect(
      errorsOf(validValues({ agreements: [agreementRow({ signedOn: "2024-02-30" })] }))["agreements.0.signedOn"],
    ).toBe("Enter the signing date as YYYY-MM-DD");
  });

  it("limits quote text to 5000 characters", () => {
    const errors = errorsOf(validValues({ quotes: [quoteRow(), quoteRow({ text: "q".repeat(5001) })] }));
    expect(errors["quotes.1.text"]).toBe("Quote text must be at most 5,000 characters");
  });

  it("requires a speaker for every quote", () => {
    expect(errorsOf(validValues({ quotes: [quoteRow({ speaker: "" })] }))["quotes.0.speaker"]).toBe(
      "Speaker is required",
    );
    expect(errorsOf(validValues({ quotes: [quoteRow({ speaker: "   " })] }))["quotes.0.speaker"]).toBe(
      "Speaker is required",
    );
  });

  it("requires quote text", () => {
    expect(errorsOf(validValues({ quotes: [quoteRow({ text: "" })] }))["quotes.0.text"]).toBe("Quote text is required");
  });

  it("reports every bad field at once, first message per field", () => {
    const errors = errorsOf(validValues({ headline: "", body: "", time: "25:00", utcOffset: "+15:00" }));
    expect(Object.keys(errors).sort()).toEqual(["body", "headline", "time", "utcOffset"]);
  });
});

// Issue 15: a text with a date and no time makes a date-only dateline; nobody has to invent a time.
describe("a date-only dateline", () => {
  it("is accepted with time and UTC offset both empty: the date at 00:00 UTC, no offset", () => {
    const input = parse(validValues({ date: "2025-03-03", time: "", utcOffset: "" }));
    expect(input.datelineAt.toISOString()).toBe("2025-03-03T00:00:00.000Z");
    expect(input.datelineOffsetMinutes).toBeNull();
  });

  it("is accepted when the empty fields hold only spaces", () => {
    expect(parse(validValues({ time: "  ", utcOffset: " " })).datelineOffsetMinutes).toBeNull();
  });

  it("asks for the offset when only the time is given, and says both may be left empty", () => {
    const errors = errorsOf(validValues({ time: "09:00", utcOffset: "" }));
    expect(errors.utcOffset).toBe(
      "Enter the UTC offset of the time, e.g. +04:00, or leave both empty for a date-only dateline",
    );
    expect(errors.time).toBeUndefined();
  });

  it("asks for the time when only the offset is given", () => {
    const errors = errorsOf(validValues({ time: "", utcOffset: "+04:00" }));
    expect(errors.time).toBe(
      "Enter the time as HH:MM (24-hour), or leave both time and UTC offset empty for a date-only dateline",
    );
    expect(errors.utcOffset).toBeUndefined();
  });

  it("still requires the date", () => {
    expect(errorsOf(validValues({ date: "", time: "", utcOffset: "" })).date).toBe("Enter the date as YYYY-MM-DD");
  });

  it("round-trips through the form with time and offset empty", () => {
    const input = parse(validValues({ date: "2025-03-03", time: "", utcOffset: "" }));
    const values = releaseToFormValues(asStored(input));
    expect(values.date).toBe("2025-03-03");
    expect(values.time).toBe("");
    expect(values.utcOffset).toBe("");
    expect(parse(values)).toEqual(input);
  });
});

describe("fieldErrorsOf", () => {
  it("uses 'form' for an issue without a path", () => {
    const result = releaseInputSchema.safeParse("not an object");
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrorsOf(result.error))).toEqual(["form"]);
  });

  it("keeps only the first message of a field", () => {
    const result = releaseInputSchema.safeParse(validValues({ headline: "" }));
    expect(result.success).toBe(false);
    if (result.success) return;
    const error = new z.ZodError([...result.error.issues, { ...result.error.issues[0]!, message: "second message" }]);
    expect(fieldErrorsOf(error).headline).toBe("Headline is required");
  });
});

// ---------- releaseValuesFromForm ----------

describe("releaseValuesFromForm", () => {
  it("reads the scalar fields and keeps the raw strings untouched", () => {
    const form = new FormData();
    form.set("headline", "  Raw headline  ");
    form.set("summary", "");
    form.set("body", "Line 1\r\nLine 2");
    form.set("date", "04/07/2024");
    form.set("time", "9:00");
    form.set("utcOffset", "+4");
    form.set("countries", "az cn");
    form.set("topics", "Trade");
    form.set("mediaContactPhone", " +994 12 ");
    const values = releaseValuesFromForm(form);
    expect(values).toEqual({
      headline: "  Raw headline  ",
      summary: "",
      body: "Line 1\r\nLine 2",
      datelinePlace: "",
      date: "04/07/2024",
      time: "9:00",
      utcOffset: "+4",
      issuer: "",
      sourceCredit: "",
      mediaContactName: "",
      mediaContactEmail: "",
      mediaContactPhone: " +994 12 ",
      countries: "az cn",
      topics: "Trade",
      changeNote: "",
      agreements: [],
      quotes: [],
    });
  });

  it("builds agreement and quote rows from bracketed names, in index order", () => {
    const form = new FormData();
    // Appended out of order, with a gap and a two-digit index: rows follow the numeric index.
    form.set("agreements[10][title]", "Tenth");
    form.set("agreements[10][type]", "TREATY");
    form.set("agreements[2][title]", "Second");
    form.set("agreements[2][parties]", "A\nB");
    form.set("agreements[0][title]", "First");
    form.set("agreements[0][type]", "AGREEMENT");
    form.set("agreements[0][parties]", "  Party A  \nParty B");
    form.set("agreements[0][signedOn]", "2024-07-04");
    form.set("agreements[0][note]", " a note ");
    form.set("quotes[1][speaker]", "Second speaker");
    form.set("quotes[0][speaker]", "First speaker");
    form.set("quotes[0][text]", "  Words  ");
    form.set("unrelated[0][title]", "ignored");
    const values = releaseValuesFromForm(form);
    expect(values.agreements.map((a) => a.title)).toEqual(["First", "Second", "Tenth"]);
    expect(values.agreements[0]).toEqual({
      type: "AGREEMENT",
      title: "First",
      parties: "  Party A  \nParty B",
      signedOn: "2024-07-04",
      note: " a note ",
    });
    expect(values.agreements[1]).toEqual({ type: "", title: "Second", parties: "A\nB", signedOn: "", note: "" });
    expect(values.agreements[2]!.type).toBe("TREATY");
    expect(values.quotes).toEqual([
      { speaker: "First speaker", speakerRole: "", speakerOrganisation: "", text: "  Words  ", context: "" },
      { speaker: "Second speaker", speakerRole: "", speakerOrganisation: "", text: "", context: "" },
    ]);
  });

  it("treats an uploaded file as an empty value", () => {
    const form = new FormData();
    form.set("headline", new Blob(["evil"]), "file.txt");
    expect(releaseValuesFromForm(form).headline).toBe("");
  });

  it("feeds the schema: a posted form of the seed release parses", () => {
    const values = seedFormValues();
    const form = new FormData();
    for (const [key, value] of Object.entries(values)) if (typeof value === "string") form.set(key, value);
    values.agreements.forEach((a, i) => Object.entries(a).forEach(([k, v]) => form.set(`agreements[${i}][${k}]`, v)));
    values.quotes.forEach((q, i) => Object.entries(q).forEach(([k, v]) => form.set(`quotes[${i}][${k}]`, v)));
    const read = releaseValuesFromForm(form);
    expect(read).toEqual(values);
    expect(parse(read).agreements).toHaveLength(4);
  });

  it("ignores rows beyond 200 so an oversized post cannot blow up, and still rejects it", () => {
    const form = new FormData();
    for (let i = 0; i < 250; i++) form.set(`agreements[${i}][title]`, `Row ${i}`);
    const values = releaseValuesFromForm(form);
    expect(values.agreements).toHaveLength(200);
    expect(values.agreements[199]!.title).toBe("Row 199");
    expect(errorsOf(values).agreements).toBe("At most 50 agreements");
  });
});

// ---------- releaseToFormValues ----------

/** What the DAL hands back for a saved input (speaker resolved to a person's name). */
function asStored(input: ReleaseInput) {
  return {
    ...input,
    agreements: input.agreements.map((a) => ({ ...a })),
    quotes: input.quotes.map((q) => ({ ...q, speaker: { name: q.speaker } })),
  };
}

describe("releaseToFormValues", () => {
  it("round-trips the seed release: form → input → form → the same input", () => {
    const input = parse(seedFormValues());
    const values = releaseToFormValues(asStored(input));
    expect(values.date).toBe("2024-07-04");
    expect(values.time).toBe("09:00");
    expect(values.utcOffset).toBe("+04:00");
    expect(values.datelinePlace).toBe("");
    expect(values.countries).toBe("AZ, CN");
    expect(values).toEqual(seedFormValues());
    expect(parse(values)).toEqual(input);
  });

  it("round-trips a release with place, negative offset, signing dates and nulls", () => {
    const input = parse(
      validValues({
        datelinePlace: "New York",
        date: "2024-01-01",
        time: "22:00",
        utcOffset: "-5",
        agreements: [agreementRow({ signedOn: "2023-12-31", note: "n" }), agreementRow({ type: "OTHER" })],
        quotes: [quoteRow({ speakerRole: "Minister", context: "At the signing" }), quoteRow()],
      }),
    );
    const values = releaseToFormValues(asStored(input));
    expect(values.utcOffset).toBe("-05:00");
    expect(values.date).toBe("2024-01-01");
    expect(values.time).toBe("22:00");
    expect(values.agreements[0]).toEqual({
      type: "AGREEMENT",
      title: "Agreement on cooperation",
      parties: "Party A\nParty B",
      signedOn: "2023-12-31",
      note: "n",
    });
    expect(values.agreements[1]!.signedOn).toBe("");
    expect(values.agreements[1]!.note).toBe("");
    expect(values.quotes[1]).toEqual({
      speaker: "Jane Doe",
      speakerRole: "",
      speakerOrganisation: "",
      text: "Quoted words.",
      context: "",
    });
    expect(parse(values)).toEqual(input);
  });

  it("starts new rows with sensible defaults", () => {
    expect(emptyAgreement()).toEqual({
      type: "MEMORANDUM_OF_UNDERSTANDING",
      title: "",
      parties: "",
      signedOn: "",
      note: "",
    });
    expect(emptyQuote()).toEqual({ speaker: "", speakerRole: "", speakerOrganisation: "", text: "", context: "" });
  });
});
