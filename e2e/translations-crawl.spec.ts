import { XMLParser, XMLValidator } from "fast-xml-parser";
import { NinjsSchema } from "../lib/api/schemas";
import { expectAccessible } from "./support/axe";
import { releaseByHeadline } from "./support/db";
import { publishThroughReview, sampleRelease, unique } from "./support/pages";
import { expect, test, type APIRequestContext } from "./support/test";
import { addAndPublishTranslation, type TranslationWords } from "./support/translations";

// Issue 14, for crawlers, wire desks and readers of every script: the sitemap links each language
// version of a release with hreflang alternates, the news sitemap gives each its own language, ninjs
// associates the translations with their original; the Arabic and Chinese pages pass axe; and when an
// original is withdrawn, its translations are withdrawn with it. Every translation's words are written
// here, and each is published through review by a second person.

const words = (tag: string): Record<"az" | "ar" | "zh", TranslationWords> => ({
  az: {
    label: "Azerbaijani (az)",
    headline: `Nazirlər dəhliz sənədlərini imzaladılar ${tag}`,
    summary: "Azərbaycan və Gürcüstan dəmir yolu və gömrük üzrə razılığa gəldilər.",
    body:
      "Azərbaycan və Gürcüstan nazirləri paytaxtda görüşdülər. Onlar iki sənəd imzaladılar: " +
      "Dəmir yolu yükdaşıması haqqında Anlaşma Memorandumu və Gömrük əməkdaşlığı haqqında Protokol.\n\n" +
      '"Bu dəhliz yüklərimizi Avropaya daha tez aparacaq," deyə nazir müavini Leyla Mammadova bildirdi.',
    titles: ["Dəmir yolu yükdaşıması haqqında Anlaşma Memorandumu", "Gömrük əməkdaşlığı haqqında Protokol"],
    quote: "Bu dəhliz yüklərimizi Avropaya daha tez aparacaq.",
  },
  ar: {
    label: "Arabic (ar)",
    headline: `وزيران يوقعان وثيقتين للنقل ${tag}`,
    summary: "اتفقت الوزارتان على التعاون في السكك الحديدية وفي الجمارك.",
    body:
      "التقى وزيرا أذربيجان وجورجيا في العاصمة ووقعا مذكرة التفاهم بشأن نقل البضائع بالسكك الحديدية، " +
      "كما وقعا البروتوكول بشأن التعاون الجمركي.\n\n" +
      '"سيحمل هذا الممر بضائعنا إلى أوروبا بسرعة أكبر،" قالت نائبة الوزير Leyla Mammadova.',
    titles: ["مذكرة التفاهم بشأن نقل البضائع بالسكك الحديدية", "البروتوكول بشأن التعاون الجمركي"],
    quote: "سيحمل هذا الممر بضائعنا إلى أوروبا بسرعة أكبر.",
  },
  zh: {
    label: "Chinese (zh)",
    headline: `两国部长签署走廊文件 ${tag}`,
    summary: "两国部委就铁路货运和海关合作达成一致。",
    body:
      "阿塞拜疆和格鲁吉亚两国部长在首都会面，签署了《关于铁路货运的谅解备忘录》和《关于海关合作的议定书》。\n\n" +
      '"这条走廊将更快地把我们的货物运往欧洲。" Leyla Mammadova 副部长说。',
    titles: ["关于铁路货运的谅解备忘录", "关于海关合作的议定书"],
    quote: "这条走廊将更快地把我们的货物运往欧洲。",
  },
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["url", "xhtml:link"].includes(name),
});
type Doc = Record<string, any>;

async function xml(request: APIRequestContext, path: string): Promise<Doc> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const text = await response.text();
  expect(XMLValidator.validate(text), path).toBe(true);
  return parser.parse(text) as Doc;
}

const base = () => test.info().project.use.baseURL!;
const SEED_SLUG = "azerbaijan-and-china-raise-relations-to-strategic-partnership";

test("issue 14: the sitemap links every language version with hreflang, the news sitemap gives each its language, ninjs associates the translations", async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const tag = unique("crawl");
  const data = sampleRelease(unique("Ministers sign corridor papers, crawled"));
  const { editUrl } = await publishThroughReview(browser, data);
  const { slug } = (await releaseByHeadline(data.headline))!;
  const { az, ar } = words(tag);
  for (const t of [az, ar]) await addAndPublishTranslation(browser, editUrl, t);
  const urls = {
    en: `${base()}/releases/${slug}`,
    az: `${base()}/az/releases/${slug}`,
    ar: `${base()}/ar/releases/${slug}`,
  };
  const expected = [
    ...Object.entries(urls).map(([hreflang, href]) => ({ "@rel": "alternate", "@hreflang": hreflang, "@href": href })),
    { "@rel": "alternate", "@hreflang": "x-default", "@href": urls.en },
  ];
  const sorted = (links: Doc[]) => [...links].sort((a, b) => String(a["@hreflang"]).localeCompare(b["@hreflang"]));

  // The Azerbaijani share card: a PNG at the page's own address, described in Azerbaijani.
  const card = await request.get(`/az/releases/${slug}/share-image`);
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/png");
  const azPage = await (await request.get(`/az/releases/${slug}`)).text();
  const alt = /<meta property="og:image:alt" content="([^"]*)"/.exec(azPage)?.[1];
  expect(alt).toBe(`${az.headline}. Baku, 14 mart 2025 16:30 (UTC+04:00). Yayımlayan: Ministry of Transport.`);

  // The sitemap: each of the three versions has its <url>, each with the same alternates (Google's format).
  const sitemap = await xml(request, "/sitemap.xml");
  expect(sitemap.urlset["@xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
  for (const loc of Object.values(urls)) {
    const url = (sitemap.urlset.url as Doc[]).find((u) => u.loc === loc);
    expect(url, loc).toBeTruthy();
    expect(sorted(url!["xhtml:link"]), loc).toEqual(sorted(expected));
    expect(url!.lastmod, loc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
  }
  // The seed, in one language, has no alternates.
  const seed = (sitemap.urlset.url as Doc[]).find((u) => String(u.loc).endsWith("/releases/" + SEED_SLUG));
  expect(seed?.["xhtml:link"]).toBeUndefined();

  // The news sitemap: the three versions, each with its own language and headline.
  const news = await xml(request, "/news-sitemap.xml");
  const entries = Object.fromEntries(
    (news.urlset.url as Doc[])
      .filter((u) => Object.values(urls).includes(u.loc))
      .map((u) => [u.loc, [u["news:news"]["news:publication"]["news:language"], u["news:news"]["news:title"]]]),
  );
  expect(entries).toEqual({
    [urls.en]: ["en", data.headline],
    [urls.az]: ["az", az.headline],
    [urls.ar]: ["ar", ar.headline],
  });

  // ninjs: the original associates its translations; each translation points back at its original.
  const original = await (await request.get(`/api/v1/releases/${slug}?format=ninjs`)).json();
  expect(NinjsSchema.safeParse(original).error?.issues ?? []).toEqual([]);
  const translations = (original.associations as Doc[]).filter((a) => a.rel === "translation");
  expect(translations.map((a) => [a.language, a.uri, a.headlines[0].value])).toEqual([
    ["ar", urls.ar, ar.headline],
    ["az", urls.az, az.headline],
  ]);
  for (const [language, words] of [
    ["az", az],
    ["ar", ar],
  ] as const) {
    const doc = await (await request.get(`/api/v1/releases/${slug}?lang=${language}&format=ninjs`)).json();
    expect(NinjsSchema.safeParse(doc).error?.issues ?? []).toEqual([]);
    expect(doc).toMatchObject({ uri: urls[language], language, headlines: [{ role: "main", value: words.headline }] });
    expect((doc.associations as Doc[]).filter((a) => a.rel === "translationOf")).toEqual([
      expect.objectContaining({ uri: urls.en, language: "en", type: "text" }),
    ]);
  }
});

test("issue 14: axe finds nothing on the Arabic and Chinese pages; withdrawing the original withdraws them, in their readers' language, and crawlers lose them", async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const tag = unique("withdraw");
  const data = sampleRelease(unique("Ministers sign corridor papers, withdrawn"));
  const { editorPage, editUrl } = await publishThroughReview(browser, data);
  const { slug } = (await releaseByHeadline(data.headline))!;
  const { ar, zh } = words(tag);
  const translationUrls = [];
  for (const t of [ar, zh]) translationUrls.push(await addAndPublishTranslation(browser, editUrl, t));

  // The right-to-left and the CJK page, with the project's axe check (e2e/support/axe.ts).
  for (const [language, t] of [
    ["ar", ar],
    ["zh", zh],
  ] as const) {
    const path = `/${language}/releases/${slug}`;
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.headline);
    await expectAccessible(page, path);
  }

  // The original is withdrawn: its translations go with it.
  await editorPage.goto(editUrl);
  const reason = editorPage.getByLabel("Reason", { exact: true });
  await expect(reason).toHaveAccessibleDescription(/translations' \(AR, ZH\), which are withdrawn with it/);
  await reason.fill("Issued in error: the papers were not signed.");
  await editorPage.getByRole("button", { name: "Withdraw" }).click();
  await expect(editorPage.getByRole("status").filter({ hasText: "Withdrawn" })).toBeVisible();
  const versions = editorPage
    .getByRole("region", { name: "Translations" })
    .getByRole("list", { name: "Language versions" });
  await expect(versions).toContainText("AR withdrawn");
  await expect(versions).toContainText("ZH withdrawn");

  // Readers of each translation see the notice, in their page's language, with the reason; not the release.
  const notices = {
    ar: { withdrawn: "تم سحب هذا البيان", reason: "السبب: Issued in error: the papers were not signed." },
    zh: { withdrawn: "本新闻稿已撤回", reason: "原因：Issued in error: the papers were not signed." },
  };
  for (const [language, t] of [
    ["ar", ar],
    ["zh", zh],
  ] as const) {
    const path = `/${language}/releases/${slug}`;
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expect(page.locator("html")).toHaveAttribute("dir", language === "ar" ? "rtl" : "ltr");
    await expect(page.locator(".withdrawn-notice")).toContainText(notices[language].withdrawn);
    await expect(page.locator(".withdrawn-notice")).toContainText(notices[language].reason);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.headline);
    await expect(page.locator("ul.agreements, .quote-translated")).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expectAccessible(page, `${path} (withdrawn)`);

    // The API says so (410, and a ninjs kill notice at the translation's address); the share image is gone.
    const api = await request.get(`/api/v1/releases/${slug}?lang=${language}`);
    expect(api.status()).toBe(410);
    const kill = await (await request.get(`/api/v1/releases/${slug}?lang=${language}&format=ninjs`)).json();
    expect(kill).toMatchObject({ pubStatus: "canceled", language, uri: `${base()}${path}` });
    expect((await request.get(`${path}/share-image`, { maxRedirects: 0 })).status()).toBe(404);
  }

  // Crawlers: no version of it in either sitemap.
  for (const sitemap of ["/sitemap.xml", "/news-sitemap.xml"]) {
    const text = await (await request.get(sitemap)).text();
    expect(text, sitemap).not.toContain(`/releases/${slug}<`);
    expect(text, sitemap).not.toContain(`/releases/${slug}"`);
  }
});
