import { describe, expect, it } from "vitest";
import { SAMPLE_MEDIA } from "@/test/support/reader-media";
import { escapeHtml } from "./escape-html";
import { leadImageShare } from "./media/reader";
import { oembedResponse, parseEmbedUrl, releaseSlugFromUrl } from "./oembed";
import {
  jsonLdScriptContent,
  releaseDates,
  releaseDescription,
  releaseJsonLd,
  releaseUrls,
  type StructuredReleaseInput,
} from "./structured-data";

const SITE = "https://press.example.org";
const PAGE = `${SITE}/releases/azerbaijan-and-china-raise-relations-to-strategic-partnership`;

function release(overrides: Partial<StructuredReleaseInput> = {}): StructuredReleaseInput {
  return {
    headline: "Azerbaijan and China raise relations to strategic partnership",
    summary: "",
    body: "The traditional friendly and cooperative relations between Azerbaijan and China have been developing progressively in recent years. Sincere friendship gave great impetus.\n\nSecond paragraph.",
    datelinePlace: null,
    datelineAt: new Date("2024-07-04T05:00:00Z"),
    datelineOffsetMinutes: 240,
    issuer: "Ministry of Foreign Affairs of the Republic of Azerbaijan",
    sourceCredit: "Azernews",
    mediaContactName: null,
    mediaContactEmail: null,
    mediaContactPhone: null,
    countries: ["AZ", "CN"],
    topics: ["diplomacy", "trade"],
    publishedAt: new Date("2024-07-04T05:00:00Z"),
    editionPublishedAt: new Date("2024-07-05T10:30:00Z"),
    agreements: [
      {
        type: "JOINT_DECLARATION",
        title: "Joint Declaration on the Establishment of Strategic Partnership",
        parties: ["Republic of Azerbaijan", "People's Republic of China"],
        signedOn: "2024-07-03",
      },
      {
        type: "AGREEMENT",
        title: "Agreement on visas",
        parties: [
          "Ministry of Foreign Affairs of the Republic of Azerbaijan",
          "Ministry of Foreign Affairs of the People's Republic of China",
        ],
        signedOn: null,
      },
    ],
    quotes: [
      {
        text: "We decided to raise relations.",
        speaker: { name: "Aykhan Hajizade" },
        speakerRole: "Press Secretary",
        speakerOrganisation: "Ministry of Foreign Affairs of the Republic of Azerbaijan",
      },
      { text: "A second quote.", speaker: { name: "Anonymous Speaker" }, speakerRole: null, speakerOrganisation: null },
    ],
    ...overrides,
  };
}

const context = { pageUrl: PAGE, publisher: { name: "Pressroom", url: SITE }, imageUrl: `${PAGE}/share-image?v=1` };

type Node = Record<string, unknown> & { "@type": string };
const parse = (r = release()) =>
  JSON.parse(jsonLdScriptContent(releaseJsonLd(r, context))) as Node & {
    hasPart: Node[];
    about: Node[];
    mentions: Node[];
  };

describe("releaseJsonLd", () => {
  it("is a NewsArticle (never the non-existent PressRelease type) with headline, page and publisher", () => {
    const ld = parse();
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("NewsArticle");
    expect(JSON.stringify(ld)).not.toContain("PressRelease");
    expect(ld.headline).toBe("Azerbaijan and China raise relations to strategic partnership");
    expect(ld.inLanguage).toBe("en");
    expect(ld.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": PAGE });
    expect(ld.publisher).toEqual({ "@type": "Organization", name: "Pressroom", url: SITE });
    expect(ld.image).toMatchObject({ url: `${PAGE}/share-image?v=1`, width: 1200, height: 630 });
    expect(ld.keywords).toBe("diplomacy, trade");
  });

  it("dates the release in the dateline's offset: first publication and the live edition's", () => {
    const ld = parse();
    expect(ld.datePublished).toBe("2024-07-04T09:00:00+04:00");
    expect(ld.dateModified).toBe("2024-07-05T14:30:00+04:00");
    expect(ld.dateline).toBe("4 July 2024 09:00 (UTC+04:00)");
    // A first edition is modified when it was published.
    expect(parse(release({ editionPublishedAt: new Date("2024-07-04T05:00:00Z") })).dateModified).toBe(
      "2024-07-04T09:00:00+04:00",
    );
    expect(parse(release({ datelineOffsetMinutes: -330, datelinePlace: "Somewhere" })).datePublished).toBe(
      "2024-07-03T23:30:00-05:30",
    );
  });

  it("issue 15: a date-only dateline is created on its date, with no invented time; publication stays an instant", () => {
    expect(parse().dateCreated).toBe("2024-07-04T09:00:00+04:00");
    const ld = parse(release({ datelineAt: new Date("2025-03-03T00:00:00Z"), datelineOffsetMinutes: null }));
    expect(ld.dateCreated).toBe("2025-03-03");
    expect(ld.dateline).toBe("3 March 2025");
    expect(ld.datePublished).toBe("2024-07-04T05:00:00+00:00");
  });

  it("credits the source organisation, else the issuer", () => {
    expect(parse().sourceOrganization).toEqual({ "@type": "Organization", name: "Azernews" });
    expect(parse(release({ sourceCredit: null })).sourceOrganization).toEqual({
      "@type": "Organization",
      name: "Ministry of Foreign Affairs of the Republic of Azerbaijan",
    });
  });

  it("issue 12.6: gives the issuer the release's media contact as its ContactPoint", () => {
    expect(parse().author).toEqual({
      "@type": "Organization",
      name: "Ministry of Foreign Affairs of the Republic of Azerbaijan",
    });
    const author = parse(
      release({ mediaContactName: "Leyla Mammadova", mediaContactEmail: "press@mfa.example", mediaContactPhone: null }),
    ).author;
    expect(author).toMatchObject({
      contactPoint: {
        "@type": "ContactPoint",
        contactType: "media relations",
        name: "Leyla Mammadova",
        email: "press@mfa.example",
      },
    });
    expect(author).not.toHaveProperty("contactPoint.telephone");
  });

  it("is about its countries and mentions the issuer and every agreement party once", () => {
    const ld = parse();
    expect(ld.about.map((c) => [c["@type"], c.identifier])).toEqual([
      ["Country", "AZ"],
      ["Country", "CN"],
    ]);
    expect(ld.about[0]!.name).toBe("Azerbaijan");
    expect(ld.about[1]!.name).toMatch(/China/);
    const names = ld.mentions.map((m) => m.name);
    expect(ld.mentions.every((m) => m["@type"] === "Organization")).toBe(true);
    expect(names).toEqual([
      "Ministry of Foreign Affairs of the Republic of Azerbaijan",
      "Republic of Azerbaijan",
      "People's Republic of China",
      "Ministry of Foreign Affairs of the People's Republic of China",
    ]);
  });

  it("has the quotes as Quotations by a Person, and the agreements as CreativeWorks", () => {
    const parts = parse().hasPart;
    const quotes = parts.filter((p) => p["@type"] === "Quotation");
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatchObject({
      url: `${PAGE}#quote-1`,
      text: "We decided to raise relations.",
      creator: {
        "@type": "Person",
        name: "Aykhan Hajizade",
        jobTitle: "Press Secretary",
        worksFor: { "@type": "Organization", name: "Ministry of Foreign Affairs of the Republic of Azerbaijan" },
      },
    });
    // No role or organisation: no empty properties.
    expect(quotes[1]!.creator).toEqual({ "@type": "Person", name: "Anonymous Speaker" });

    const works = parts.filter((p) => p["@type"] === "CreativeWork");
    expect(works).toHaveLength(2);
    expect(works[0]).toMatchObject({
      name: "Joint Declaration on the Establishment of Strategic Partnership",
      genre: "Joint Declaration",
      dateCreated: "2024-07-03",
      contributor: [
        { "@type": "Organization", name: "Republic of Azerbaijan" },
        { "@type": "Organization", name: "People's Republic of China" },
      ],
    });
    expect(works[1]!.genre).toBe("Agreement");
    expect(works[1]).not.toHaveProperty("dateCreated");
  });
});

describe("jsonLdScriptContent", () => {
  it("cannot close the script element, and parses back to the same text", () => {
    const hostile = release({ headline: "</script><script>alert(1)</script> <!-- & \u2028" });
    const text = jsonLdScriptContent(releaseJsonLd(hostile, context));
    expect(text).not.toContain("<");
    expect((JSON.parse(text) as { headline: string }).headline).toBe(hostile.headline);
  });
});

describe("releaseDescription", () => {
  it("uses the summary when there is one", () => {
    expect(releaseDescription({ summary: "  Two ministries agree.  ", body: "Body." })).toBe("Two ministries agree.");
  });
  it("else the body's first sentence, without Markdown", () => {
    expect(releaseDescription(release())).toBe(
      "The traditional friendly and cooperative relations between Azerbaijan and China have been developing progressively in recent years.",
    );
    expect(
      releaseDescription({
        summary: "",
        body: "## Heading\n\nThe **ministers** met [in Baku](https://example.org). Then more.",
      }),
    ).toBe("Heading");
    expect(
      releaseDescription({ summary: "", body: "The **ministers** met [in Baku](https://example.org). Then more." }),
    ).toBe("The ministers met in Baku.");
  });
  it("cuts a very long text at a word", () => {
    const text = releaseDescription({ summary: "word ".repeat(200), body: "" });
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text.endsWith("word…")).toBe(true);
  });
});

describe("releaseDates and releaseUrls", () => {
  it("falls back to the dateline when a release has no publication instant", () => {
    expect(releaseDates(release({ publishedAt: null, editionPublishedAt: null }))).toEqual({
      published: "2024-07-04T09:00:00+04:00",
      modified: "2024-07-04T09:00:00+04:00",
    });
  });
  it("builds the page, image and oEmbed addresses", () => {
    const urls = releaseUrls(SITE, "a-b", 3);
    expect(urls.page).toBe(`${SITE}/releases/a-b`);
    expect(urls.image).toBe(`${SITE}/releases/a-b/share-image?v=3`);
    expect(new URL(urls.oembed).searchParams.get("url")).toBe(urls.page);
    expect(new URL(urls.oembed).searchParams.get("format")).toBe("json");
  });
});

describe("oEmbed", () => {
  it("recognises only this site's release pages", () => {
    expect(releaseSlugFromUrl(new URL(`${PAGE}#quote-2`), SITE)).toBe(
      "azerbaijan-and-china-raise-relations-to-strategic-partnership",
    );
    expect(releaseSlugFromUrl(new URL(`${SITE}/releases/a-b/?utm=x`), SITE)).toBe("a-b");
    expect(releaseSlugFromUrl(new URL("https://evil.example/releases/a-b"), SITE)).toBeNull();
    expect(releaseSlugFromUrl(new URL(`${SITE}/people/a-b`), SITE)).toBeNull();
    expect(releaseSlugFromUrl(new URL(`${SITE}/releases/a-b/share-image`), SITE)).toBeNull();
    expect(parseEmbedUrl("javascript:alert(1)")).toBeNull();
    expect(parseEmbedUrl("/releases/a-b")).toBeNull();
    expect(parseEmbedUrl(null)).toBeNull();
  });
  it("escapes every text in the html snippet", () => {
    const body = oembedResponse(
      {
        headline: "<img src=x onerror=alert(1)>",
        issuer: "A & B",
        dateline: "4 July",
        description: '"quoted"',
        pageUrl: `${SITE}/releases/x?a="b"`,
        imageUrl: `${SITE}/i.png`,
      },
      { name: "Pressroom", url: SITE },
    );
    expect(body).toMatchObject({
      version: "1.0",
      type: "rich",
      title: "<img src=x onerror=alert(1)>",
      author_name: "A & B",
      provider_name: "Pressroom",
      provider_url: SITE,
    });
    expect(body.html).not.toContain("<img");
    expect(body.html).toContain("&#60;img src=x onerror=alert(1)&#62;");
    expect(body.html).not.toContain('"b"');
    expect(escapeHtml(`<>&"'`)).toBe("&#60;&#62;&#38;&#34;&#39;");
  });
});

describe("issue 13: the lead image in structured data", () => {
  it("is the JSON-LD image (an ImageObject with size, caption and credit); the share image stays the fallback", () => {
    const lead = leadImageShare(SAMPLE_MEDIA, SITE)!;
    const ld = JSON.parse(jsonLdScriptContent(releaseJsonLd(release(), { ...context, leadImage: lead }))) as Record<
      string,
      unknown
    >;
    expect(ld.image).toEqual({
      "@type": "ImageObject",
      url: lead.url,
      contentUrl: lead.url,
      width: 960,
      height: 480,
      caption: "The signing in Baku",
      creditText: "Press service",
      description: "Two ministers sign the memorandum",
    });
    expect(parse().image).toMatchObject({ url: `${PAGE}/share-image?v=1`, width: 1200, height: 630 });
  });
});
