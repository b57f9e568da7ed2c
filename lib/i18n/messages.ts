import { createTranslator } from "use-intl/core";
import ar from "../../messages/ar.json";
import az from "../../messages/az.json";
import en from "../../messages/en.json";
import ru from "../../messages/ru.json";
import zh from "../../messages/zh.json";
import type { AgreementTypeValue } from "../domain/agreement-types";
import { countryName } from "../domain/countries";
import { formatUtcOffset, type DatelineOffset } from "../domain/dateline";
import { languageDirection, languageName } from "../domain/languages";
import type { BodyLabels } from "./body-labels";

// Issue 14: the reader chrome (labels, dates, country and language names) in the page's language.
// The words are in the catalogs in messages/, read through use-intl's createTranslator (ICU messages,
// the core of next-intl, without its plugin or middleware: the page already knows its language);
// dates and names come from Intl in that language. English stays exactly what the pages said before:
// its dates are en-GB ("4 July 2024") and its country names the official ones of lib/domain/countries.

export type ReaderCatalog = typeof en;

/** Every catalog has English's shape: a key missing from one is a type error here (and a unit-test failure). */
export const CATALOGS = { en, az, ru, ar, zh } satisfies Record<string, ReaderCatalog>;

export type ReaderLanguage = keyof typeof CATALOGS;
export const READER_LANGUAGES = Object.keys(CATALOGS) as ReaderLanguage[];

/** The catalog for a page in `code`: its own, or English for a language that has none yet. */
export function readerLanguage(code: string): ReaderLanguage {
  return Object.hasOwn(CATALOGS, code) ? (code as ReaderLanguage) : "en";
}

// Intl's locale for a catalog: British English writes "4 July 2024", as the pages always have.
const intlLocale = (lang: ReaderLanguage) => (lang === "en" ? "en-GB" : lang);

function chromeOf(lang: ReaderLanguage) {
  const t = createTranslator({ locale: lang, messages: CATALOGS[lang] });
  const locale = intlLocale(lang);
  // Calendar days and datelines are shifted to the writer's wall clock first, then read as UTC.
  const dayFormat = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const timeFormat = new Intl.DateTimeFormat(locale, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  });
  const regions = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  const languages = new Intl.DisplayNames([locale], { type: "language", fallback: "none" });
  // A place left in Latin letters ("Baku") on a right-to-left page is isolated (FSI … PDI), so the
  // bidi algorithm does not pull the day's digits into its run ("Baku، 14" shown as "14 ،Baku").
  const place = (name: string) => (languageDirection(lang) === "rtl" ? `\u2068${name}\u2069` : name);
  const languageIn = (code: string) =>
    lang === "en" ? languageName(code) : (languages.of(code) ?? languageName(code));

  return {
    lang,
    t,
    /** "4 July 2024" / "4 iyul 2024" / "2024年7月4日", of the UTC calendar day. */
    day: (date: Date) => dayFormat.format(date),
    /**
     * "Baku, 4 July 2024 09:00 (UTC+04:00)": the writer's wall clock, in the reader's language; the date
     * alone for a date-only dateline (null offset, issue 15).
     */
    dateline(instant: Date, offsetMinutes: DatelineOffset, where: string | null): string {
      const local = new Date(instant.getTime() + (offsetMinutes ?? 0) * 60_000);
      const when =
        offsetMinutes === null
          ? dayFormat.format(local)
          : t("release.dateline", {
              date: dayFormat.format(local),
              time: timeFormat.format(local),
              offset: formatUtcOffset(offsetMinutes),
            });
      return where ? t("release.datelineWithPlace", { place: place(where), when }) : when;
    },
    /** "AZ" → "Azerbaijan" / "Азербайджан"; the English name when Intl has none. */
    country: (code: string) => (lang === "en" ? countryName(code) : (regions.of(code) ?? countryName(code))),
    agreementType: (type: AgreementTypeValue) => t(`agreementTypes.${type}`),
    /** A translated quote's note: "Translated from Azerbaijani", the language named in the reader's. */
    translatedFrom: (code: string) => t("quotes.translatedFrom", { language: languageIn(code), from: code }),
    bodyLabels: {
      quotedInThisRelease: t("quotes.quotedInThisRelease"),
      quote: (n: number) => t("quotes.quote", { n }),
      linkToQuote: (n: number) => t("quotes.linkToQuote", { n }),
    } satisfies BodyLabels,
  };
}

export type ReaderChrome = ReturnType<typeof chromeOf>;

// One per language for the process: translators and Intl formatters are pure and costly to build.
const chromes = new Map<ReaderLanguage, ReaderChrome>();

/** The reader chrome for a page in `code` (English for a language without a catalog). */
export function readerMessages(code: string): ReaderChrome {
  const lang = readerLanguage(code);
  let chrome = chromes.get(lang);
  if (!chrome) chromes.set(lang, (chrome = chromeOf(lang)));
  return chrome;
}
