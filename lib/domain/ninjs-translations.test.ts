import { describe, expect, it } from "vitest";
import { loadSeedRelease } from "../../prisma/seed";
import { NinjsSchema } from "../api/schemas";
import { releaseToNinjs, withdrawnToNinjs, type NinjsReleaseInput } from "./ninjs";
import { slugify } from "./slug";

// Issue 14: ninjs links the language versions of a release. ninjs 3.3 has no "translations" property:
// related items are `associations`, each a ninjs object of its own (uri, type, language, headlines …)
// with a `name` and a `rel` saying how it relates to this one. The original lists each published
// translation (rel "translation"); a translation points back at its original (rel "translationOf").

const { input: seed, publishedAt } = loadSeedRelease();
const SITE = "https://press.example.org";
const context = { siteUrl: SITE, siteName: "Pressroom" };
const SLUG = slugify(seed.headline);

const VERSIONS = [
  { language: "en", path: `/releases/${SLUG}`, original: true, headline: seed.headline },
  { language: "ar", path: `/ar/releases/${SLUG}`, original: false, headline: "أذربيجان والصين ترفعان العلاقات" },
  { language: "az", path: `/az/releases/${SLUG}`, original: false, headline: "Azərbaycan və Çin münasibətləri" },
];

function release(overrides: Partial<NinjsReleaseInput> = {}): NinjsReleaseInput {
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

// The properties an association may have in ninjs 3.3: those of any ninjs object it uses here, and
// the association's own name and rel.
const ASSOCIATION_PROPERTIES = new Set(["name", "rel", "uri", "type", "representationType", "language", "headlines"]);

function expectValid(doc: unknown) {
  const parsed = NinjsSchema.safeParse(doc);
  expect(parsed.error?.issues ?? []).toEqual([]);
  for (const association of (doc as { associations?: object[] }).associations ?? [])
    for (const key of Object.keys(association)) expect(ASSOCIATION_PROPERTIES, key).toContain(key);
}

describe("issue 14: translations in ninjs", () => {
  it("issue 14: an original's ninjs carries each published translation as an association", () => {
    const doc = releaseToNinjs(release({ language: "en", versions: VERSIONS }), context);
    expectValid(doc);
    expect(doc.language).toBe("en");
    expect(doc.associations).toEqual([
      {
        name: "translation-ar",
        rel: "translation",
        uri: `${SITE}/ar/releases/${SLUG}`,
        type: "text",
        representationType: "partial",
        language: "ar",
        headlines: [{ role: "main", value: "أذربيجان والصين ترفعان العلاقات" }],
      },
      {
        name: "translation-az",
        rel: "translation",
        uri: `${SITE}/az/releases/${SLUG}`,
        type: "text",
        representationType: "partial",
        language: "az",
        headlines: [{ role: "main", value: "Azərbaycan və Çin münasibətləri" }],
      },
    ]);
    // A release in one language has no associations to give.
    expect(releaseToNinjs(release({ versions: VERSIONS.slice(0, 1) }), context).associations).toBeUndefined();
  });

  it("issue 14: a translation's ninjs is its own item in its language and points back at its original", () => {
    const doc = releaseToNinjs(
      release({
        language: "az",
        slug: "~az-internal-id",
        translationOf: { slug: SLUG },
        headline: "Azərbaycan və Çin münasibətləri",
        versions: VERSIONS,
      }),
      context,
    );
    expectValid(doc);
    expect(doc.uri).toBe(`${SITE}/az/releases/${SLUG}`);
    expect(doc.language).toBe("az");
    expect(doc.associations).toEqual([
      {
        name: "original",
        rel: "translationOf",
        uri: `${SITE}/releases/${SLUG}`,
        type: "text",
        representationType: "partial",
        language: "en",
        headlines: [{ role: "main", value: seed.headline }],
      },
    ]);
  });

  it("issue 14: a withdrawn translation's kill notice is at the translation's address, in its language", () => {
    const doc = withdrawnToNinjs(
      {
        slug: "~az-internal-id",
        path: `/az/releases/${SLUG}`,
        language: "az",
        headline: "Azərbaycan və Çin münasibətləri",
        reason: "Issued in error",
        withdrawnAt: new Date("2024-07-06T08:00:00Z"),
      },
      context,
    );
    expectValid(doc);
    expect(doc).toMatchObject({ uri: `${SITE}/az/releases/${SLUG}`, language: "az", pubStatus: "canceled" });
  });
});
