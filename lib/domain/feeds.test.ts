import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { SAMPLE_MEDIA } from "@/test/support/reader-media";
import { countryName } from "./countries";
import {
  buildFeed,
  feedCategories,
  markdownToHtml,
  parseCountryFilter,
  summaryOrExcerpt,
  type FeedRelease,
} from "./feeds";
import { buildNewsSitemap, buildRobotsTxt, buildSitemap, newsSitemapItems, type NewsItem } from "./sitemaps";
import { w3cDateTime } from "./xml-text";

const SITE = "https://press.example.org";
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "item", "category", "url", "link"].includes(name),
});

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

function release(overrides: Partial<FeedRelease> = {}): FeedRelease {
  return {
    slug: "ministers-sign-rail-pact",
    headline: "Ministers sign rail pact",
    summary: "Two ministries agree on rail freight.",
    body: "The ministers met in **Baku**.\n\nThey signed [the memorandum](https://example.org/mou).",
    issuer: "Ministry of Transport",
    countries: ["AZ", "GE"],
    topics: ["transport", "trade"],
    agreementTypes: ["MEMORANDUM_OF_UNDERSTANDING"],
    publishedAt: new Date("2025-03-14T12:30:00Z"),
    updatedAt: new Date("2025-03-15T08:00:00Z"),
    changes: [],
    ...overrides,
  };
}

const channel = { siteUrl: SITE, siteName: "Pressroom", country: null, now: new Date("2025-03-20T00:00:00Z") };

describe("markdownToHtml", () => {
  it("renders Markdown like the release page", () => {
    expect(markdownToHtml("One *two* **three**.\n\n- a\n- b")).toBe(
      "<p>One <em>two</em> <strong>three</strong>.</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>",
    );
    expect(markdownToHtml("[x](https://example.org/?a=1&b=2)")).toBe(
      '<p><a href="https://example.org/?a=1&amp;b=2">x</a></p>',
    );
  });

  it("lets no raw HTML or script URL through", () => {
    const html = markdownToHtml(
      'Hi <script>alert(1)</script> <img src=x onerror="alert(2)">\n\n[click](javascript:alert(3)) & "q" > 1',
    );
    // Raw HTML is shown as text, never as markup; the script link loses its URL.
    expect(html).not.toMatch(/<script|<img|javascript:/i);
    expect(html).toBe(
      '<p>Hi &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror="alert(2)"&gt;</p>\n<p><a href="">click</a> &amp; "q" &gt; 1</p>',
    );
  });

  it("keeps GFM tables with their alignment", () => {
    expect(markdownToHtml("| a | b |\n|:--|--:|\n| 1 | 2 |")).toContain('<th style="text-align:left">a</th>');
  });
});

describe("summaryOrExcerpt", () => {
  it("prefers the summary and falls back to the body's first paragraph as plain text", () => {
    expect(summaryOrExcerpt(" Given. ", "Body")).toBe("Given.");
    expect(summaryOrExcerpt("", "\nThe **first** [paragraph](https://x.org).\n\nSecond.")).toBe("The first paragraph.");
    const long = summaryOrExcerpt("", "word ".repeat(200), 50);
    expect(long.length).toBeLessThanOrEqual(51);
    expect(long.endsWith("word…")).toBe(true);
  });
});

describe("parseCountryFilter", () => {
  it("accepts one ISO code (any case) and refuses anything else", () => {
    expect(parseCountryFilter(new URLSearchParams(""))).toEqual({ ok: true, country: null });
    expect(parseCountryFilter(new URLSearchParams("country=AZ"))).toEqual({ ok: true, country: "AZ" });
    expect(parseCountryFilter(new URLSearchParams("country=cn"))).toEqual({ ok: true, country: "CN" });
    for (const query of ["country=XX", "country=", "country=AZE", "country=A%00", "country=AZ&country=CN"]) {
      const result = parseCountryFilter(new URLSearchParams(query));
      expect(result.ok, query).toBe(false);
      if (!result.ok) expect(result.message).toContain("country");
    }
  });
});

describe("feedCategories", () => {
  it("lists topics, country names and agreement types once each", () => {
    expect(
      feedCategories({ topics: ["trade", "Trade", "a<b>"], countries: ["AZ"], agreementTypes: ["TREATY", "TREATY"] }),
    ).toEqual(["trade", "ab", countryName("AZ"), "Treaty"]);
  });
});

describe("buildFeed (Atom)", () => {
  it("writes one entry per release with a stable id, both dates, author, categories, summary and content", () => {
    const feed = parse(buildFeed("atom", channel, [release()])).feed;
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`${SITE}/feed.xml`);
    expect(feed.title).toBe("Pressroom");
    expect(feed.updated).toBe("2025-03-15T08:00:00.000Z");
    expect(feed.link.map((l: Record<string, string>) => l["@rel"])).toEqual(["alternate", "self"]);
    expect(feed.entry).toHaveLength(1);
    const entry = feed.entry[0];
    expect(entry.id).toBe(`${SITE}/releases/ministers-sign-rail-pact`);
    expect(entry.link[0]["@href"]).toBe(`${SITE}/releases/ministers-sign-rail-pact`);
    expect(entry.title["#text"]).toBe("Ministers sign rail pact");
    expect(entry.published).toBe("2025-03-14T12:30:00.000Z");
    expect(entry.updated).toBe("2025-03-15T08:00:00.000Z");
    expect(entry.author.name).toBe("Ministry of Transport");
    expect(entry.summary["#text"]).toBe("Two ministries agree on rail freight.");
    expect(entry.content["@type"]).toBe("html");
    expect(entry.content["#text"]).toContain("<p>The ministers met in <strong>Baku</strong>.</p>");
    expect(entry.category.map((c: Record<string, string>) => c["@term"])).toEqual([
      "transport",
      "trade",
      countryName("AZ"),
      countryName("GE"),
      "Memorandum of Understanding",
    ]);
  });

  it("escapes & and < in titles, summaries and authors so they stay text", () => {
    const xml = buildFeed("atom", channel, [
      release({ headline: "R&D <b>deal</b> ]]> done", summary: "Tom & Jerry <i>", issuer: "A & B <C>" }),
    ]);
    const entry = parse(xml).feed.entry[0];
    // type="html": the text is HTML-escaped once inside the CDATA section.
    expect(entry.title["#text"]).toBe("R&amp;D &lt;b&gt;deal&lt;/b&gt; ]]&gt; done");
    expect(entry.summary["#text"]).toBe("Tom &amp; Jerry &lt;i&gt;");
    expect(entry.author.name).toBe("A & B <C>");
  });

  it("names the country in a per-country feed and has a valid empty feed", () => {
    const feed = parse(buildFeed("atom", { ...channel, country: "AZ" }, [])).feed;
    expect(feed.id).toBe(`${SITE}/feed.xml?country=AZ`);
    expect(feed.title).toBe(`Pressroom: ${countryName("AZ")}`);
    expect(feed.updated).toBe("2025-03-20T00:00:00.000Z");
    expect(feed.entry).toBeUndefined();
  });

  it("puts correction notes above the content", () => {
    const entry = parse(
      buildFeed("atom", channel, [
        release({ changes: [{ at: new Date("2025-03-15T08:00:00Z"), note: "Fixed <names>" }] }),
      ]),
    ).feed.entry[0];
    expect(entry.content["#text"]).toMatch(
      /^<p><em>Updated 2025-03-15: Fixed &lt;names&gt;<\/em><\/p><p>The ministers/,
    );
  });
});

describe("buildFeed (RSS)", () => {
  it("writes an RSS 2.0 item with guid, pubDate, dc:creator, categories and content:encoded", () => {
    const rss = parse(
      buildFeed("rss", { ...channel, country: "GE" }, [release({ headline: "R&D <deal>", summary: "" })]),
    ).rss;
    expect(rss["@version"]).toBe("2.0");
    expect(rss.channel.title).toBe(`Pressroom: ${countryName("GE")}`);
    expect(rss.channel["atom:link"]["@href"]).toBe(`${SITE}/rss.xml?country=GE`);
    const item = rss.channel.item[0];
    expect(item.title).toBe("R&D <deal>");
    expect(item.link).toEqual([`${SITE}/releases/ministers-sign-rail-pact`]);
    expect(item.guid["#text"]).toBe(`${SITE}/releases/ministers-sign-rail-pact`);
    expect(item.guid["@isPermaLink"]).toBe("true");
    expect(new Date(item.pubDate).toISOString()).toBe("2025-03-14T12:30:00.000Z");
    expect(item["dc:creator"]).toBe("Ministry of Transport");
    // No summary: the first paragraph stands in.
    expect(item.description).toBe("The ministers met in Baku.");
    expect(item["content:encoded"]).toContain('<a href="https://example.org/mou">the memorandum</a>');
    expect(item.category).toEqual([
      "transport",
      "trade",
      countryName("AZ"),
      countryName("GE"),
      "Memorandum of Understanding",
    ]);
  });
});

describe("sitemaps", () => {
  it("lists URLs with W3C lastmod and escapes them", () => {
    const urlset = parse(
      buildSitemap([
        { loc: `${SITE}/` },
        { loc: `${SITE}/releases/a?x=1&y=2`, lastmod: new Date("2024-07-04T05:00:00.123Z") },
      ]),
    ).urlset;
    expect(urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(urlset.url).toEqual([
      { loc: `${SITE}/` },
      { loc: `${SITE}/releases/a?x=1&y=2`, lastmod: "2024-07-04T05:00:00+00:00" },
    ]);
  });

  const now = new Date("2025-03-20T12:00:00Z");
  const item = (slug: string, published: string, title = slug): NewsItem => ({
    loc: `${SITE}/releases/${slug}`,
    title,
    published: new Date(published),
  });

  it("keeps only the last two days, newest first, none from the future", () => {
    const items = [
      item("old", "2025-03-18T11:59:59Z"),
      item("edge", "2025-03-18T12:00:00Z"),
      item("recent", "2025-03-20T11:00:00Z"),
      item("future", "2025-03-20T12:00:01Z"),
    ];
    expect(newsSitemapItems(items, now).map((i) => i.title)).toEqual(["recent", "edge"]);
    const many = Array.from({ length: 1005 }, (_, n) =>
      item(`r${n}`, new Date(now.getTime() - n * 60_000).toISOString()),
    );
    expect(newsSitemapItems(many, now)).toHaveLength(1000);
  });

  it("writes the Google News fields and escapes & < in titles", () => {
    const xml = buildNewsSitemap(
      [item("r1", "2025-03-20T08:15:00Z", "Tom & Jerry <sign> a deal"), item("old", "2025-03-01T00:00:00Z")],
      { name: "Press & Co", language: "en" },
      now,
    );
    expect(xml).toContain("<news:title>Tom &amp; Jerry &lt;sign&gt; a deal</news:title>");
    const urlset = parse(xml).urlset;
    expect(urlset["@xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    expect(urlset.url).toHaveLength(1);
    expect(urlset.url[0]).toEqual({
      loc: `${SITE}/releases/r1`,
      "news:news": {
        "news:publication": { "news:name": "Press & Co", "news:language": "en" },
        "news:publication_date": "2025-03-20T08:15:00+00:00",
        "news:title": "Tom & Jerry <sign> a deal",
      },
    });
  });

  it("formats dates with an explicit offset", () => {
    expect(w3cDateTime(new Date("2024-07-04T05:00:00Z"))).toBe("2024-07-04T05:00:00+00:00");
  });
});

describe("buildRobotsTxt", () => {
  it("allows public pages, keeps crawlers out of the editor, API, previews and login, and lists both sitemaps", () => {
    const lines = buildRobotsTxt(SITE).split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin",
        "Disallow: /api/",
        "Disallow: /preview/",
        "Disallow: /login",
        `Sitemap: ${SITE}/sitemap.xml`,
        `Sitemap: ${SITE}/news-sitemap.xml`,
      ]),
    );
  });
});

describe("issue 13: the lead image in the feeds", () => {
  const hash = "a".repeat(64);
  const image = `${SITE}/media/img/${hash}-960w-v1.jpg`;

  it("RSS: an enclosure and a Media RSS media:content with size, alt text and credit", () => {
    const xml = buildFeed("rss", channel, [release({ media: SAMPLE_MEDIA }), release({ slug: "no-media" })]);
    expect(xml).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
    const [item, plain] = parse(xml).rss.channel.item;
    expect(item.enclosure).toMatchObject({ "@url": image, "@type": "image/jpeg", "@length": "96000" });
    expect(item["media:content"]).toMatchObject({
      "@url": image,
      "@type": "image/jpeg",
      "@medium": "image",
      "@width": "960",
      "@height": "480",
      "@fileSize": "96000",
      "media:description": { "#text": "Two ministers sign the memorandum", "@type": "plain" },
      "media:credit": "Press service",
    });
    expect(plain.enclosure).toBeUndefined();
    expect(plain["media:content"]).toBeUndefined();
  });

  it("Atom: a link rel=enclosure of type image/jpeg beside the alternate link", () => {
    const entry = parse(buildFeed("atom", channel, [release({ media: SAMPLE_MEDIA })])).feed.entry[0];
    const enclosure = (entry.link as Array<Record<string, string>>).find((l) => l["@rel"] === "enclosure");
    expect(enclosure).toMatchObject({ "@href": image, "@type": "image/jpeg", "@length": "96000" });
  });

  it("leaves out an image whose variants are not made yet", () => {
    const xml = buildFeed("rss", channel, [release({ media: [{ ...SAMPLE_MEDIA[1]!, status: "PENDING" }] })]);
    expect(xml).not.toContain("<enclosure");
    expect(xml).not.toContain("media:content");
  });
});
