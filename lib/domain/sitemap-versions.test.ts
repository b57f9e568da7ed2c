import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildNewsSitemap, buildSitemap, newsLanguage } from "./sitemaps";
import { familySitemapUrls, hreflangAlternates, type SitemapVersion } from "./sitemap-versions";

// Issue 14: crawlers learn every language version of a release. The sitemap gives each version its
// own <url> with xhtml:link alternates for all of them and x-default for the original (Google's
// format for localized versions); the news sitemap names each version's own language.

const SITE = "https://press.example.org";
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["url", "xhtml:link"].includes(name),
});

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as { urlset: Record<string, unknown> & { url: Array<Record<string, unknown>> } };
}

const at = (iso: string) => new Date(iso);
const version = (language: string, original: boolean, iso: string): SitemapVersion => ({
  language,
  path: original ? "/releases/pact" : `/${language}/releases/pact`,
  lastModified: at(iso),
  original,
});
const pact = [
  version("en", true, "2025-03-14T12:30:00Z"),
  version("ar", false, "2025-03-15T08:00:00Z"),
  version("az", false, "2025-03-14T18:00:00Z"),
];
const ALTERNATES = [
  { hreflang: "en", href: `${SITE}/releases/pact` },
  { hreflang: "ar", href: `${SITE}/ar/releases/pact` },
  { hreflang: "az", href: `${SITE}/az/releases/pact` },
  { hreflang: "x-default", href: `${SITE}/releases/pact` },
];

describe("issue 14: sitemaps with language versions", () => {
  it("issue 14: every version of a release is a <url> of its own carrying the same hreflang alternates and x-default", () => {
    const single = [version("en", true, "2025-03-01T00:00:00Z")];
    single[0]!.path = "/releases/alone";
    const urls = familySitemapUrls(SITE, [pact, single]);
    expect(urls).toEqual([
      { loc: `${SITE}/releases/pact`, lastmod: at("2025-03-14T12:30:00Z"), alternates: ALTERNATES },
      { loc: `${SITE}/ar/releases/pact`, lastmod: at("2025-03-15T08:00:00Z"), alternates: ALTERNATES },
      { loc: `${SITE}/az/releases/pact`, lastmod: at("2025-03-14T18:00:00Z"), alternates: ALTERNATES },
      // A release in one language has no alternates to give.
      { loc: `${SITE}/releases/alone`, lastmod: at("2025-03-01T00:00:00Z") },
    ]);
    expect(hreflangAlternates(SITE, pact)).toEqual(ALTERNATES);
    expect(hreflangAlternates(SITE, single)).toEqual([]);
  });

  it("issue 14: a sitemap holds at most 50 000 URLs: families are left out whole, never cut between versions", () => {
    const families = Array.from({ length: 4 }, () => pact);
    expect(familySitemapUrls(SITE, families, 10)).toHaveLength(9);
    expect(familySitemapUrls(SITE, families, 9)).toHaveLength(9);
    expect(familySitemapUrls(SITE, families, 8)).toHaveLength(6);
  });

  it("issue 14: the sitemap declares the xhtml namespace and writes each alternate as xhtml:link rel=alternate", () => {
    const xml = buildSitemap([{ loc: `${SITE}/` }, ...familySitemapUrls(SITE, [pact])]);
    const { urlset } = parse(xml);
    expect(urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(urlset["@xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
    expect(urlset.url[0]).toEqual({ loc: `${SITE}/` });
    for (const url of urlset.url.slice(1)) {
      expect(url["xhtml:link"]).toEqual(
        ALTERNATES.map((a) => ({ "@rel": "alternate", "@hreflang": a.hreflang, "@href": a.href })),
      );
    }
    expect(urlset.url.slice(1).map((u) => u.loc)).toEqual([
      `${SITE}/releases/pact`,
      `${SITE}/ar/releases/pact`,
      `${SITE}/az/releases/pact`,
    ]);
  });

  it("issue 14: the news sitemap gives each version its own language (Simplified Chinese as zh-cn, as Google News asks)", () => {
    const now = at("2025-03-15T12:00:00Z");
    const xml = buildNewsSitemap(
      [
        { loc: `${SITE}/releases/pact`, title: "Ministers sign pact", published: at("2025-03-14T12:30:00Z") },
        {
          loc: `${SITE}/az/releases/pact`,
          title: "Nazirlər saziş imzaladılar",
          published: at("2025-03-14T18:00:00Z"),
          language: "az",
        },
        {
          loc: `${SITE}/ar/releases/pact`,
          title: "الوزراء يوقعون",
          published: at("2025-03-15T08:00:00Z"),
          language: "ar",
        },
        {
          loc: `${SITE}/zh/releases/pact`,
          title: "部长们签署协定",
          published: at("2025-03-15T09:00:00Z"),
          language: "zh",
        },
      ],
      { name: "Pressroom", language: "en" },
      now,
    );
    const { urlset } = parse(xml);
    const languages = Object.fromEntries(
      urlset.url.map((u) => [
        u.loc,
        (u["news:news"] as { "news:publication": { "news:language": string } })["news:publication"]["news:language"],
      ]),
    );
    expect(languages).toEqual({
      [`${SITE}/zh/releases/pact`]: "zh-cn",
      [`${SITE}/ar/releases/pact`]: "ar",
      [`${SITE}/az/releases/pact`]: "az",
      [`${SITE}/releases/pact`]: "en",
    });
    expect(newsLanguage("zh")).toBe("zh-cn");
    expect(newsLanguage("ru")).toBe("ru");
  });
});
