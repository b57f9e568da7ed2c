// Issue 14: the language versions of a release as crawlers are told of them. Google's format for
// localized pages in a sitemap: every version has its own <url>, and each of those lists every version
// (itself included) as an xhtml:link rel="alternate" hreflang, plus x-default for the original, the
// version for readers whose language none of them is. The release pages say the same with <link
// rel="alternate" hreflang> (app/(public)/releases/[slug]/release-page.tsx). Pure.
import type { SitemapUrl } from "./sitemaps";

/** One public version of a release: its language, page path and last public change. */
export interface SitemapVersion {
  language: string;
  path: string;
  lastModified: Date;
  original: boolean;
}

export interface HreflangAlternate {
  hreflang: string;
  href: string;
}

/** The sitemaps protocol's limit of URLs in one sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * Every version of one release (the original first) with x-default for the original; none for a
 * release in one language (an alternate needs another version to point at).
 */
export function hreflangAlternates(
  siteUrl: string,
  versions: ReadonlyArray<Pick<SitemapVersion, "language" | "path" | "original">>,
): HreflangAlternate[] {
  if (versions.length < 2) return [];
  const alternates = versions.map((v) => ({ hreflang: v.language, href: `${siteUrl}${v.path}` }));
  const original = versions.find((v) => v.original);
  return original ? [...alternates, { hreflang: "x-default", href: `${siteUrl}${original.path}` }] : alternates;
}

/**
 * The sitemap's <url>s for releases given as families (each an original and its public translations),
 * newest first. A family that would take the sitemap past `maxUrls` is left out whole, with every one
 * after it: a version listed without the others its alternates name would be half a family.
 */
export function familySitemapUrls(
  siteUrl: string,
  families: ReadonlyArray<readonly SitemapVersion[]>,
  maxUrls = SITEMAP_MAX_URLS,
): SitemapUrl[] {
  const urls: SitemapUrl[] = [];
  for (const family of families) {
    if (urls.length + family.length > maxUrls) break;
    const alternates = hreflangAlternates(siteUrl, family);
    for (const v of family)
      urls.push({
        loc: `${siteUrl}${v.path}`,
        lastmod: v.lastModified,
        ...(alternates.length > 0 ? { alternates } : {}),
      });
  }
  return urls;
}
