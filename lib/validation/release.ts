// One schema for the release form, used by the server actions (and by the form for its defaults).
// Raw form values are plain strings so they can be sent back untouched when validation fails.
import { z } from "zod";
import { AGREEMENT_TYPES, type AgreementTypeValue } from "../domain/agreement-types";
import { isCountryCode, splitCountryCodes } from "../domain/countries";
import { isLanguageCode } from "../domain/languages";
import { dateOnlyInstant, localToInstant, parseUtcOffset, type DatelineOffset } from "../domain/dateline";
import { editionMediaListSchema, type EditionMediaFormValues } from "./media";

export const LIMITS = {
  headline: 200,
  summary: 600,
  body: 50_000,
  place: 120,
  issuer: 200,
  sourceCredit: 200,
  mediaContactName: 200,
  mediaContactEmail: 254,
  mediaContactPhone: 40,
  agreements: 50,
  agreementTitle: 500,
  parties: 20,
  party: 300,
  note: 1_000,
  quotes: 50,
  quoteText: 5_000,
  speaker: 200,
  speakerRole: 200,
  speakerOrganisation: 300,
  context: 1_000,
  topics: 20,
  topic: 60,
  /** The Parties box as typed (one party per line, blank lines and indentation included). */
  partiesText: 10_000,
  countriesText: 600,
  topicsText: 2_000,
} as const;

export interface AgreementFormValues {
  type: string;
  title: string;
  parties: string; // one per line
  signedOn: string;
  note: string;
}

export interface QuoteFormValues {
  speaker: string;
  speakerRole: string;
  speakerOrganisation: string;
  text: string;
  context: string;
}

export interface ReleaseFormValues {
  headline: string;
  summary: string;
  body: string;
  datelinePlace: string;
  date: string;
  time: string;
  utcOffset: string;
  issuer: string;
  sourceCredit: string;
  /** Media contact (issue 12.6): optional, but a name needs an email or a phone and the other way round. */
  mediaContactName: string;
  mediaContactEmail: string;
  mediaContactPhone: string;
  countries: string;
  topics: string;
  /** Issue 14: the language the release is written in (absent: unchanged, or DEFAULT_LANGUAGE for a new one). */
  language?: string;
  /** Public note for a correction of a published release ("Corrected the party names"). */
  changeNote?: string;
  agreements: AgreementFormValues[];
  quotes: QuoteFormValues[];
  /**
   * Images, then attachments, in their order (issue 13). Undefined when the form had no Media
   * section (the import review, old revisions): the save then keeps the edition's rows.
   */
  media?: EditionMediaFormValues[];
}

export const emptyAgreement = (): AgreementFormValues => ({
  type: "MEMORANDUM_OF_UNDERSTANDING",
  title: "",
  parties: "",
  signedOn: "",
  note: "",
});
export const emptyQuote = (): QuoteFormValues => ({
  speaker: "",
  speakerRole: "",
  speakerOrganisation: "",
  text: "",
  context: "",
});

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max.toLocaleString("en")} characters`);
const required = (label: string, max: number) => text(label, max).min(1, `${label} is required`);
const optional = (label: string, max: number) => text(label, max).transform((v) => (v === "" ? null : v));
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** Typed into, whatever else is wrong with the field (its value may not have passed its own checks). */
const filled = (value: unknown) => typeof value === "string" && value.trim() !== "";
// Deliberately loose: the address is shown as a mailto: link, not delivered to, so the check only
// catches what is plainly not an address (a name or a phone number typed into the wrong field).
const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;
// International and national forms ("+994 (12) 492-92-27", "020 7946 0000 ext. 12"); shown as a tel: link.
const PHONE = /^\+?[0-9][0-9 ().\/-]{4,}(\s*(ext\.?|x)\s*[0-9]{1,6})?$/i;

const agreementSchema = z.object({
  type: z.enum(AGREEMENT_TYPES, { error: "Choose an agreement type" }),
  title: required("Agreement title", LIMITS.agreementTitle),
  parties: z
    .string()
    .max(LIMITS.partiesText, `Parties must be at most ${LIMITS.partiesText.toLocaleString("en")} characters in all`)
    .transform((v) =>
      v
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      // The check on each party is made on the list, so its message lands on the Parties field
      // ("agreements.0.parties"), where the form shows it, not on a line the form has no place for.
      z
        .array(z.string())
        .min(1, "List at least one party, one per line")
        .max(LIMITS.parties, `At most ${LIMITS.parties} parties`)
        .refine(
          (parties) => parties.every((p) => p.length <= LIMITS.party),
          `Each party must be at most ${LIMITS.party} characters`,
        ),
    ),
  signedOn: z
    .string()
    .trim()
    .max(10, "Enter the signing date as YYYY-MM-DD")
    .refine(
      (v) => v === "" || (isoDate.test(v) && localToInstant(v, "00:00", 0) !== null),
      "Enter the signing date as YYYY-MM-DD",
    )
    .transform((v) => (v === "" ? null : v)),
  note: optional("Note", LIMITS.note),
});

const quoteSchema = z.object({
  speaker: required("Speaker", LIMITS.speaker),
  speakerRole: optional("Speaker role", LIMITS.speakerRole),
  speakerOrganisation: optional("Speaker organisation", LIMITS.speakerOrganisation),
  text: required("Quote text", LIMITS.quoteText),
  context: optional("Context", LIMITS.context),
  // Not a form field: a translation's save sets it from its Speaker field (alignInputToOriginal, issue 14).
  speakerName: z.string().max(LIMITS.speaker).nullable().optional(),
});

export const releaseInputSchema = z
  .object({
    headline: required("Headline", LIMITS.headline),
    summary: text("Summary", LIMITS.summary),
    body: required("Body", LIMITS.body),
    datelinePlace: optional("Dateline place", LIMITS.place),
    date: z.string().trim().regex(isoDate, "Enter the date as YYYY-MM-DD").max(10, "Enter the date as YYYY-MM-DD"),
    // Time and offset are both empty for a date-only dateline (issue 15), or both given.
    time: z
      .string()
      .trim()
      .regex(/^(?:([01]\d|2[0-3]):[0-5]\d)?$/, "Enter the time as HH:MM (24-hour)")
      .max(5, "Enter the time as HH:MM (24-hour)"),
    utcOffset: z
      .string()
      .trim()
      .max(10, "Enter a UTC offset from -12:00 to +14:00, e.g. +04:00")
      .refine((v) => v === "" || parseUtcOffset(v) !== null, "Enter a UTC offset from -12:00 to +14:00, e.g. +04:00"),
    issuer: required("Issuer", LIMITS.issuer),
    language: z
      .string()
      .trim()
      .max(20, "Choose a language from the list")
      .refine(isLanguageCode, "Choose a language from the list")
      .optional(),
    sourceCredit: optional("Source credit", LIMITS.sourceCredit),
    mediaContactName: optional("Media contact name", LIMITS.mediaContactName),
    mediaContactEmail: optional("Media contact email", LIMITS.mediaContactEmail).refine(
      (v) => v === null || EMAIL.test(v),
      "Enter the media contact's email address, like press@example.org",
    ),
    mediaContactPhone: optional("Media contact phone", LIMITS.mediaContactPhone).refine(
      (v) => v === null || PHONE.test(v),
      "Enter a phone number: digits, spaces, brackets or dashes, an optional leading +, e.g. +994 12 492 92 27",
    ),
    countries: z
      .string()
      .max(
        LIMITS.countriesText,
        `Countries must be at most ${LIMITS.countriesText} characters: list ISO codes such as AZ, CN`,
      )
      .transform((v) => splitCountryCodes(v))
      .superRefine((codes, ctx) => {
        const bad = codes.filter((code) => !isCountryCode(code));
        if (bad.length > 0) {
          ctx.addIssue({
            code: "custom",
            message: `Not an ISO 3166-1 country code: ${bad.join(", ")} (use codes such as AZ, CN)`,
          });
        }
      }),
    topics: z
      .string()
      .max(LIMITS.topicsText, `Topics must be at most ${LIMITS.topicsText.toLocaleString("en")} characters in all`)
      .transform((v) => [
        ...new Set(
          v
            .split(",")
            .map((t) => t.trim().toLowerCase())
            .filter(Boolean),
        ),
      ])
      // As for parties: one message on the Topics field, not on an item the form cannot point at.
      .pipe(
        z
          .array(z.string())
          .max(LIMITS.topics, `At most ${LIMITS.topics} topics`)
          .refine(
            (topics) => topics.every((t) => t.length <= LIMITS.topic),
            `Each topic must be at most ${LIMITS.topic} characters`,
          ),
      ),
    // Optional so older clients and restores still parse; only shown when correcting a published release.
    changeNote: z
      .string()
      .trim()
      .max(LIMITS.note, `Change note must be at most ${LIMITS.note.toLocaleString("en")} characters`)
      .optional()
      .default("")
      .transform((v) => (v === "" ? null : v)),
    agreements: z.array(agreementSchema).max(LIMITS.agreements, `At most ${LIMITS.agreements} agreements`),
    quotes: z.array(quoteSchema).max(LIMITS.quotes, `At most ${LIMITS.quotes} quotes`),
    media: editionMediaListSchema,
  })
  // The media contact's two cross-field rules run even when another field is wrong (`when`), so one
  // save lists every problem of the contact at once instead of one per attempt.
  .refine((v) => !(filled(v.mediaContactEmail) || filled(v.mediaContactPhone)) || filled(v.mediaContactName), {
    path: ["mediaContactName"],
    message: "Add the media contact's name",
    when: () => true,
  })
  .refine((v) => !filled(v.mediaContactName) || filled(v.mediaContactEmail) || filled(v.mediaContactPhone), {
    path: ["mediaContactEmail"],
    message: "Add an email address or a phone number for the media contact",
    when: () => true,
  })
  // Half a dateline is a slip, not a date-only one: the missing half is asked for, next to its field.
  .refine((v) => !filled(v.time) || filled(v.utcOffset), {
    path: ["utcOffset"],
    message: "Enter the UTC offset of the time, e.g. +04:00, or leave both empty for a date-only dateline",
    when: () => true,
  })
  .refine((v) => filled(v.time) || !filled(v.utcOffset), {
    path: ["time"],
    message: "Enter the time as HH:MM (24-hour), or leave both time and UTC offset empty for a date-only dateline",
    when: () => true,
  })
  .transform((v, ctx) => {
    const offsetMinutes: DatelineOffset = v.time === "" ? null : (parseUtcOffset(v.utcOffset) ?? 0);
    const datelineAt = offsetMinutes === null ? dateOnlyInstant(v.date) : localToInstant(v.date, v.time, offsetMinutes);
    if (!datelineAt) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "That date does not exist" });
      return z.NEVER;
    }
    const { date: _date, time: _time, utcOffset: _offset, ...rest } = v;
    return { ...rest, datelineAt, datelineOffsetMinutes: offsetMinutes };
  });

export type ReleaseInput = z.output<typeof releaseInputSchema>;
export type AgreementInput = ReleaseInput["agreements"][number];
export type { AgreementTypeValue };

export type FieldErrors = Record<string, string>;

/** Zod issues → { "headline": "…", "agreements.0.title": "…" }, the first message per field. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}
