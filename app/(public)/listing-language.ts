import type { Metadata } from "next";
import { FEED_ALTERNATES } from "@/lib/domain/feeds";
import { readerMessages } from "@/lib/i18n/messages";
import { siteUrl } from "@/lib/site";

// Issue 14: what the public listings (/ and /agreements, and per language /az and /az/agreements)
// share about their language: where its pages are, and the metadata that links the language homes to
// each other (hreflang) and to their feeds. Which language a path segment names is segmentLanguage()
// (lib/domain/languages.ts), the same rule for every /<language>/… address.

/** The path of a listing page in a language ("/az", "/az/agreements"), or the originals' ("/", "/agreements"). */
export function listingPath(language: string | null, page: "" | "agreements" = ""): string {
  if (!language) return `/${page}`;
  return page ? `/${language}/${page}` : `/${language}`;
}

/** The language homes to link: every language readers can read a release in, and the page's own. */
export function homeLanguages(available: readonly string[], current: string | null): string[] {
  return [...new Set(current ? [...available, current] : available)].sort();
}

/**
 * Title, hreflang alternates (each language's version of this listing, `/` or /agreements as
 * x-default) and the feeds of the page's language.
 */
export async function listingMetadata(
  language: string | null,
  page: "" | "agreements",
  languages: readonly string[],
): Promise<Metadata> {
  const { t } = readerMessages(language ?? "en");
  const site = await siteUrl();
  const alternates: Record<string, string> = {};
  for (const code of homeLanguages(languages, language)) alternates[code] = `${site}${listingPath(code, page)}`;
  alternates["x-default"] = `${site}${listingPath(null, page)}`;
  const types = language
    ? {
        "application/atom+xml": [{ url: `/${language}/feed.xml`, title: t("listing.feedTitle") }],
        "application/rss+xml": [{ url: `/${language}/rss.xml`, title: t("listing.rssTitle") }],
      }
    : FEED_ALTERNATES;
  return {
    ...(page === "agreements" ? { title: t("release.agreements") } : language ? { title: t("listing.title") } : {}),
    alternates: { languages: alternates, types },
  };
}
