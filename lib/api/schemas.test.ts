import { describe, expect, it } from "vitest";
import { SAMPLE_MEDIA } from "@/test/support/reader-media";
import type { ReaderMedia } from "../domain/media/reader";
import { loadSeedRelease } from "../../prisma/seed";
import { slugify } from "../domain/slug";
import {
  presentAgreement,
  presentPerson,
  presentRelease,
  presentReleaseSummary,
  type PublicReleaseInput,
} from "./present";
import {
  AgreementListSchema,
  ErrorSchema,
  NinjsSchema,
  PersonSchema,
  ReleaseListSchema,
  ReleaseSchema,
  ReleaseSummarySchema,
} from "./schemas";

const SITE = "https://press.example.org";
const { input: seed, publishedAt } = loadSeedRelease();

/**
 * The seed release as the DAL's ReleaseDTO carries it: content plus everything editorial that must never
 * leave through the API (ids, user ids and names, workflow state, the concurrency version).
 */
function fullDto() {
  return {
    ...seed,
    id: "rel_internal_id_123",
    slug: slugify(seed.headline),
    editionId: "edition_internal_id_456",
    editionNumber: 1,
    status: "PUBLISHED" as const,
    publishedAt,
    editionPublishedAt: publishedAt,
    media: [] as ReaderMedia[],
    version: 7,
    liveEditionNumber: 1,
    changeNote: null,
    changes: [{ at: new Date("2024-07-05T10:00:00Z"), note: "Corrected a party's name." }],
    withdrawnReason: null,
    withdrawnAt: null,
    createdAt: publishedAt,
    updatedAt: publishedAt,
    updatedByName: "Walt Writer",
    quotes: seed.quotes.map((q) => ({
      ...q,
      speaker: {
        slug: slugify(q.speaker),
        name: q.speaker,
        aliases: ["A. Hajizade"],
        role: q.speakerRole,
        organisation: q.speakerOrganisation,
      },
    })),
    workflow: {
      submittedById: "user_writer_789",
      submittedByName: "Walt Writer",
      submittedAt: publishedAt,
      approvedByName: "Erin Editor",
      reviewRemark: "Draft remark: check the visa clause",
      publishAt: null,
      publishZone: null,
      forcePublishReason: null,
      needsReview: false,
      liveStatus: "PUBLISHED" as const,
      liveNeedsReview: false,
      liveForcePublishedById: null,
    },
  };
}

const PRIVATE_VALUES = [
  "rel_internal_id_123",
  "edition_internal_id_456",
  "user_writer_789",
  "Walt Writer",
  "Erin Editor",
  "Draft remark",
];

describe("presenters + output schemas", () => {
  it("send the structured fields of the seed release and nothing private from a full DTO", () => {
    const body = ReleaseSchema.parse(presentRelease(fullDto(), { siteUrl: SITE }));
    const text = JSON.stringify(body);
    for (const value of PRIVATE_VALUES) expect(text).not.toContain(value);
    expect(body).not.toHaveProperty("id");
    expect(body).not.toHaveProperty("workflow");
    expect(body).not.toHaveProperty("version");
    expect(body.url).toBe(`${SITE}/releases/azerbaijan-and-china-raise-relations-to-strategic-partnership`);
    expect(body.dateline).toEqual({
      place: null,
      at: "2024-07-04T09:00:00+04:00",
      utcOffset: "+04:00",
      text: "4 July 2024 09:00 (UTC+04:00)",
    });
    expect(body.publishedAt).toBe("2024-07-04T05:00:00.000Z");
    expect(body.agreements.map((a) => a.type)).toEqual([
      "JOINT_DECLARATION",
      "MEMORANDUM_OF_UNDERSTANDING",
      "MEMORANDUM_OF_UNDERSTANDING",
      "AGREEMENT",
    ]);
    expect(body.agreements[3]?.note).toBe("reciprocity at the next stage");
    expect(body.quotes[1]).toMatchObject({
      speaker: {
        name: "Aykhan Hajizade",
        slug: "aykhan-hajizade",
        role: "Press Secretary",
        organisation: "Ministry of Foreign Affairs of the Republic of Azerbaijan",
      },
      url: `${body.url}#quote-2`,
    });
    // The person's aliases belong to the person endpoint, not to each quote.
    expect(body.quotes[0]?.speaker).not.toHaveProperty("aliases");
    expect(body.changes).toEqual([{ at: "2024-07-05T10:00:00.000Z", note: "Corrected a party's name." }]);
    expect(body.body).toBe(seed.body);
  });

  it("reject any field they do not list, at any depth", () => {
    const body = presentRelease(fullDto(), { siteUrl: SITE });
    expect(ReleaseSchema.safeParse({ ...body, id: "rel_internal_id_123" }).success).toBe(false);
    expect(ReleaseSchema.safeParse({ ...body, workflow: { submittedById: "u1" } }).success).toBe(false);
    expect(ReleaseSchema.safeParse({ ...body, draft: { headline: "Unpublished draft text" } }).success).toBe(false);
    expect(
      ReleaseSchema.safeParse({
        ...body,
        quotes: body.quotes.map((q) => ({ ...q, speaker: { ...q.speaker, id: "person_1" } })),
      }).success,
    ).toBe(false);
    expect(
      ReleaseSchema.safeParse({ ...body, agreements: body.agreements.map((a) => ({ ...a, id: "agreement_1" })) })
        .success,
    ).toBe(false);
    // A summary is not a full release: the body is not part of a listing item.
    expect(ReleaseSummarySchema.safeParse(body).success).toBe(false);
    expect(
      ReleaseSummarySchema.safeParse(presentReleaseSummary(fullDto() as PublicReleaseInput, { siteUrl: SITE })).success,
    ).toBe(true);
    const list = {
      items: [presentReleaseSummary(fullDto(), { siteUrl: SITE })],
      limit: 20,
      links: { self: `${SITE}/api/v1/releases`, next: null, prev: null },
    };
    expect(ReleaseListSchema.safeParse(list).success).toBe(true);
    expect(ReleaseListSchema.safeParse({ ...list, total: 1 }).success).toBe(false);
    expect(
      ReleaseListSchema.safeParse({ ...list, items: [{ ...list.items[0], updatedByName: "Walt Writer" }] }).success,
    ).toBe(false);
  });

  it("check types and formats too: dates, URLs and agreement types", () => {
    const body = presentRelease(fullDto(), { siteUrl: SITE });
    expect(ReleaseSchema.safeParse({ ...body, publishedAt: "yesterday" }).success).toBe(false);
    expect(ReleaseSchema.safeParse({ ...body, url: "not a url" }).success).toBe(false);
    expect(
      ReleaseSchema.safeParse({ ...body, agreements: [{ ...body.agreements[0], type: "SECRET_PACT" }] }).success,
    ).toBe(false);
  });

  it("cover agreements, people, errors and ninjs the same way", () => {
    const entry = presentAgreement(
      {
        type: "TREATY",
        title: "A treaty",
        parties: ["A", "B"],
        signedOn: "2024-07-03",
        note: null,
        releaseSlug: "a-release",
        releaseHeadline: "A release",
        releasePublishedAt: publishedAt,
      },
      { siteUrl: SITE },
    );
    const agreements = {
      items: [entry],
      page: 1,
      links: { self: `${SITE}/api/v1/agreements`, next: null, prev: null },
    };
    expect(AgreementListSchema.safeParse(agreements).success).toBe(true);
    expect(AgreementListSchema.safeParse({ ...agreements, items: [{ ...entry, id: "agreement_1" }] }).success).toBe(
      false,
    );
    expect(entry.release).toEqual({
      slug: "a-release",
      headline: "A release",
      url: `${SITE}/releases/a-release`,
      apiUrl: `${SITE}/api/v1/releases/a-release`,
      publishedAt: "2024-07-04T05:00:00.000Z",
    });

    const person = presentPerson(
      {
        person: {
          slug: "aykhan-hajizade",
          name: "Aykhan Hajizade",
          aliases: ["A. Hajizade"],
          role: "Press Secretary",
          organisation: null,
        },
        quotes: [
          {
            text: "Words.",
            context: null,
            speakerRole: "Press Secretary",
            speakerOrganisation: null,
            releaseSlug: "a-release",
            releaseHeadline: "A release",
            releasePublishedAt: publishedAt,
            anchor: "quote-2",
          },
        ],
      },
      { siteUrl: SITE },
    );
    expect(PersonSchema.safeParse(person).success).toBe(true);
    expect(person.quotes[0]?.url).toBe(`${SITE}/releases/a-release#quote-2`);
    expect(PersonSchema.safeParse({ ...person, id: "person_1" }).success).toBe(false);

    const error = {
      error: { status: 400, code: "invalid_parameter", message: "from must be a date", parameter: "from" },
    };
    expect(ErrorSchema.safeParse(error).success).toBe(true);
    expect(ErrorSchema.safeParse({ error: { ...error.error, stack: "Error: at db.ts:12" } }).success).toBe(false);

    const ninjs = {
      uri: `${SITE}/releases/a`,
      standard: { name: "ninjs", version: "3.3", schema: "http://www.iptc.org/std/ninjs/ninjs-schema_3.3.json#" },
      type: "text",
      representationType: "full",
      versionCreated: "2024-07-04T09:00:00+04:00",
      pubStatus: "usable",
      language: "en",
      headlines: [{ value: "A" }],
    };
    expect(NinjsSchema.safeParse(ninjs).success).toBe(true);
    // ninjs 2.x spelling, or a status the 3.x enum does not have.
    expect(NinjsSchema.safeParse({ ...ninjs, firstcreated: "2024-07-04T09:00:00+04:00" }).success).toBe(false);
    expect(NinjsSchema.safeParse({ ...ninjs, pubStatus: "withdrawn" }).success).toBe(false);
  });
});

describe("issue 13: media in the public API", () => {
  it("sends the images readers can see with alt, caption, credit and variant URLs, and the attachments", () => {
    const body = ReleaseSchema.parse(presentRelease({ ...fullDto(), media: SAMPLE_MEDIA }, { siteUrl: SITE }));
    expect(body.media.images.map((i) => i.role)).toEqual(["lead", "gallery"]);
    const [lead] = body.media.images;
    expect(lead).toMatchObject({
      role: "lead",
      alt: "Two ministers sign the memorandum",
      caption: "The signing in Baku",
      credit: "Press service",
      width: 1600,
      height: 800,
      url: `${SITE}/media/img/${"a".repeat(64)}-960w-v1.jpg`,
    });
    expect(lead!.variants).toContainEqual({
      format: "avif",
      type: "image/avif",
      width: 480,
      height: 240,
      bytes: 4_800,
      url: `${SITE}/media/img/${"a".repeat(64)}-480w-v1.avif`,
    });
    expect(body.media.attachments).toEqual([
      {
        title: "Signed memorandum",
        filename: "memorandum.pdf",
        type: "application/pdf",
        typeLabel: "PDF",
        bytes: 1_234_567,
        size: "1.2 MB",
        url: `${SITE}/media/files/${"c".repeat(64)}.pdf`,
      },
    ]);
    // No asset ids, originals or processing state reach the API.
    const text = JSON.stringify(body);
    expect(text).not.toContain("originals/");
    expect(text).not.toContain("PENDING");
    expect(presentRelease(fullDto(), { siteUrl: SITE }).media).toEqual({ images: [], attachments: [] });
  });
});
