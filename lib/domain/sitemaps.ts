// The crawlers' documents: the sitemap (with language alternates), the Google News sitemap and
// robots.txt. Pure: callers pass the URLs, the site and "now".
import { escapeXml, w3cDateTime } from "./xml-text";

export interface SitemapUrl {
  loc: string;
  lastmod?: Date | null;
  /** Issue 14: the release's language versions (lib/domain/sitemap-versions.ts), this one included. */
  alternates?: ReadonlyArray<{ hreflang: string; href: string }>;
}

const XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

export function buildSitemap(urls: SitemapUrl[]): string {
  const body = urls
    .map((u) => {
      const lastmod = u.lastmod ? `    <lastmod>${w3cDateTime(u.lastmod)}</lastmod>\n` : "";
      const links = (u.alternates ?? [])
        .map(
          (a) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>\n`,
        )
        .join("");
      return `  <url>\n    <loc>${escapeXml(u.loc)}</loc>\n${lastmod}${links}  </url>\n`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="${XHTML_NAMESPACE}">\n${body}</urlset>\n`;
}

/** Google News takes articles published in the last two days, at most 1 000 per sitemap. */
const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_SITEMAP_LIMIT = 1000;

export function newsWindowStart(now: Date): Date {
  return new Date(now.getTime() - NEWS_WINDOW_MS);
}

export interface NewsItem {
  loc: string;
  title: string;
  /** First publication. */
  published: Date;
  /** Issue 14: the version's language (BCP 47); the publication's when absent. */
  language?: string;
}

/** The items inside the window ending at `now` (future ones excluded too), newest first, at most 1 000. */
export function newsSitemapItems(items: NewsItem[], now: Date): NewsItem[] {
  const start = newsWindowStart(now).getTime();
  return items
    .filter((i) => i.published.getTime() >= start && i.published.getTime() <= now.getTime())
    .sort((a, b) => b.published.getTime() - a.published.getTime())
    .slice(0, NEWS_SITEMAP_LIMIT);
}

/**
 * A language as Google News names it: the ISO 639 code, except Chinese, which it wants as zh-cn
 * (Simplified) or zh-tw (Traditional). Our "zh" is Simplified (its reader chrome and share-image font).
 */
export function newsLanguage(code: string): string {
  return code === "zh" ? "zh-cn" : code;
}

export function buildNewsSitemap(
  items: NewsItem[],
  publication: { name: string; language: string },
  now: Date,
): string {
  const name = escapeXml(publication.name);
  const body = newsSitemapItems(items, now)
    .map(
      (i) =>
        `  <url>\n    <loc>${escapeXml(i.loc)}</loc>\n    <news:news>\n      <news:publication>\n        <news:name>${name}</news:name>\n` +
        `        <news:language>${escapeXml(newsLanguage(i.language ?? publication.language))}</news:language>\n      </news:publication>\n` +
        `      <news:publication_date>${w3cDateTime(i.published)}</news:publication_date>\n      <news:title>${escapeXml(i.title)}</news:title>\n    </news:news>\n  </url>\n`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${body}</urlset>\n`
  );
}

// ---------- robots.txt ----------

/** Everything public may be crawled; the editor, the API, preview links and the login page may not. */
export function buildRobotsTxt(siteUrl: string): string {
  return [
    "User-agent: *",
    "Allow: /",
    "Disallow: /admin",
    "Disallow: /api/",
    "Disallow: /preview/",
    "Disallow: /login",
    "",
    `Sitemap: ${siteUrl}/sitemap.xml`,
    `Sitemap: ${siteUrl}/news-sitemap.xml`,
    "",
  ].join("\n");
}
