import { describe, expect, it } from "vitest";
import { SAMPLE_MEDIA } from "@/test/support/reader-media";
import { loadSeedRelease } from "../../prisma/seed";
import { NinjsSchema } from "../api/schemas";
import { countryName } from "./countries";
import {
  NINJS_SCHEMA_URI,
  PRESS_RELEASE_GENRE,
  releaseToNinjs,
  withdrawnToNinjs,
  type NinjsReleaseInput,
} from "./ninjs";
import type { NinjsAssociation } from "./ninjs-media";
import { slugify } from "./slug";

// The seed release, as prisma/seed.ts reads it and the DAL would hand it to the API.
const { input: seed, publishedAt } = loadSeedRelease();
const SITE = "https://press.example.org";
const context = { siteUrl: SITE, siteName: "Pressroom" };
const SLUG = slugify(seed.headline);
const PAGE = `${SITE}/releases/${SLUG}`;
const MFA = "Ministry of Foreign Affairs of the Republic of Azerbaijan";

function seedRelease(overrides: Partial<NinjsReleaseInput> = {}): NinjsReleaseInput {
  return {
    ...seed,
    media: [],
    slug: SLUG,
    editionNumber: 1,
    publishedAt,
    editionPublishedAt: publishedAt,
    quotes: seed.quotes.map((q) => ({ ...q, speaker: { name: q.speaker, slug: slugify(q.speaker) } })),
    ...overrides,
  };
}

// Top-level properties of the ninjs 3.x schema (ninjs-schema_3.3.json, "ninjsType"): camelCase since 3.0.
const NINJS_3_PROPERTIES = new Set([
  "uri",
  "type",
  "representationType",
  "profile",
  "version",
  "firstCreated",
  "versionCreated",
  "contentCreated",
  "contentDigitised",
  "embargoedUntil",
  "pubStatus",
  "urgency",
  "copyrightHolder",
  "copyrightNotice",
  "usageTerms",
  "edNote",
  "language",
  "descriptions",
  "bodies",
  "headlines",
  "people",
  "organisations",
  "places",
  "subjects",
  "events",
  "eventDetails",
  "plannedCoverage",
  "objects",
  "infoSources",
  "title",
  "by",
  "slugline",
  "located",
  "renditions",
  "associations",
  "altIds",
  "trustIndicators",
  "standard",
  "genres",
  "expires",
  "rightsInfo",
  "digitalSourceType",
]);

describe("releaseToNinjs (the seed release)", () => {
  const doc = releaseToNinjs(seedRelease(), context);

  it("is valid against the API's ninjs schema and uses only ninjs 3.x property names", () => {
    expect(NinjsSchema.safeParse(doc).success).toBe(true);
    for (const key of Object.keys(doc)) expect(NINJS_3_PROPERTIES, key).toContain(key);
    // The ninjs 1.x/2.x lower-case names must not creep back in.
    expect(JSON.stringify(doc)).not.toMatch(/"(firstcreated|versioncreated|pubstatus|infosources)"/);
  });

  it("identifies the item: uri, standard, type, version and status", () => {
    expect(doc.uri).toBe(PAGE);
    expect(doc.standard).toEqual({ name: "ninjs", version: "3.3", schema: NINJS_SCHEMA_URI });
    expect(doc.type).toBe("text");
    expect(doc.representationType).toBe("full");
    expect(doc.version).toBe("1");
    expect(doc.pubStatus).toBe("usable");
    expect(doc.language).toBe("en");
  });

  it("issue 15: a date-only dateline gives no contentCreated (ninjs wants a date-time; none is invented)", () => {
    const dateOnly = releaseToNinjs(
      seedRelease({ datelineAt: new Date("2025-03-03T00:00:00Z"), datelineOffsetMinutes: null }),
      context,
    );
    expect(dateOnly).not.toHaveProperty("contentCreated");
    expect(dateOnly.firstCreated).toBe("2024-07-04T05:00:00+00:00");
  });

  it("dates the item in the dateline's offset", () => {
    expect(doc.firstCreated).toBe("2024-07-04T09:00:00+04:00");
    expect(doc.versionCreated).toBe("2024-07-04T09:00:00+04:00");
    expect(doc.contentCreated).toBe("2024-07-04T09:00:00+04:00");
    const corrected = releaseToNinjs(
      seedRelease({ editionNumber: 2, editionPublishedAt: new Date("2024-07-05T10:30:00Z") }),
      context,
    );
    expect(corrected.version).toBe("2");
    expect(corrected.firstCreated).toBe("2024-07-04T09:00:00+04:00");
    expect(corrected.versionCreated).toBe("2024-07-05T14:30:00+04:00");
  });

  it("carries the headline, a description and the body as Markdown and HTML", () => {
    expect(doc.headlines).toEqual([
      { role: "main", value: "Azerbaijan and China raise relations to strategic partnership" },
    ]);
    // The seed has no summary: the body's first sentence stands in, as in the JSON-LD description.
    expect(doc.descriptions).toEqual([
      {
        role: "summary",
        contentType: "text/plain",
        value:
          "The traditional friendly and cooperative relations between Azerbaijan and China have been developing progressively in recent years.",
      },
    ]);
    expect(doc.bodies).toHaveLength(2);
    expect(doc.bodies?.[0]).toEqual({ role: "main", contentType: "text/markdown", value: seed.body });
    expect(doc.bodies?.[1]?.contentType).toBe("text/html");
    expect(doc.bodies?.[1]?.value).toMatch(/^<p>The traditional friendly and cooperative relations/);
    expect(doc.by).toBe(MFA);
    // No dateline place in the seed: nothing is "located".
    expect(doc.located).toBeUndefined();
  });

  it("lists the speaker once, with the role and organisation given in the release", () => {
    expect(seed.quotes).toHaveLength(2);
    expect(doc.people).toEqual([
      {
        name: "Aykhan Hajizade",
        rel: `quoted as Press Secretary, ${MFA}`,
        uri: `${SITE}/people/aykhan-hajizade`,
        literal: "aykhan-hajizade",
      },
    ]);
  });

  it("lists the issuer, the parties and the speaker's organisation once each, with every part they play", () => {
    const orgs = doc.organisations ?? [];
    expect(orgs[0]).toEqual({ name: MFA, rel: "issuer party affiliation" });
    const parties = seed.agreements.flatMap((a) => a.parties);
    for (const party of parties) expect(orgs.map((o) => o.name)).toContain(party);
    expect(orgs.find((o) => o.name === "People's Republic of China")).toEqual({
      name: "People's Republic of China",
      rel: "party",
    });
    expect(new Set(orgs.map((o) => o.name)).size).toBe(orgs.length);
    expect(orgs).toHaveLength(new Set([MFA, ...parties]).size);
  });

  it("places the release in its countries, files it under its topics and the Press Release genre", () => {
    expect(doc.places).toEqual([
      { name: countryName("AZ"), rel: "country", literal: "AZ" },
      { name: countryName("CN"), rel: "country", literal: "CN" },
    ]);
    expect(doc.subjects).toEqual(seed.topics.map((name) => ({ name, rel: "topic" })));
    expect(doc.genres).toEqual([{ name: "Press Release", uri: "http://cv.iptc.org/newscodes/genre/Press_Release" }]);
    expect(doc.genres?.[0]).toEqual(PRESS_RELEASE_GENRE);
  });

  it("names its sources: the issuer, the credited source and this newsroom as publisher", () => {
    expect(doc.infoSources).toEqual([
      { name: MFA, role: "originator" },
      { name: "Azernews", role: "credit" },
      { name: "Pressroom", role: "publisher", uri: SITE },
    ]);
  });

  it("uses the dateline place when there is one, and leaves out what is empty", () => {
    const placed = releaseToNinjs(
      seedRelease({ datelinePlace: "Baku", summary: "A short summary.", sourceCredit: null, topics: [], quotes: [] }),
      context,
    );
    expect(placed.located).toBe("Baku");
    expect(placed.places?.[0]).toEqual({ name: "Baku", rel: "dateline" });
    expect(placed.descriptions).toEqual([{ role: "summary", contentType: "text/plain", value: "A short summary." }]);
    expect(placed.infoSources?.map((s) => s.role)).toEqual(["originator", "publisher"]);
    expect(placed).not.toHaveProperty("subjects");
    expect(placed).not.toHaveProperty("people");
    expect(NinjsSchema.safeParse(placed).success).toBe(true);
  });

  it("issue 12.6: names the media contact as a person with that relation and in the editorial note", () => {
    const withContact = releaseToNinjs(
      seedRelease({
        mediaContactName: "Leyla Mammadova",
        mediaContactEmail: null,
        mediaContactPhone: "+994 12 492 92 27",
      }),
      context,
    );
    expect(withContact.people).toContainEqual({
      name: "Leyla Mammadova",
      rel: "media contact",
      uri: "tel:+994124929227",
    });
    expect(withContact.edNote).toBe("Media contact: Leyla Mammadova, +994 12 492 92 27");
    expect(NinjsSchema.safeParse(withContact).success).toBe(true);
    expect(doc).not.toHaveProperty("edNote");
  });
});

describe("withdrawnToNinjs", () => {
  it("is a kill notice: pubStatus canceled, the headline and reason, none of the content", () => {
    const doc = withdrawnToNinjs(
      { slug: SLUG, headline: seed.headline, reason: "Issued in error", withdrawnAt: new Date("2024-07-06T08:00:00Z") },
      context,
    );
    expect(NinjsSchema.safeParse(doc).success).toBe(true);
    expect(doc.uri).toBe(PAGE);
    expect(doc.pubStatus).toBe("canceled");
    expect(doc.representationType).toBe("partial");
    expect(doc.versionCreated).toBe("2024-07-06T08:00:00.000Z");
    expect(doc.headlines).toEqual([{ role: "main", value: seed.headline }]);
    expect(doc.edNote).toBe("Withdrawn: Issued in error");
    for (const key of ["bodies", "descriptions", "people", "organisations", "places", "subjects"])
      expect(doc).not.toHaveProperty(key);
  });
});

describe("issue 13: media in ninjs", () => {
  it("describes each image readers can see as a picture association with its renditions, and each attachment", () => {
    const doc = releaseToNinjs(seedRelease({ media: SAMPLE_MEDIA }), context);
    expect(NinjsSchema.safeParse(doc).success).toBe(true);
    const [lead, gallery, pdf, ...rest] = doc.associations! as NinjsAssociation[];
    expect(rest).toEqual([]);
    expect(lead).toMatchObject({
      name: "mainpicture",
      type: "picture",
      uri: `${SITE}/media/img/${"a".repeat(64)}-960w-v1.jpg`,
      headlines: [{ role: "main", value: "The signing in Baku" }],
      descriptions: [{ role: "alt", contentType: "text/plain", value: "Two ministers sign the memorandum" }],
      by: "Press service",
    });
    expect(lead!.renditions).toContainEqual({
      name: "avif-1600",
      href: `${SITE}/media/img/${"a".repeat(64)}-1600w-v1.avif`,
      contentType: "image/avif",
      width: 1600,
      height: 800,
      sizeInBytes: 16_000,
    });
    expect(lead!.renditions).toHaveLength(7);
    expect(gallery).toMatchObject({ name: "picture-1", type: "picture" });
    expect(pdf).toMatchObject({
      name: "attachment-1",
      type: "component",
      headlines: [{ role: "main", value: "Signed memorandum" }],
      renditions: [
        {
          name: "original",
          href: `${SITE}/media/files/${"c".repeat(64)}.pdf`,
          contentType: "application/pdf",
          sizeInBytes: 1_234_567,
        },
      ],
    });
    // A release without media has no associations at all.
    expect(releaseToNinjs(seedRelease(), context).associations).toBeUndefined();
  });
});
