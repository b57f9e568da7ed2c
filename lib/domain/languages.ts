// Issue 14: the languages a release can be written in. BCP 47 codes (lower-case language subtag, a
// script or region subtag where press offices need one), each with its English name (the editor's
// select and "Translated from …" in English), its own name (the readers' language switcher lists
// versions by their own names) and its writing direction (<html dir>). A closed list rather than any
// tag: every code here is known to the share image's fonts and has a text-search configuration.

export type TextDirection = "ltr" | "rtl";

export interface Language {
  code: string;
  /** English name: the editor's select, and the English reader chrome. */
  name: string;
  /** The language's own name: the readers' language switcher. */
  nativeName: string;
  dir: TextDirection;
}

const language = (code: string, name: string, nativeName: string, dir: TextDirection = "ltr"): Language => ({
  code,
  name,
  nativeName,
  dir,
});

export const LANGUAGES: readonly Language[] = [
  language("en", "English", "English"),
  language("az", "Azerbaijani", "Azərbaycan dili"),
  language("ru", "Russian", "Русский"),
  language("ar", "Arabic", "العربية", "rtl"),
  language("zh", "Chinese", "中文"),
  language("kk", "Kazakh", "Қазақ тілі"),
  language("be", "Belarusian", "Беларуская"),
  language("uk", "Ukrainian", "Українська"),
  language("ka", "Georgian", "ქართული"),
  language("tr", "Turkish", "Türkçe"),
  language("uz", "Uzbek", "Oʻzbekcha"),
  language("fa", "Persian", "فارسی", "rtl"),
  language("he", "Hebrew", "עברית", "rtl"),
  language("ur", "Urdu", "اردو", "rtl"),
  language("fr", "French", "Français"),
  language("de", "German", "Deutsch"),
  language("es", "Spanish", "Español"),
  language("pt", "Portuguese", "Português"),
  language("it", "Italian", "Italiano"),
  language("ja", "Japanese", "日本語"),
  language("ko", "Korean", "한국어"),
];

const BY_CODE = new Map(LANGUAGES.map((l) => [l.code, l]));

/** The language of a code, if it is one of ours (codes are compared in lower case). */
export function languageOf(code: string | null | undefined): Language | undefined {
  return code ? BY_CODE.get(code.trim().toLowerCase()) : undefined;
}

export function isLanguageCode(code: string): boolean {
  return BY_CODE.has(code);
}

export function languageName(code: string): string {
  return BY_CODE.get(code)?.name ?? code;
}

export function languageDirection(code: string): TextDirection {
  return BY_CODE.get(code)?.dir ?? "ltr";
}

/** The path segment of a language in public URLs (/az/releases/…): its code. */
export const LANGUAGE_SEGMENT = /^[a-z]{2,3}$/;

/** The language a public URL's first segment names (/az, /az/…), when it is one of ours; else null (a 404). */
export function segmentLanguage(segment: string): string | null {
  return LANGUAGE_SEGMENT.test(segment) && isLanguageCode(segment) ? segment : null;
}
