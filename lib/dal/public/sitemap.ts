import "server-only";
import type { SitemapVersion } from "../../domain/sitemap-versions";

// Issue 14: a stub for the failing tests of the sitemaps' reads (built in the next commit).

export interface NewsVersion {
  language: string;
  path: string;
  headline: string;
  publishedAt: Date;
}

export async function listSitemapFamilies(): Promise<SitemapVersion[][]> {
  return [];
}

export async function listNewsVersions(): Promise<NewsVersion[]> {
  return [];
}
