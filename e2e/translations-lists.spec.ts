import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expectAccessible } from "./support/axe";
import { releaseByHeadline } from "./support/db";
import { publishThroughReview, sampleRelease, unique } from "./support/pages";
import { expect, test } from "./support/test";
import { addAndPublishTranslation, type TranslationWords } from "./support/translations";

// Issue 14: the public lists per language. An English release (e2e/support/pages.ts's sample: a
// memorandum and a protocol, one quote by Leyla Mammadova, Azerbaijan and Georgia) gets translations
// whose words are written here, each published through review; then readers find them in their
// language's home, agreements, feed and search.

const russian = (tag: string): TranslationWords => ({
  label: "Russian (ru)",
  headline: `Министры подписали транспортные соглашения ${tag}`,
  summary: "Два министерства договорились о железнодорожных перевозках и таможенном сотрудничестве.",
  body:
    "Министры двух стран, Азербайджан и Грузия, встретились в столице и подписали два соглашения: " +
    "Меморандум о взаимопонимании по железнодорожным перевозкам и Протокол о таможенном сотрудничестве.\n\n" +
    '"Этот коридор доставит наши товары в Европу быстрее, чем когда-либо," сказала заместитель министра Leyla Mammadova.',
  titles: ["Меморандум о взаимопонимании по железнодорожным перевозкам", "Протокол о таможенном сотрудничестве"],
  quote: "Этот коридор доставит наши товары в Европу быстрее, чем когда-либо.",
});

const chinese = (tag: string): TranslationWords => ({
  label: "Chinese (zh)",
  headline: `部长们签署运输协定 ${tag}`,
  summary: "两个部委就铁路货运和海关合作达成一致。",
  body:
    "阿塞拜疆和格鲁吉亚两国部长在首都会面，签署了《关于铁路货运的谅解备忘录》和《关于海关合作的议定书》。\n\n" +
    '"这条走廊将比以往任何时候都更快地把我们的货物运往欧洲。" Leyla Mammadova 副部长说。',
  titles: ["关于铁路货运的谅解备忘录", "关于海关合作的议定书"],
  quote: "这条走廊将比以往任何时候都更快地把我们的货物运往欧洲。",
});

const azerbaijani = (tag: string): TranslationWords => ({
  label: "Azerbaijani (az)",
  headline: `Nazirlər nəqliyyat sazişi imzaladılar ${tag}`,
  summary: "İki nazirlik dəmir yolu yükdaşıması və gömrük əməkdaşlığı barədə razılığa gəldi.",
  body:
    "Azərbaycan və Gürcüstan nazirləri paytaxtda görüşdülər. Onlar iki sənəd imzaladılar: " +
    `Dəmir yolu yükdaşıması haqqında Anlaşma Memorandumu ${tag} və Gömrük əməkdaşlığı haqqında Protokol.\n\n` +
    '"Bu dəhliz mallarımızı Avropaya həmişəkindən daha sürətlə çatdıracaq," deyə nazir müavini Leyla Mammadova bildirdi.',
  titles: [`Dəmir yolu yükdaşıması haqqında Anlaşma Memorandumu ${tag}`, "Gömrük əməkdaşlığı haqqında Protokol"],
  quote: "Bu dəhliz mallarımızı Avropaya həmişəkindən daha sürətlə çatdıracaq.",
});

const arabic = (tag: string): TranslationWords => ({
  label: "Arabic (ar)",
  headline: `الوزراء يوقعون اتفاقية للنقل ${tag}`,
  summary: "اتفقت الوزارتان على التعاون في نقل البضائع بالسكك الحديدية وفي الجمارك.",
  body:
    "التقى وزيرا أذربيجان وجورجيا في العاصمة ووقعا مذكرة التفاهم بشأن نقل البضائع بالسكك الحديدية، " +
    "كما وقعا البروتوكول بشأن التعاون الجمركي.\n\n" +
    '"سينقل هذا الممر بضائعنا إلى أوروبا أسرع من أي وقت مضى،" قالت نائبة الوزير Leyla Mammadova.',
  titles: ["مذكرة التفاهم بشأن نقل البضائع بالسكك الحديدية", "البروتوكول بشأن التعاون الجمركي"],
  quote: "سينقل هذا الممر بضائعنا إلى أوروبا أسرع من أي وقت مضى.",
});

test("issue 14: a Russian translation is found by an inflected Russian word through the home page's Language filter and on /ru; a two-character Chinese word finds the Chinese one", async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);
  const tag = unique("lists").replace(/\s+/g, "");
  const data = sampleRelease(unique("Ministers sign transport pact, listed"));
  const { editUrl } = await publishThroughReview(browser, data);
  const { slug } = (await releaseByHeadline(data.headline))!;
  const ru = russian(tag);
  const zh = chinese(tag);
  await addAndPublishTranslation(browser, editUrl, ru);
  await addAndPublishTranslation(browser, editUrl, zh);

  // The home page's filter: Language "ru", and "соглашение" where the text says "соглашения".
  await page.goto("/");
  await page.getByLabel("Search", { exact: true }).fill(`соглашение ${tag}`);
  await page.getByLabel("Language", { exact: true }).selectOption("ru");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]language=ru(&|$)/);
  const results = page.locator(".release-list");
  await expect(results.getByRole("link", { name: ru.headline })).toHaveAttribute("href", `/ru/releases/${slug}`);
  await expect(results.locator("mark").first()).toHaveText("соглашения");
  // The original's listing (no language chosen) shows originals only.
  await page.goto(`/?q=${encodeURIComponent(`соглашение ${tag}`)}`);
  await expect(page.locator(".release-list")).toHaveCount(0);

  // /ru: Russian chrome, the same search in Russian.
  const response = await page.goto(`/ru?q=${encodeURIComponent(`соглашение ${tag}`)}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Пресс-релизы");
  await expect(page.locator(".release-list").getByRole("link", { name: ru.headline })).toHaveAttribute(
    "href",
    `/ru/releases/${slug}`,
  );

  // Chinese has no spaces: "货运" (freight) is found inside "关于铁路货运的谅解备忘录".
  await page.goto(`/zh?q=${encodeURIComponent(`货运 ${tag}`)}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh");
  await expect(page.locator(".release-list").getByRole("link", { name: zh.headline })).toHaveAttribute(
    "href",
    `/zh/releases/${slug}`,
  );
  await expect(
    page
      .locator(".release-list mark")
      .filter({ hasText: /^货运$/ })
      .first(),
  ).toBeVisible();
  await expectAccessible(page, "/zh");
});

test("issue 14: /az and /az/agreements list the Azerbaijani translation in Azerbaijani chrome, /az/feed.xml holds it, /ar reads right to left, an unknown language is a 404", async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);
  const tag = unique("lists").replace(/\s+/g, "");
  const data = sampleRelease(unique("Ministers sign transport pact, per language"));
  const { editUrl } = await publishThroughReview(browser, data);
  const { slug } = (await releaseByHeadline(data.headline))!;
  const az = azerbaijani(tag);
  const ar = arabic(tag);
  await addAndPublishTranslation(browser, editUrl, az);
  await addAndPublishTranslation(browser, editUrl, ar);
  const address = `/az/releases/${slug}`;

  // /az: the translation at its address (its own ~az-… slug is never shown), in Azerbaijani chrome.
  expect((await page.goto("/az"))?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Press-relizlər");
  await expect(page.locator(".skip-link")).toHaveText("Məzmuna keç");
  await expect(page.getByLabel("Axtarış", { exact: true })).toBeVisible();
  await expect(page.locator(".release-list").getByRole("link", { name: az.headline })).toHaveAttribute("href", address);
  await expect(page.locator('a[href*="~"]')).toHaveCount(0);
  // Links between language homes, named in their own languages.
  const homes = page.getByRole("navigation", { name: "Dillər" });
  await expect(homes.getByRole("link", { name: "English" })).toHaveAttribute("href", "/en");
  await expect(homes.getByRole("link", { name: "العربية" })).toHaveAttribute("href", "/ar");
  // Its search is Azerbaijani's: "saziş" is found inside "sazişi".
  await page.getByLabel("Axtarış", { exact: true }).fill(`saziş ${tag}`);
  await page.getByRole("button", { name: "Axtarış", exact: true }).click();
  await expect(page).toHaveURL(/\/az\?q=/);
  await expect(page.locator(".release-list").getByRole("link", { name: az.headline })).toHaveAttribute("href", address);

  // /az/agreements: the translation's agreements, linked to its page.
  expect((await page.goto("/az/agreements"))?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sazişlər");
  const row = page.locator(".agreement-row").filter({ hasText: az.titles[0]! });
  await expect(row.locator(".agreement-type")).toHaveText("Anlaşma memorandumu");
  await expect(row.getByRole("link", { name: az.headline })).toHaveAttribute("href", address);

  // /az/feed.xml: Atom in Azerbaijani, the entry at the translation's address.
  const feed = await page.request.get("/az/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await feed.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (n) => n === "entry" }).parse(
    xml,
  );
  expect(doc.feed["@xml:lang"]).toBe("az");
  const entry = doc.feed.entry.find((e: { title: { "#text": string } }) => e.title["#text"] === az.headline);
  expect(entry?.id).toMatch(new RegExp(`${address.replace(/[/.]/g, "\\$&")}$`));
  const rss = await page.request.get("/az/rss.xml");
  expect(rss.status()).toBe(200);
  expect(await rss.text()).toContain("<language>az</language>");

  // /ar: right to left, its translation listed, nothing serious for axe.
  expect((await page.goto("/ar"))?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator(".release-list").getByRole("link", { name: ar.headline })).toHaveAttribute(
    "href",
    `/ar/releases/${slug}`,
  );
  await expectAccessible(page, "/ar");

  // A code that is no language of ours is no page.
  for (const path of ["/xx", "/xx/agreements", "/xx/feed.xml", "/qq/rss.xml"])
    expect((await page.request.get(path)).status(), path).toBe(404);
});
