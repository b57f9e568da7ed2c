import { describe, expect, it } from "vitest";
import { AGREEMENT_TYPES, AGREEMENT_TYPE_LABELS } from "../domain/agreement-types";
import { countryName } from "../domain/countries";
import { formatDateline } from "../domain/dateline";
import { ENGLISH_BODY_LABELS } from "./body-labels";
import { CATALOGS, READER_LANGUAGES, readerLanguage, readerMessages } from "./messages";

// Issue 14: the reader chrome in the page's language, from the catalogs in messages/.

/** Every leaf's dotted path ("release.issuedBy"), for comparing catalogs key by key. */
function keysOf(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("reader message catalogs", () => {
  it("has a catalog for English, Azerbaijani, Russian, Arabic and Chinese", () => {
    expect([...READER_LANGUAGES].sort()).toEqual(["ar", "az", "en", "ru", "zh"]);
  });

  it.each(READER_LANGUAGES.filter((l) => l !== "en"))("%s has every English key and no other", (lang) => {
    const english = keysOf(CATALOGS.en).sort();
    const catalog = keysOf(CATALOGS[lang]).sort();
    expect(
      english.filter((k) => !catalog.includes(k)),
      `missing in ${lang}`,
    ).toEqual([]);
    expect(
      catalog.filter((k) => !english.includes(k)),
      `only in ${lang}`,
    ).toEqual([]);
  });

  it.each(READER_LANGUAGES)("every %s message is a non-empty string", (lang) => {
    for (const key of keysOf(CATALOGS[lang])) {
      const value = key
        .split(".")
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], CATALOGS[lang]);
      expect(typeof value === "string" && value.trim() !== "", `${lang} ${key}`).toBe(true);
    }
  });

  it("a language without a catalog reads the English chrome", () => {
    expect(readerLanguage("kk")).toBe("en");
    expect(readerLanguage("ar")).toBe("ar");
    expect(readerMessages("kk").t("release.agreements")).toBe("Agreements");
  });
});

describe("readerMessages", () => {
  const at = new Date("2024-07-04T05:00:00Z"); // 09:00 in Baku (UTC+04:00)

  it("keeps the English chrome exactly as it was", () => {
    const en = readerMessages("en");
    expect(en.t("release.issuedBy")).toBe("Issued by");
    expect(en.t("quotes.quote", { n: 3 })).toBe("Quote 3");
    expect(en.t("release.updated", { date: en.day(at) })).toBe("Updated 4 July 2024:");
    expect(en.translatedFrom("az")).toBe("Translated from Azerbaijani");
    expect(en.country("AZ")).toBe(countryName("AZ"));
    expect(en.country("US")).toBe(countryName("US"));
    for (const type of AGREEMENT_TYPES) expect(en.agreementType(type)).toBe(AGREEMENT_TYPE_LABELS[type]);
    // The dateline as formatDateline wrote it, for every month, both halves of the day and offsets either side.
    for (let month = 0; month < 12; month++)
      for (const [hour, offset] of [
        [0, 240],
        [13, -330],
        [23, 0],
      ] as const) {
        const instant = new Date(Date.UTC(2025, month, 9, hour, 7));
        expect(en.dateline(instant, offset, null)).toBe(formatDateline(instant, offset, null));
        expect(en.dateline(instant, offset, "Baku")).toBe(formatDateline(instant, offset, "Baku"));
      }
  });

  it("writes dates, country and language names in the reader's language", () => {
    const az = readerMessages("az");
    expect(az.day(at)).toBe("4 iyul 2024");
    expect(az.dateline(at, 240, "Bakı")).toBe("Bakı, 4 iyul 2024 09:00 (UTC+04:00)");
    expect(az.country("CN")).toBe("Çin");
    expect(az.translatedFrom("en")).toBe("ingilis dilindən tərcümə");

    const ru = readerMessages("ru");
    expect(ru.day(at)).toMatch(/^4 июля 2024/);
    expect(ru.country("AZ")).toBe("Азербайджан");
    expect(ru.translatedFrom("en")).toBe("Перевод с английского языка");
    expect(ru.translatedFrom("he")).toBe("Перевод с иврита");

    const ar = readerMessages("ar");
    expect(ar.t("release.issuedBy")).toBe("صادر عن");
    expect(ar.day(at)).toMatch(/يوليو/);
    expect(ar.dateline(at, 240, "باكو")).toMatch(/^\u2068باكو\u2069، .*يوليو.*\(UTC\+04:00\)$/);
    expect(ar.dateline(at, 240, "Baku")).toMatch(/^\u2068Baku\u2069، 4/);
    expect(ar.country("AZ")).toBe("أذربيجان");
    expect(ar.translatedFrom("en")).toBe("مترجم من الإنجليزية");

    const zh = readerMessages("zh");
    expect(zh.day(at)).toBe("2024年7月4日");
    expect(zh.country("AZ")).toBe("阿塞拜疆");
    expect(zh.translatedFrom("az")).toBe("译自阿塞拜疆语");
    expect(zh.agreementType("MEMORANDUM_OF_UNDERSTANDING")).toBe("谅解备忘录");
  });

  it("the quote index's labels come from the catalog", () => {
    const labels = readerMessages("ru").bodyLabels;
    expect(labels.quotedInThisRelease).toBe("Цитаты в этом релизе");
    expect(labels.quote(2)).toBe("Цитата 2");
    expect(labels.linkToQuote(2)).toBe("Ссылка на цитату 2");
  });
});

describe("the quote index's English default", () => {
  it("says what messages/en.json says", () => {
    const en = readerMessages("en").bodyLabels;
    expect(ENGLISH_BODY_LABELS.quotedInThisRelease).toBe(en.quotedInThisRelease);
    for (const n of [1, 2, 12]) {
      expect(ENGLISH_BODY_LABELS.quote(n)).toBe(en.quote(n));
      expect(ENGLISH_BODY_LABELS.linkToQuote(n)).toBe(en.linkToQuote(n));
    }
  });
});
