// oEmbed (https://oembed.com) for release pages: which URLs name a release, and the response for one.
// Pure: the route handler does the request parsing and the database read.
import { escapeHtml } from "./escape-html";

const RELEASE_PATH = /^\/releases\/([a-z0-9-]{1,120})\/?$/;

/**
 * The release slug a URL names, or null when it is not a release page of this site. Only the
 * site's own origin counts: a consumer asking about another host's /releases/x gets a 404, not our
 * release. Query and fragment (e.g. a quote permalink, #quote-2) are ignored.
 */
export function releaseSlugFromUrl(url: URL, siteOrigin: string): string | null {
  if (url.origin !== new URL(siteOrigin).origin) return null;
  return RELEASE_PATH.exec(url.pathname)?.[1] ?? null;
}

/** The URL the `url` parameter gives, or null when it is not an absolute http(s) URL. */
export function parseEmbedUrl(value: string | null): URL | null {
  if (!value || value.length > 2048) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

export interface OEmbedRelease {
  headline: string;
  issuer: string;
  /** The formatted dateline ("Baku, 4 July 2024 09:00 (UTC+04:00)"). */
  dateline: string;
  description: string;
  pageUrl: string;
  imageUrl: string;
}

export interface OEmbedProvider {
  name: string;
  url: string;
}

const DEFAULT_WIDTH = 600;

/**
 * A "rich" response: a self-contained blockquote card linking back to the release. Every piece of
 * text is HTML-escaped, because consumers paste `html` into their pages as it is.
 */
export function oembedResponse(release: OEmbedRelease, provider: OEmbedProvider, maxWidth?: number) {
  const width = maxWidth ? Math.min(maxWidth, DEFAULT_WIDTH) : DEFAULT_WIDTH;
  const html =
    `<blockquote class="pressroom-embed" cite="${escapeHtml(release.pageUrl)}">` +
    `<p><a href="${escapeHtml(release.pageUrl)}">${escapeHtml(release.headline)}</a></p>` +
    (release.description ? `<p>${escapeHtml(release.description)}</p>` : "") +
    `<footer>${escapeHtml(release.issuer)} · ${escapeHtml(release.dateline)} · ${escapeHtml(provider.name)}</footer>` +
    `</blockquote>`;
  return {
    version: "1.0",
    type: "rich",
    title: release.headline,
    author_name: release.issuer,
    provider_name: provider.name,
    provider_url: provider.url,
    html,
    width,
    // The card's height depends on the consumer's fonts; null is the usual "fits its content".
    height: null,
    thumbnail_url: release.imageUrl,
    thumbnail_width: 1200,
    thumbnail_height: 630,
    cache_age: 3600,
  };
}
