import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildFeed, type FeedRelease } from "./feeds";

// Issue 14: the feeds of one language (/az/feed.xml, /az/rss.xml).
const SITE = "https://press.example.org";
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (n) => n === "entry" });

const release: FeedRelease = {
  slug: "ministers-sign-rail-pact",
  path: "/az/releases/ministers-sign-rail-pact",
  headline: "Nazirlər dəmir yolu sazişi imzaladılar",
  summary: "İki nazirlik razılığa gəldi.",
  body: "Nazirlər Bakıda görüşdülər.",
  issuer: "Nəqliyyat Nazirliyi",
  countries: ["AZ"],
  topics: [],
  agreementTypes: [],
  publishedAt: new Date("2025-03-14T12:30:00Z"),
  updatedAt: new Date("2025-03-15T08:00:00Z"),
  changes: [],
};

const channel = {
  siteUrl: SITE,
  siteName: "Pressroom",
  country: null,
  now: new Date("2025-03-20T00:00:00Z"),
  language: "az",
  description: "Press relizləri",
};

describe("issue 14: a language's feeds", () => {
  it("Atom says xml:lang and links each entry to its version's address", () => {
    const xml = buildFeed("atom", channel, [release]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed["@xml:lang"]).toBe("az");
    expect(feed.id).toBe(`${SITE}/az/feed.xml`);
    const [entry] = feed.entry;
    expect(entry.id).toBe(`${SITE}/az/releases/ministers-sign-rail-pact`);
    expect(entry.link["@href"]).toBe(`${SITE}/az/releases/ministers-sign-rail-pact`);
  });

  it("RSS says its language and links to the version", () => {
    const xml = buildFeed("rss", channel, [release]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = parser.parse(xml).rss.channel;
    expect(rss.language).toBe("az");
    expect(rss.description).toBe("Press relizləri");
    expect(rss.item.link).toBe(`${SITE}/az/releases/ministers-sign-rail-pact`);
  });

  it("the English feeds stay as they were", () => {
    const xml = buildFeed("atom", { ...channel, language: undefined, description: undefined }, [
      { ...release, path: undefined },
    ]);
    const feed = parser.parse(xml).feed;
    expect(feed.id).toBe(`${SITE}/feed.xml`);
    expect(feed.entry[0].id).toBe(`${SITE}/releases/ministers-sign-rail-pact`);
    expect(feed["@xml:lang"]).toBe("en");
  });
});
