import { expect, test, type APIRequestContext, type Page } from "./support/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { AGREEMENT_TYPE_LABELS } from "../lib/domain/agreement-types";
import { countryName } from "../lib/domain/countries";
import { releaseByHeadline, sql } from "./support/db";
import { draftAndSubmit, fillRelease, publishThroughReview, sampleRelease, signIn } from "./support/pages";

// Feeds, sitemaps and robots.txt, read as a feed reader or crawler would: fetched, parsed as XML and
// checked field by field. Whatever is not public (draft, embargoed, withdrawn) must be in none of them.

const SEED_SLUG = "azerbaijan-and-china-raise-relations-to-strategic-partnership";
const SEED_TITLE = "Azerbaijan and China raise relations to strategic partnership";
const SEED_PUBLISHED = "2024-07-04T05:00:00.000Z";
const SEED_FIRST_PARAGRAPH =
  "The traditional friendly and cooperative relations between Azerbaijan and China have been developing progressively in recent years.";

const ATOM = "application/atom+xml; charset=utf-8";
const RSS = "application/rss+xml; charset=utf-8";
const XML = "application/xml; charset=utf-8";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "item", "category", "url", "link"].includes(name),
});

type Doc = Record<string, any>;

async function fetchXml(
  request: APIRequestContext,
  path: string,
  contentType: string,
): Promise<{ text: string; doc: Doc }> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toBe(contentType);
  const text = await response.text();
  expect(XMLValidator.validate(text), path).toBe(true);
  return { text, doc: parser.parse(text) as Doc };
}

const base = () => test.info().project.use.baseURL!;
const releaseUrl = (slug: string) => `${base()}/releases/${slug}`;

const atomEntries = async (request: APIRequestContext, query = ""): Promise<Doc[]> =>
  (await fetchXml(request, `/feed.xml${query}`, ATOM)).doc.feed.entry ?? [];
const rssItems = async (request: APIRequestContext, query = ""): Promise<Doc[]> =>
  (await fetchXml(request, `/rss.xml${query}`, RSS)).doc.rss.channel.item ?? [];
const sitemapLocs = async (request: APIRequestContext, path: string): Promise<string[]> =>
  ((await fetchXml(request, path, XML)).doc.urlset.url ?? []).map((u: Doc) => u.loc);

/** Every public listing, as text: a release that is not public must be in none of them. */
async function everyListing(request: APIRequestContext): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [path, type] of [
    ["/feed.xml", ATOM],
    ["/rss.xml", RSS],
    ["/feed.xml?country=GE", ATOM],
    ["/rss.xml?country=AZ", RSS],
    ["/sitemap.xml", XML],
    ["/news-sitemap.xml", XML],
  ] as const) {
    out[path] = (await fetchXml(request, path, type)).text;
  }
  return out;
}

async function expectInNoListing(request: APIRequestContext, slug: string, headline: string) {
  for (const [path, text] of Object.entries(await everyListing(request))) {
    expect(text, path).not.toContain(`/releases/${slug}<`);
    expect(text, path).not.toContain(`/releases/${slug}"`);
    expect(text, path).not.toContain(headline);
  }
}

const seedCategories = () => [
  "diplomacy",
  "transport",
  "trade",
  "tourism",
  countryName("AZ"),
  countryName("CN"),
  AGREEMENT_TYPE_LABELS.JOINT_DECLARATION,
  AGREEMENT_TYPE_LABELS.MEMORANDUM_OF_UNDERSTANDING,
];

test("the Atom feed carries the seed release with its id, link, dates, author, summary, categories and content", async ({
  request,
}) => {
  const { doc } = await fetchXml(request, "/feed.xml", ATOM);
  expect(doc.feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect(doc.feed.id).toBe(`${base()}/feed.xml`);
  expect(doc.feed.title).toBe("Pressroom");
  expect(doc.feed.link.find((l: Doc) => l["@rel"] === "self")["@href"]).toBe(`${base()}/feed.xml`);
  expect(doc.feed.entry.length).toBeLessThanOrEqual(50);

  // The main feed holds the newest 50 and a whole suite run publishes more than that, pushing the 2024
  // seed out: its entry is read from China's feed, where the suite publishes only one release (import).
  const entry = (await atomEntries(request, "?country=CN")).find((e: Doc) => e.id === releaseUrl(SEED_SLUG)) as Doc;
  expect(entry, "seed entry").toBeTruthy();
  expect(entry.link[0]["@href"]).toBe(releaseUrl(SEED_SLUG));
  expect(entry.title["#text"]).toBe(SEED_TITLE);
  expect(entry.published).toBe(SEED_PUBLISHED);
  expect(new Date(entry.updated).getTime()).toBeGreaterThanOrEqual(new Date(SEED_PUBLISHED).getTime());
  expect(entry.author.name).toBe("Ministry of Foreign Affairs of the Republic of Azerbaijan");
  // The seed has no summary: its first paragraph stands in.
  expect(entry.summary["#text"]).toMatch(
    /^The traditional friendly and cooperative relations between Azerbaijan and China/,
  );
  expect(entry.category.map((c: Doc) => c["@term"])).toEqual(expect.arrayContaining(seedCategories()));
  expect(entry.content["@type"]).toBe("html");
  expect(entry.content["#text"]).toContain(`<p>${SEED_FIRST_PARAGRAPH}`);
  expect(entry.content["#text"]).not.toMatch(/<script|javascript:/i);
});

test("the RSS feed carries the seed release with guid, link, pubDate, creator, description, categories and content", async ({
  request,
}) => {
  const { doc } = await fetchXml(request, "/rss.xml", RSS);
  expect(doc.rss["@version"]).toBe("2.0");
  expect(doc.rss.channel.title).toBe("Pressroom");
  expect(doc.rss.channel.language).toBe("en");
  // As for Atom: the seed may be older than the newest 50 by now; China's feed holds it.
  const item = (await rssItems(request, "?country=CN")).find(
    (i: Doc) => i.guid["#text"] === releaseUrl(SEED_SLUG),
  ) as Doc;
  expect(item, "seed item").toBeTruthy();
  expect(item.guid["@isPermaLink"]).toBe("true");
  expect(item.link).toEqual([releaseUrl(SEED_SLUG)]);
  expect(item.title).toBe(SEED_TITLE);
  expect(new Date(item.pubDate).toISOString()).toBe(SEED_PUBLISHED);
  expect(item["dc:creator"]).toBe("Ministry of Foreign Affairs of the Republic of Azerbaijan");
  expect(item.description).toMatch(/^The traditional friendly and cooperative relations between Azerbaijan and China/);
  expect(item.category).toEqual(expect.arrayContaining(seedCategories()));
  expect(item["content:encoded"]).toContain(`<p>${SEED_FIRST_PARAGRAPH}`);
});

test("per-country feeds: CN includes the seed, GE does not, an unknown code is a 400 naming the parameter", async ({
  request,
}) => {
  for (const read of [atomEntries, rssItems]) {
    const cn = await read(request, "?country=CN");
    expect(cn.map((e) => e.id ?? e.guid["#text"])).toContain(releaseUrl(SEED_SLUG));
    const ge = await read(request, "?country=GE");
    expect(ge.map((e) => e.id ?? e.guid["#text"])).not.toContain(releaseUrl(SEED_SLUG));
  }
  expect((await fetchXml(request, "/feed.xml?country=CN", ATOM)).doc.feed.id).toBe(`${base()}/feed.xml?country=CN`);
  for (const path of [
    "/feed.xml?country=XX",
    "/rss.xml?country=XX",
    "/feed.xml?country=",
    "/rss.xml?country=%3Cscript%3E",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("country");
  }
});

test("sitemap.xml lists the home page and the seed with its last modification", async ({ request }) => {
  const { doc } = await fetchXml(request, "/sitemap.xml", XML);
  expect(doc.urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  const urls: Doc[] = doc.urlset.url;
  expect(urls.map((u) => u.loc)).toContain(`${base()}/`);
  const seed = urls.find((u) => u.loc === releaseUrl(SEED_SLUG));
  expect(seed?.lastmod).toBe("2024-07-04T05:00:00+00:00");
});

test("robots.txt allows the public site, keeps crawlers out of the editor, API, previews and login, and names both sitemaps", async ({
  request,
}) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  const lines = (await response.text()).split("\n").map((l) => l.trim());
  for (const line of [
    "User-agent: *",
    "Allow: /",
    "Disallow: /admin",
    "Disallow: /api/",
    "Disallow: /preview/",
    "Disallow: /login",
    `Sitemap: ${base()}/sitemap.xml`,
    `Sitemap: ${base()}/news-sitemap.xml`,
  ]) {
    expect(lines).toContain(line);
  }
});

test("public pages, release pages included, advertise the Atom and RSS feeds", async ({ page }) => {
  for (const path of ["/", "/releases/azerbaijan-and-china-raise-relations-to-strategic-partnership"]) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute(
      "href",
      /\/feed\.xml$/,
    );
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]'), path).toHaveAttribute(
      "href",
      /\/rss\.xml$/,
    );
  }
});

test("a release published now is in the news sitemap (the 2024 seed is not) and the feeds; withdrawn, it leaves them all", async ({
  browser,
  request,
}) => {
  const data = sampleRelease();
  const { editorPage, editUrl } = await publishThroughReview(browser, data);
  const { slug } = (await releaseByHeadline(data.headline))!;
  const [row] = await sql<{ publishedAt: Date }>(`SELECT "publishedAt" FROM "Release" WHERE slug = $1`, [slug]);
  const publishedAt = row!.publishedAt;

  const news = await fetchXml(request, "/news-sitemap.xml", XML);
  expect(news.doc.urlset["@xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
  const urls: Doc[] = news.doc.urlset.url ?? [];
  expect(urls.map((u) => u.loc)).not.toContain(releaseUrl(SEED_SLUG));
  const url = urls.find((u) => u.loc === releaseUrl(slug));
  expect(url, "news entry").toBeTruthy();
  expect(url!["news:news"]["news:publication"]).toEqual({ "news:name": "Pressroom", "news:language": "en" });
  expect(url!["news:news"]["news:title"]).toBe(data.headline);
  expect(url!["news:news"]["news:publication_date"]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
  expect(new Date(url!["news:news"]["news:publication_date"]).getTime()).toBe(
    Math.floor(publishedAt.getTime() / 1000) * 1000,
  );

  // In both feeds and its country's feed, newest first.
  const entries = await atomEntries(request);
  expect(entries.map((e) => e.id)).toContain(releaseUrl(slug));
  const published = entries.map((e) => new Date(e.published).getTime());
  expect(published).toEqual([...published].sort((a, b) => b - a));
  expect((await rssItems(request)).map((i) => i.guid["#text"])).toContain(releaseUrl(slug));
  const ge = (await atomEntries(request, "?country=GE")).find((e) => e.id === releaseUrl(slug))!;
  expect(ge, "GE entry").toBeTruthy();
  expect(ge.summary["#text"]).toBe(data.summary);
  expect(ge.content["#text"]).toContain("They agreed to <strong>expand</strong> rail freight.");
  expect(ge.category.map((c: Doc) => c["@term"])).toEqual([
    countryName("AZ"),
    countryName("GE"),
    "Memorandum of Understanding",
    "Protocol",
  ]);
  expect(await sitemapLocs(request, "/sitemap.xml")).toContain(releaseUrl(slug));

  await editorPage.goto(editUrl);
  await editorPage.getByLabel("Reason", { exact: true }).fill("Issued in error.");
  await editorPage.getByRole("button", { name: "Withdraw" }).click();
  await expect(editorPage.getByRole("status").filter({ hasText: "Withdrawn" })).toBeVisible();
  await editorPage.context().close();
  await expectInNoListing(request, slug, data.headline);
});

test("a draft and an embargoed (scheduled) release are in no feed or sitemap", async ({ browser, request }) => {
  // Draft: saved, never submitted.
  const writer = await newSignedInPage(browser, "writer");
  const draft = sampleRelease();
  await writer.goto("/admin/releases/new");
  await fillRelease(writer, draft);
  await writer.getByRole("button", { name: "Save draft" }).click();
  await expect(writer.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();

  // Embargoed: approved and scheduled a month ahead.
  const embargoed = sampleRelease();
  const editUrl = await draftAndSubmit(writer, embargoed);
  await writer.context().close();
  const editor = await newSignedInPage(browser, "editor");
  await editor.goto(editUrl);
  const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await editor.getByLabel("Publish date", { exact: true }).fill(later);
  await editor.getByLabel("Publish time", { exact: true }).fill("09:00");
  await editor.getByLabel("Publish UTC offset", { exact: true }).fill("+04:00");
  await editor.getByRole("button", { name: "Schedule" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Scheduled." })).toBeVisible();
  await editor.context().close();

  for (const data of [draft, embargoed]) {
    const row = (await releaseByHeadline(data.headline))!;
    expect(row.status).toBe(data === draft ? "DRAFT" : "SCHEDULED");
    await expectInNoListing(request, row.slug, data.headline);
  }
});

async function newSignedInPage(
  browser: Parameters<typeof publishThroughReview>[0],
  role: "writer" | "editor",
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role);
  return page;
}
