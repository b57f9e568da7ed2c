import AxeBuilder from "@axe-core/playwright";
import { releaseByHeadline } from "./support/db";
import { fillRelease, publishThroughReview, sampleRelease, signIn, unique } from "./support/pages";
import { expect, test, type Page } from "./support/test";
import { addAndPublishTranslation, type TranslationWords } from "./support/translations";

// Issue 14: translations. An English release gets an Azerbaijani and an Arabic translation (their words
// written here), each published through review by a second person; the three pages link each other,
// the Arabic one right to left; a new published edition of the original marks both as outdated.

interface Translation extends TranslationWords {
  language: string;
}

/**
 * `who`: the speaker, named as English and as Azerbaijani write the name; Leyla Mammadova (the sample
 * release's) by default, whose name then stays as it is in every language.
 */
const translations = (tag: string, who = { en: "Leyla Mammadova", az: "Leyla Mammadova" }): Translation[] => [
  {
    language: "az",
    label: "Azerbaijani (az)",
    headline: `Nazirlər nəqliyyat sazişi imzaladılar ${tag}`,
    summary: "İki nazirlik dəmir yolu yükdaşıması və gömrük əməkdaşlığı barədə razılığa gəldi.",
    body:
      "Azərbaycan və Gürcüstan nazirləri paytaxtda görüşdülər. Onlar iki sənəd imzaladılar: " +
      "Dəmir yolu yükdaşıması haqqında Anlaşma Memorandumu və Gömrük əməkdaşlığı haqqında Protokol.\n\n" +
      `"Bu dəhliz mallarımızı Avropaya həmişəkindən daha sürətlə çatdıracaq," deyə nazir müavini ${who.az} bildirdi.`,
    titles: ["Dəmir yolu yükdaşıması haqqında Anlaşma Memorandumu", "Gömrük əməkdaşlığı haqqında Protokol"],
    quote: "Bu dəhliz mallarımızı Avropaya həmişəkindən daha sürətlə çatdıracaq.",
    original: who.en,
    speaker: who.az === who.en ? undefined : who.az,
  },
  {
    language: "ar",
    label: "Arabic (ar)",
    headline: `الوزراء يوقعون اتفاقية للنقل ${tag}`,
    summary: "اتفقت الوزارتان على التعاون في نقل البضائع بالسكك الحديدية وفي الجمارك.",
    body:
      "التقى وزيرا أذربيجان وجورجيا في العاصمة ووقعا مذكرة التفاهم بشأن نقل البضائع بالسكك الحديدية، " +
      "كما وقعا البروتوكول بشأن التعاون الجمركي.\n\n" +
      `"سينقل هذا الممر بضائعنا إلى أوروبا أسرع من أي وقت مضى،" قالت نائبة الوزير ${who.en}.`,
    titles: ["مذكرة التفاهم بشأن نقل البضائع بالسكك الحديدية", "البروتوكول بشأن التعاون الجمركي"],
    quote: "سينقل هذا الممر بضائعنا إلى أوروبا أسرع من أي وقت مضى.",
    original: who.en,
  },
];

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test("issue 14: an Azerbaijani and an Arabic translation, published through review, link each other; Arabic reads right to left; a new edition of the original makes them outdated", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const tag = unique("tr");
  // A speaker of this test's own: the Azerbaijani name written here becomes how new Azerbaijani
  // translations name her, which other tests must not see.
  const surname = `Mammadova${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 4)}`;
  const who = { en: `Leyla ${surname}`, az: `Leyla Məmmədova-${surname}` };
  const sample = sampleRelease(unique("Ministers sign transport pact, translated"));
  const data = {
    ...sample,
    body: sample.body.replace("Leyla Mammadova", who.en),
    quotes: [{ ...sample.quotes[0]!, speaker: who.en }],
  };
  const { editorPage, editUrl } = await publishThroughReview(browser, data);
  const { slug } = (await releaseByHeadline(data.headline))!;
  const [az, ar] = translations(tag, who);
  const translationUrls = [];
  for (const t of [az!, ar!]) translationUrls.push(await addAndPublishTranslation(browser, editUrl, t));

  // Each of the three pages links all three, with x-default for the original, and a switcher in their own names.
  const paths = { en: `/releases/${slug}`, az: `/az/releases/${slug}`, ar: `/ar/releases/${slug}` };
  for (const [language, path] of Object.entries(paths)) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    for (const [other, otherPath] of Object.entries(paths))
      await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute(
        "href",
        new RegExp(`${otherPath.replace(/[/.]/g, "\\$&")}$`),
      );
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
      "href",
      new RegExp(`${paths.en.replace(/[/.]/g, "\\$&")}$`),
    );
    // The switcher is named in the page's language (reader chrome, messages/<language>.json).
    const switcherName = { en: "Languages", az: "Dillər", ar: "اللغات" }[language]!;
    const switcher = page.getByRole("navigation", { name: switcherName });
    for (const name of ["English", "Azərbaycan dili", "العربية"]) await expect(switcher).toContainText(name);
  }

  // The Azerbaijani page: its own words, its quote marked as translated, JSON-LD saying so.
  await page.goto(paths.az);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(az!.headline);
  // "Translated from English" in Azerbaijani (reader chrome, messages/az.json).
  await expect(page.locator(".quote-translated").first()).toHaveText(/ingilis dilindən tərcümə/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd.inLanguage).toBe("az");
  expect(jsonLd.translationOfWork).toMatchObject({ inLanguage: "en" });
  expect(jsonLd.translationOfWork.url).toMatch(new RegExp(`${paths.en.replace(/[/.]/g, "\\$&")}$`));
  // The speaker is named as Azerbaijani writes her name: the same person (same page), her name in this language.
  const quoteIndex = page.locator(".quote-index");
  await expect(quoteIndex).toContainText(who.az);
  await expect(quoteIndex).not.toContainText(who.en);
  const quotation = (jsonLd.hasPart as Array<{ "@type": string; creator?: { name: string } }>).find(
    (part) => part["@type"] === "Quotation",
  );
  expect(quotation?.creator?.name).toBe(who.az);

  // The open API: ?lang=az is the translation, every version links the others; ninjs says its language.
  const api = await (await page.request.get(`/api/v1/releases/${slug}?lang=az`)).json();
  expect(api.language).toBe("az");
  expect(api.headline).toBe(az!.headline);
  expect(api.url).toMatch(new RegExp(`${paths.az.replace(/[/.]/g, "\\$&")}$`));
  expect(api.translations.map((v: { language: string }) => v.language)).toEqual(["en", "ar", "az"]);
  const ninjs = await (await page.request.get(`/api/v1/releases/${slug}?lang=ar&format=ninjs`)).json();
  expect(ninjs.language).toBe("ar");
  expect((await page.request.get(`/api/v1/releases/${slug}?lang=xx`)).status()).toBe(400);

  // Arabic: right to left, and nothing wider than a phone's screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(paths.ar);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ar!.headline);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // The original is corrected and published again: both translations are outdated until updated or confirmed.
  await editorPage.goto(editUrl);
  await field(editorPage, "Change note").fill("Corrected the summary.");
  await field(editorPage, "Summary").fill("Two ministries agree on rail freight, customs and transit cooperation.");
  await editorPage.getByRole("button", { name: "Save draft" }).click();
  await expect(editorPage.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await editorPage.getByRole("button", { name: "Submit for review" }).click();
  await expect(editorPage.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  await admin.goto(editUrl);
  await admin.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  const versions = admin.getByRole("region", { name: "Translations" }).getByRole("list", { name: "Language versions" });
  await expect(versions).toContainText("AZ outdated");
  await expect(versions).toContainText("AR outdated");

  // On the translation: the flag, the way to the original's changes, and "Mark as up to date".
  await admin.goto(translationUrls[0]!);
  const outdated = admin.locator("#translation-outdated");
  await expect(outdated).toContainText("Translation outdated");
  await expect(outdated.getByRole("link", { name: "See what changed in the original" })).toBeVisible();
  await outdated.getByRole("button", { name: "Mark as up to date" }).click();
  await expect(admin.locator("#translation-outdated")).toHaveCount(0);
  await expect(
    admin.getByRole("region", { name: "Translations" }).getByRole("list", { name: "Language versions" }),
  ).toContainText("AR outdated");
});

test("issue 14: a translation cannot be published before its original", async ({ browser }) => {
  test.setTimeout(120_000);
  const writer = await (await browser.newContext()).newPage();
  await signIn(writer, "writer");
  const data = sampleRelease(unique("Untranslated yet"));
  await writer.goto("/admin/releases/new");
  await fillRelease(writer, data);
  await writer.getByRole("button", { name: "Save draft" }).click();
  await expect(writer.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const originalId = new URL(writer.url()).pathname.split("/").pop()!;
  const section = writer.getByRole("region", { name: "Translations" });
  await section.getByLabel("Language", { exact: true }).selectOption({ label: "Russian (ru)" });
  await section.getByRole("button", { name: "Add translation" }).click();
  // The translation opens in the editor: another release's page.
  await expect(writer).toHaveURL(new RegExp(`/admin/releases/(?!${originalId})[^/?]+$`));
  await writer.getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  const translationUrl = writer.url().replace(/\?.*$/, "");

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor");
  await editor.goto(translationUrl);
  await editor.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editor.getByText("A translation cannot be published before its original")).toBeVisible();
  const { slug } = (await releaseByHeadline(data.headline))!;
  expect((await editor.request.get(`/ru/releases/${slug}`)).status()).toBe(404);
});

/** Fails on serious and critical axe violations, as e2e/accessibility.spec.ts does. */
async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(blocking, `${label}: axe violations`).toEqual([]);
}

const chinese = (tag: string): Translation => ({
  language: "zh",
  label: "Chinese (zh)",
  headline: `部长们签署运输协定 ${tag}`,
  summary: "两个部委就铁路货运和海关合作达成一致。",
  body:
    // Book-title marks around the titles: the consistency check matches whole words, and Chinese has no spaces.
    "阿塞拜疆和格鲁吉亚两国部长在首都会面，签署了《关于铁路货运的谅解备忘录》和《关于海关合作的议定书》。\n\n" +
    '"这条走廊将比以往任何时候都更快地把我们的货物运往欧洲。" Leyla Mammadova 副部长说。',
  titles: ["关于铁路货运的谅解备忘录", "关于海关合作的议定书"],
  quote: "这条走廊将比以往任何时候都更快地把我们的货物运往欧洲。",
  original: "Leyla Mammadova",
});

// The reader chrome of each translation, in its language (messages/<language>.json and Intl): the sample
// release is dated 14 March 2025 16:30 at UTC+04:00 in Baku, names Azerbaijan and Georgia, and has a
// Memorandum of Understanding first.
const CHROME = {
  az: {
    skip: "Məzmuna keç",
    languages: "Dillər",
    dateline: "14 mart 2025 16:30 (UTC+04:00)",
    issuedBy: "Yayımlayan: Ministry of Transport",
    source: "Mənbə: Press service",
    countries: "Ölkələr: Azərbaycan, Gürcüstan",
    agreements: "Sazişlər",
    type: "Anlaşma memorandumu",
    parties: "Tərəflər:",
    quoted: "Bu relizdəki sitatlar",
    quote: "Sitat 1",
    translated: "ingilis dilindən tərcümə",
    footer: "E-poçtla abunə olun",
  },
  ar: {
    skip: "انتقل إلى المحتوى",
    languages: "اللغات",
    dateline: "14 مارس 2025 16:30 (UTC+04:00)",
    issuedBy: "صادر عن Ministry of Transport",
    source: "المصدر: Press service",
    countries: "الدول: أذربيجان، جورجيا",
    agreements: "الاتفاقيات",
    type: "مذكرة تفاهم",
    parties: "الأطراف:",
    quoted: "اقتباسات في هذا البيان",
    quote: "الاقتباس 1",
    translated: "مترجم من الإنجليزية",
    footer: "اشترك عبر البريد الإلكتروني",
  },
  zh: {
    skip: "跳至内容",
    languages: "语言",
    dateline: "2025年3月14日 16:30（UTC+04:00）",
    issuedBy: "发布机构： Ministry of Transport",
    source: "来源： Press service",
    countries: "国家： 阿塞拜疆、格鲁吉亚",
    agreements: "协议",
    type: "谅解备忘录",
    parties: "缔约方：",
    quoted: "本新闻稿中的引语",
    quote: "引语 1",
    translated: "译自英语",
    footer: "通过电子邮件订阅",
  },
};

test("issue 14: a translation's reader chrome is in its language (Azerbaijani, Arabic right to left, Chinese), so is a 404 under a language, and axe finds nothing serious on the Arabic and Chinese pages", async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);
  const tag = unique("chrome");
  const data = sampleRelease(unique("Ministers sign transport pact, chrome"));
  const { editUrl } = await publishThroughReview(browser, data);
  const { slug } = (await releaseByHeadline(data.headline))!;
  const [az, ar] = translations(tag);
  for (const t of [az!, ar!, chinese(tag)]) await addAndPublishTranslation(browser, editUrl, t);

  for (const [language, words] of Object.entries(CHROME)) {
    const path = `/${language}/releases/${slug}`;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expect(page.locator("html")).toHaveAttribute("dir", language === "ar" ? "rtl" : "ltr");
    await expect(page.locator(".skip-link")).toHaveText(words.skip);
    await expect(page.getByRole("navigation", { name: words.languages })).toBeVisible();
    const meta = page.locator(".article-meta");
    await expect(meta.locator(".dateline")).toContainText(words.dateline);
    for (const text of [words.issuedBy, words.source, words.countries]) await expect(meta).toContainText(text);
    await expect(page.getByRole("heading", { level: 2, name: words.agreements })).toBeVisible();
    await expect(page.locator(".agreement-type").first()).toHaveText(words.type);
    await expect(page.locator(".agreement-parties").first()).toContainText(words.parties);
    const index = page.getByRole("region", { name: words.quoted });
    await expect(index.getByRole("link", { name: words.quote, exact: true })).toBeVisible();
    await expect(page.locator(".quote-translated").first()).toContainText(words.translated);
    await expect(page.locator(".site-footer")).toContainText(words.footer);
    // No English chrome left on the page.
    for (const english of ["Issued by", "Agreements", "Quoted in this release", "Translated from", "Skip to content"])
      await expect(page.locator("body")).not.toContainText(english);
    if (language !== "az") await expectAccessible(page, path);
  }

  // A 404 under a language is in that language; the English original keeps its English chrome.
  const missing = await page.goto(`/ar/releases/no-such-release-${tag}`);
  expect(missing?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
  await page.goto(`/az/no-such-page-${tag}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Səhifə tapılmadı");
  await page.goto(`/releases/${slug}`);
  await expect(page.locator(".article-meta")).toContainText("Issued by Ministry of Transport");
  await expect(page.getByRole("region", { name: "Quoted in this release" })).toBeVisible();
  await expect(page.locator(".skip-link")).toHaveText("Skip to content");
});

test("issue 14: the import page sets Language from the pasted text, and the draft is written in it", async ({
  page,
}) => {
  await signIn(page, "writer");
  await page.goto("/admin/releases/import");
  const headline = unique("Nazirlər anlaşma memorandumu imzaladılar");
  await page
    .getByLabel("Raw text", { exact: true })
    .fill(
      `${headline}\n\nBAKI, 14 mart 2025 – Azərbaycan və Gürcüstan nazirləri paytaxtda görüşdülər və anlaşma memorandumu ` +
        "imzaladılar. Tərəflər ticarətin artdığını və yeni yük marşrutları ilə böyüməyə davam edəcəyini bildirdilər.",
    );
  await page.getByRole("button", { name: "Extract", exact: true }).click();
  const language = page.getByLabel("Language", { exact: true });
  await expect(language).toHaveValue("az");
  await expect(language.locator("option:checked")).toHaveText("Azerbaijani (az)");
});
