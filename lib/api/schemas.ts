// Output schemas of the open API (/api/v1). Every response body is built as a plain object and parsed
// through one of these before it is sent: the objects are strict, so a field nobody listed here (a user
// id, an internal id, a workflow detail, draft text) fails the parse instead of reaching a client.
// The OpenAPI document (lib/api/openapi.ts) is generated from these same schemas, so the documentation
// cannot drift from what the handlers send.
import { z } from "zod";
import { AGREEMENT_TYPES } from "../domain/agreement-types";
import type { NinjsDocument } from "../domain/ninjs";

/** Components of the OpenAPI document: each schema registered here becomes #/components/schemas/<id>. */
export const apiSchemas = z.registry<{ id: string }>();

const url = () => z.url();
const instant = () => z.iso.datetime({ offset: true });
const day = () => z.iso.date();

const AgreementTypeSchema = z
  .enum(AGREEMENT_TYPES)
  .describe("Kind of agreement.")
  .register(apiSchemas, { id: "AgreementType" });

const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .describe("ISO 3166-1 alpha-2 country code.")
  .register(apiSchemas, { id: "CountryCode" });

const DatelineSchema = z
  .strictObject({
    place: z.string().nullable().describe("Where the release was issued, when given."),
    at: z
      .union([instant(), day()])
      .describe(
        "The dateline instant in the writer's UTC offset, e.g. 2024-07-04T09:00:00+04:00, or the date alone, e.g. 2025-03-03, when the release gives no time (a date-only dateline).",
      ),
    utcOffset: z
      .string()
      .regex(/^[+-]\d{2}:\d{2}$/)
      .nullable()
      .describe("The writer's offset from UTC, e.g. +04:00; null for a date-only dateline."),
    text: z.string().describe('The dateline as printed, e.g. "Baku, 4 July 2024 09:00 (UTC+04:00)".'),
  })
  .describe("The release's dateline.")
  .register(apiSchemas, { id: "Dateline" });

const AgreementSchema = z
  .strictObject({
    type: AgreementTypeSchema,
    title: z.string(),
    parties: z.array(z.string()).describe("The signatories, as named in the release."),
    signedOn: day().nullable().describe("Signing date (YYYY-MM-DD), when known."),
    note: z.string().nullable(),
  })
  .describe("An agreement (declaration, memorandum, treaty …) the release reports.")
  .register(apiSchemas, { id: "Agreement" });

const SpeakerSchema = z
  .strictObject({
    name: z.string(),
    slug: z.string().describe("The person's identifier: /people/{slug}."),
    role: z.string().nullable().describe("The speaker's role as given in this release."),
    organisation: z.string().nullable().describe("The speaker's organisation as given in this release."),
    url: url().describe("The person's public page."),
    apiUrl: url().describe("The person in this API."),
  })
  .register(apiSchemas, { id: "Speaker" });

const QuoteSchema = z
  .strictObject({
    speaker: SpeakerSchema,
    text: z.string().describe("The exact words."),
    context: z.string().nullable(),
    url: url().describe("Permalink of the quote on the release page (#quote-N)."),
  })
  .register(apiSchemas, { id: "Quote" });

const ReleaseLinksSchema = z
  .strictObject({
    html: url().describe("The release page."),
    self: url().describe("This release in this API."),
    ninjs: url().describe("This release as IPTC ninjs."),
  })
  .register(apiSchemas, { id: "ReleaseLinks" });

const MediaContactSchema = z
  .strictObject({
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable().describe("As written by the press office."),
  })
  .describe("Who journalists contact about this release.")
  .register(apiSchemas, { id: "MediaContact" });

export const ReleaseSummarySchema = z
  .strictObject({
    slug: z.string().describe("The release's address; a translation shares its original's (and has ?lang=)."),
    language: z.string().describe("The language this version is written in (BCP 47)."),
    url: url().describe("The release page (canonical)."),
    headline: z.string(),
    summary: z.string().describe("The writer's summary; may be empty."),
    dateline: DatelineSchema,
    issuer: z.string().describe("The issuing body."),
    sourceCredit: z.string().nullable(),
    mediaContact: MediaContactSchema.nullable(),
    countries: z.array(CountryCodeSchema),
    topics: z.array(z.string()),
    publishedAt: instant().describe("First publication (UTC)."),
    updatedAt: instant().describe("Publication of the edition shown (a correction moves it forward)."),
    agreements: z.array(AgreementSchema),
    quotes: z.array(QuoteSchema),
    links: ReleaseLinksSchema,
  })
  .describe("A published release without its body.")
  .register(apiSchemas, { id: "ReleaseSummary" });

const ChangeSchema = z
  .strictObject({ at: instant(), note: z.string() })
  .describe("A public correction note.")
  .register(apiSchemas, { id: "Change" });

const ImageVariantSchema = z
  .strictObject({
    format: z.enum(["avif", "webp", "jpeg"]),
    type: z.string().describe("Media type, e.g. image/avif."),
    width: z.int().min(1),
    height: z.int().min(1),
    bytes: z.int().min(0),
    url: url().describe("Content-addressed: cache it as long as you like."),
  })
  .describe("One served size and format of an image (no metadata: EXIF and GPS are stripped).")
  .register(apiSchemas, { id: "ImageVariant" });

const ReleaseImageSchema = z
  .strictObject({
    role: z.enum(["lead", "gallery"]).describe("The lead image heads the release; the others form its gallery."),
    alt: z.string().describe("Alternative text."),
    caption: z.string().nullable(),
    credit: z.string().nullable(),
    width: z.int().min(1).describe("Width of the largest variant."),
    height: z.int().min(1),
    url: url().describe("The JPEG (or widest WebP) variant: one file any client can show."),
    variants: z.array(ImageVariantSchema).describe("Every variant, narrowest first."),
  })
  .register(apiSchemas, { id: "ReleaseImage" });

const AttachmentSchema = z
  .strictObject({
    title: z.string(),
    filename: z.string(),
    type: z.string().describe("Media type, decided from the file's bytes."),
    typeLabel: z.string().describe('What readers call the type, e.g. "PDF".'),
    bytes: z.int().min(0),
    size: z.string().describe('Human-readable size, e.g. "1.2 MB".'),
    url: url().describe("The download."),
  })
  .describe("A document published with the release.")
  .register(apiSchemas, { id: "Attachment" });

const ReleaseMediaSchema = z
  .strictObject({
    images: z.array(ReleaseImageSchema).describe("Images whose variants are ready, lead first."),
    attachments: z.array(AttachmentSchema),
  })
  .register(apiSchemas, { id: "ReleaseMedia" });

const ReleaseVersionSchema = z
  .strictObject({
    language: z.string().describe("BCP 47 language code."),
    original: z.boolean().describe("The version the others are translated from."),
    url: url().describe("Its page."),
    apiUrl: url().describe("Its JSON here (a translation: ?lang=<language>)."),
  })
  .describe("One language version of a release (issue 14).")
  .register(apiSchemas, { id: "ReleaseVersion" });

export const ReleaseSchema = ReleaseSummarySchema.extend({
  translations: z
    .array(ReleaseVersionSchema)
    .describe(
      "Every published language version, the original first (this one included); empty when there is only one.",
    ),
  edition: z.int().min(1).describe("Number of the edition shown; it grows with each correction."),
  body: z.string().describe("The body text, Markdown."),
  changes: z.array(ChangeSchema).describe("Corrections, newest first."),
  media: ReleaseMediaSchema.describe("Photos and documents of the release (issue 13)."),
})
  .describe("A published release with every structured field.")
  .register(apiSchemas, { id: "Release" });

const PageLinksSchema = z
  .strictObject({
    self: url(),
    next: url().nullable().describe("The next page (older, or less relevant), if any."),
    prev: url().nullable().describe("The previous page (newer, or more relevant), if any."),
  })
  .register(apiSchemas, { id: "PageLinks" });

export const ReleaseListSchema = z
  .strictObject({
    items: z.array(ReleaseSummarySchema),
    limit: z.int().min(1).max(100),
    links: PageLinksSchema,
  })
  .describe("One page of published releases: newest first, or best match first with q.")
  .register(apiSchemas, { id: "ReleaseList" });

const ReleaseRefSchema = z
  .strictObject({
    slug: z.string(),
    headline: z.string(),
    url: url(),
    apiUrl: url(),
    publishedAt: instant(),
  })
  .describe("The release something was published in.")
  .register(apiSchemas, { id: "ReleaseRef" });

const AgreementEntrySchema = AgreementSchema.extend({ release: ReleaseRefSchema })
  .describe("An agreement with the release that reports it.")
  .register(apiSchemas, { id: "AgreementEntry" });

export const AgreementListSchema = z
  .strictObject({
    items: z.array(AgreementEntrySchema),
    page: z.int().min(1),
    links: PageLinksSchema,
  })
  .describe("One page (50) of agreements in published releases, newest release first.")
  .register(apiSchemas, { id: "AgreementList" });

const PersonQuoteSchema = z
  .strictObject({
    text: z.string(),
    context: z.string().nullable(),
    role: z.string().nullable().describe("The role given in that release."),
    organisation: z.string().nullable().describe("The organisation given in that release."),
    url: url().describe("Permalink of the quote on the release page."),
    release: ReleaseRefSchema,
  })
  .register(apiSchemas, { id: "PersonQuote" });

export const PersonSchema = z
  .strictObject({
    slug: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    role: z.string().nullable(),
    organisation: z.string().nullable(),
    url: url().describe("The person's public page."),
    apiUrl: url(),
    quotes: z.array(PersonQuoteSchema).describe("Every published quote, newest release first."),
  })
  .describe("A speaker and their published quotes.")
  .register(apiSchemas, { id: "Person" });

const ERROR_CODES = [
  "invalid_parameter",
  "unknown_parameter",
  "not_found",
  "withdrawn",
  "method_not_allowed",
  "internal_error",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ErrorSchema = z
  .strictObject({
    error: z.strictObject({
      status: z.int().min(400).max(599),
      code: z.enum(ERROR_CODES),
      message: z.string(),
      parameter: z.string().optional().describe("The query parameter at fault (400 only)."),
    }),
  })
  .describe("Every error: the HTTP status again, a stable code and a sentence for people.")
  .register(apiSchemas, { id: "Error" });

// ---------- ninjs 3.x (the subset lib/domain/ninjs.ts produces, with the standard's names and types) ----------

const ninjsText = () =>
  z.strictObject({ role: z.string().optional(), contentType: z.string().optional(), value: z.string() });
const ninjsEntity = () =>
  z.strictObject({
    name: z.string().optional(),
    rel: z.string().optional(),
    uri: url().optional(),
    literal: z.string().optional(),
  });

const ninjsRendition = () =>
  z.strictObject({
    name: z.string(),
    href: url(),
    contentType: z.string(),
    width: z.int().optional(),
    height: z.int().optional(),
    sizeInBytes: z.int(),
  });
const ninjsAssociation = () =>
  z.strictObject({
    name: z.string().describe('"mainpicture" (the lead image), "picture-N", "attachment-N".'),
    uri: url(),
    type: z.enum(["picture", "component"]),
    headlines: z.array(z.strictObject({ role: z.string(), value: z.string() })).optional(),
    descriptions: z.array(z.strictObject({ role: z.string(), contentType: z.string(), value: z.string() })).optional(),
    by: z.string().optional().describe("The credit."),
    renditions: z.array(ninjsRendition()),
  });

// Issue 14: another language version of the release (lib/domain/ninjs-versions.ts), itself a ninjs item.
const ninjsVersionAssociation = () =>
  z.strictObject({
    name: z.string().describe('"translation-<language>" on an original, "original" on a translation.'),
    rel: z.enum(["translation", "translationOf"]),
    uri: url().describe("The version's page: the uri of its own ninjs document."),
    type: z.literal("text"),
    representationType: z.literal("partial"),
    language: z.string(),
    headlines: z.array(z.strictObject({ role: z.string(), value: z.string() })),
  });

export const NinjsSchema = z
  .strictObject({
    uri: url(),
    standard: z.strictObject({ name: z.literal("ninjs"), version: z.string(), schema: url() }),
    type: z.literal("text"),
    representationType: z.enum(["full", "partial"]),
    version: z.string().optional(),
    firstCreated: instant().optional(),
    versionCreated: instant(),
    contentCreated: instant().optional(),
    pubStatus: z.enum(["usable", "withheld", "canceled"]),
    language: z.string(),
    headlines: z.array(ninjsText()),
    descriptions: z.array(ninjsText()).optional(),
    bodies: z.array(ninjsText()).optional(),
    by: z.string().optional(),
    located: z.string().optional(),
    edNote: z.string().optional(),
    people: z.array(ninjsEntity()).optional(),
    organisations: z.array(ninjsEntity()).optional(),
    places: z.array(ninjsEntity()).optional(),
    subjects: z.array(ninjsEntity()).optional(),
    genres: z.array(z.strictObject({ name: z.string(), uri: z.string() })).optional(),
    infoSources: z
      .array(z.strictObject({ name: z.string().optional(), role: z.string().optional(), uri: url().optional() }))
      .optional(),
    associations: z
      .array(z.union([ninjsAssociation(), ninjsVersionAssociation()]))
      .optional()
      .describe(
        "The release's pictures (renditions: the served AVIF, WebP and JPEG files) and attachments, and its other language versions (rel translation / translationOf).",
      ),
  })
  .describe(
    "IPTC ninjs 3.x (https://www.iptc.org/std/ninjs/). A withdrawn release is a kill notice: pubStatus canceled, no content.",
  )
  .register(apiSchemas, { id: "Ninjs" });

// The domain module's type and this schema must describe the same document.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const ninjsTypesAgree: Same<z.output<typeof NinjsSchema>, NinjsDocument> = true;
void ninjsTypesAgree;

export type ApiRelease = z.output<typeof ReleaseSchema>;
export type ApiReleaseMedia = z.output<typeof ReleaseMediaSchema>;
export type ApiReleaseSummary = z.output<typeof ReleaseSummarySchema>;
export type ApiAgreementEntry = z.output<typeof AgreementEntrySchema>;
export type ApiPerson = z.output<typeof PersonSchema>;
export type ApiError = z.output<typeof ErrorSchema>;
