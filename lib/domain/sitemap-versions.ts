// Issue 14: a stub for the failing tests of sitemaps with language versions (built in the next commit).
import type { SitemapUrl } from "./feeds";

export interface SitemapVersion {
  language: string;
  path: string;
  lastModified: Date;
  original: boolean;
}

export function hreflangAlternates(_siteUrl: string, _versions: readonly SitemapVersion[]) {
  return [] as Array<{ hreflang: string; href: string }>;
}

export function familySitemapUrls(
  _siteUrl: string,
  _families: ReadonlyArray<readonly SitemapVersion[]>,
  _maxUrls = 50_000,
): SitemapUrl[] {
  return [];
}
