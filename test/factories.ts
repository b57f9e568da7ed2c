// Shared by the unit tests that write releases.
import {
  releaseInputSchema,
  type AgreementFormValues,
  type QuoteFormValues,
  type ReleaseFormValues,
  type ReleaseInput,
} from "../lib/validation/release";

/**
 * Test releases are not written to agree with their bodies (countries named, speakers quoted …), so
 * steps behind the consistency gate (submit, schedule, publish) give this reason to go ahead anyway,
 * the way an editor would. Tests of the gate itself pass no reason.
 */
export const TEST_OVERRIDE = "unit-test data: structure not checked against the body";

/**
 * A valid release as the editor's form holds it. A test names in `overrides` only what matters to
 * it (a unique headline, the countries it filters on, the rows it checks); the rest stays this
 * plain default, so a new form field is added here once rather than in every test.
 */
export function releaseFormValues(overrides: Partial<ReleaseFormValues> = {}): ReleaseFormValues {
  return {
    headline: "A test release",
    summary: "A summary.",
    body: "The body of the release.",
    datelinePlace: "Baku",
    date: "2024-09-12",
    time: "14:30",
    utcOffset: "+04:00",
    issuer: "Ministry of Foreign Affairs",
    sourceCredit: "",
    mediaContactName: "",
    mediaContactEmail: "",
    mediaContactPhone: "",
    countries: "AZ",
    topics: "",
    changeNote: "",
    agreements: [],
    quotes: [],
    ...overrides,
  };
}

/** The same release parsed as the save action parses it: what createRelease and updateRelease take. */
export function releaseInput(overrides: Partial<ReleaseFormValues> = {}): ReleaseInput {
  return releaseInputSchema.parse(releaseFormValues(overrides));
}

/** One agreement row of the form. */
export function agreementRow(overrides: Partial<AgreementFormValues> = {}): AgreementFormValues {
  return {
    type: "AGREEMENT",
    title: "Agreement on cooperation",
    parties: "Party A\nParty B",
    signedOn: "",
    note: "",
    ...overrides,
  };
}

/** One quote row of the form. */
export function quoteRow(overrides: Partial<QuoteFormValues> = {}): QuoteFormValues {
  return {
    speaker: "Jane Doe",
    speakerRole: "",
    speakerOrganisation: "",
    text: "Quoted words.",
    context: "",
    ...overrides,
  };
}
