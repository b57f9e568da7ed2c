// Syndication documents for readers: Atom and RSS feeds (through the `feed` library); the crawlers'
// sitemaps and robots.txt are in ./sitemaps.ts. Pure: callers pass the releases, the site's URL and
// "now"; nothing here reads the database, the request or the clock.
import { Feed, type Item } from "feed";
import { isValidElement, type ReactNode } from "react";
import Markdown from "react-markdown";
import remarkGfm from "remark-gfm";
import { AGREEMENT_TYPE_LABELS, type AgreementTypeValue } from "./agreement-types";
import { countryName, isCountryCode } from "./countries";
import { markdownToText } from "./markdown-text";
import { leadImageShare, type ReaderMedia } from "./media/reader";
import { clean, escapeXml } from "./xml-text";

// ---------- inputs ----------

/** One published release as the feeds need it (lib/dal/public/feed.ts reads them). */
export interface FeedRelease {
  slug: string;
  /** The version's address (issue 14: /az/releases/<slug> for a translation); /releases/<slug> if absent. */
  path?: string;
  headline: string;
  /** Plain text; may be empty (an excerpt of the body stands in). */
  summary: string;
  /** Markdown source. */
  body: string;
  /** The issuing body: the entry's author. */
  issuer: string;
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  topics: string[];
  agreementTypes: AgreementTypeValue[];
  /** First publication of the release. */
  publishedAt: Date;
  /** Publication of the live edition (a correction moves it forward). */
  updatedAt: Date;
  /** Public corrections, newest first. */
  changes: Array<{ at: Date; note: string }>;
  /** The live edition's media (issue 13): its lead image becomes the entry's enclosure. */
  media?: ReaderMedia[];
}

export interface FeedChannel {
  /** The site's origin without a trailing slash. */
  siteUrl: string;
  siteName: string;
  /** Set for a per-country feed. */
  country: string | null;
  /** Issue 14: the feed of one language's versions (/az/feed.xml); English (/feed.xml) if absent. */
  language?: string;
  /** The feed's description in its language ("Press releases" if absent). */
  description?: string;
  /** The feed's <updated> when there are no entries (the element is required). */
  now: Date;
}

export type FeedFormat = "atom" | "rss";

export const FEED_LIMIT = 50;
export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: "application/atom+xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
};
const FEED_PATHS: Record<FeedFormat, string> = { atom: "/feed.xml", rss: "/rss.xml" };

// ---------- query parameters ----------

export type CountryFilter = { ok: true; country: string | null } | { ok: false; message: string };

/** `?country=AZ` → "AZ"; absent → null; anything that is not one ISO 3166-1 alpha-2 code → a message. */
export function parseCountryFilter(params: URLSearchParams): CountryFilter {
  const values = params.getAll("country");
  if (values.length === 0) return { ok: true, country: null };
  const code = values[0]!.trim().toUpperCase();
  if (values.length > 1 || !isCountryCode(code)) {
    return {
      ok: false,
      message: "Invalid country parameter: expected one ISO 3166-1 alpha-2 code such as ?country=AZ.\n",
    };
  }
  return { ok: true, country: code };
}

// ---------- text helpers ----------

// `feed` writes titles, summaries and content as CDATA. Escaped text can never contain "]]>", which
// would end the section early (the library only splits the first one).
function escapeHtmlText(text: string): string {
  return clean(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// ---------- Markdown → safe HTML ----------

const VOID_ELEMENTS = new Set(["br", "hr", "img", "input", "wbr"]);
const ATTRIBUTE_NAMES: Record<string, string> = {
  className: "class",
  colSpan: "colspan",
  rowSpan: "rowspan",
  href: "href",
  src: "src",
  alt: "alt",
  title: "title",
  start: "start",
  id: "id",
  type: "type",
  checked: "checked",
  disabled: "disabled",
};

function attributes(props: Record<string, unknown>): string {
  let out = "";
  for (const [key, value] of Object.entries(props)) {
    if (key === "children" || value === null || value === undefined || value === false) continue;
    if (key === "style" && typeof value === "object") {
      // GFM table alignment is the only style react-markdown produces.
      const align = (value as { textAlign?: unknown }).textAlign;
      if (typeof align === "string" && /^(left|right|center)$/.test(align)) out += ` style="text-align:${align}"`;
      continue;
    }
    const name = ATTRIBUTE_NAMES[key] ?? (/^(aria|data)-[a-z-]+$/.test(key) ? key : null);
    if (!name) continue;
    out +=
      value === true ? ` ${name}` : ` ${name}="${escapeXml(Array.isArray(value) ? value.join(" ") : String(value))}"`;
  }
  return out;
}

function serialize(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint")
    return escapeHtmlText(String(node));
  if (Array.isArray(node)) return node.map(serialize).join("");
  if (!isValidElement<Record<string, unknown>>(node)) return "";
  const { type, props } = node;
  const children = serialize(props.children as ReactNode);
  // Fragments (and any component) contribute only their children.
  if (typeof type !== "string" || !/^[a-z][a-z0-9]*$/.test(type)) return children;
  if (VOID_ELEMENTS.has(type)) return `<${type}${attributes(props)}>`;
  return `<${type}${attributes(props)}>${children}</${type}>`;
}

/**
 * The release body as HTML for feed readers, rendered exactly as the release page renders it
 * (react-markdown + GFM, raw HTML turned into text, unsafe URLs dropped). react-dom/server is not
 * available to route handlers (they run in the React Server Components layer), so the element tree
 * is serialised here, escaping every text and attribute value and keeping only known attributes.
 */
export function markdownToHtml(markdown: string): string {
  return serialize(Markdown({ children: markdown, remarkPlugins: [remarkGfm] }));
}

/** The summary, or when there is none the body's first paragraph as plain text (at most ~300 characters). */
export function summaryOrExcerpt(summary: string, markdown: string, max = 300): string {
  if (summary.trim()) return summary.trim();
  const firstParagraph = markdown.split(/\n\s*\n/).find((p) => p.trim()) ?? "";
  const text = markdownToText(firstParagraph);
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}

// ---------- feeds ----------

/** Topics, countries (by name) and agreement types, without repeats. */
export function feedCategories(release: Pick<FeedRelease, "topics" | "countries" | "agreementTypes">): string[] {
  const all = [
    ...release.topics,
    ...release.countries.map((code) => countryName(code)),
    ...release.agreementTypes.map((type) => AGREEMENT_TYPE_LABELS[type]),
  ];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const category of all) {
    // `feed` escapes only "&" and quotes in Atom attributes; a "<" there would make the XML malformed.
    const c = clean(category).replace(/[<>]/g, "").trim();
    if (!c || seen.has(c.toLowerCase())) continue;
    seen.add(c.toLowerCase());
    out.push(c);
  }
  return out;
}

function entryContent(release: FeedRelease): string {
  const notes = release.changes.map(
    (c) => `<p><em>Updated ${escapeHtmlText(c.at.toISOString().slice(0, 10))}: ${escapeHtmlText(c.note)}</em></p>`,
  );
  return notes.join("") + markdownToHtml(release.body);
}

/** The release's public URL: the stable id of its feed entries, whatever edition is live. */
export function releaseUrl(siteUrl: string, slug: string): string {
  return `${siteUrl}/releases/${encodeURIComponent(slug)}`;
}

function feedUrl(channel: Pick<FeedChannel, "siteUrl" | "country" | "language">, format: FeedFormat): string {
  const prefix = channel.language ? `/${channel.language}` : "";
  return `${channel.siteUrl}${prefix}${FEED_PATHS[format]}${channel.country ? `?country=${channel.country}` : ""}`;
}

/** The Atom 1.0 or RSS 2.0 document for the given entries (newest first). */
export function buildFeed(format: FeedFormat, channel: FeedChannel, releases: FeedRelease[]): string {
  const place = channel.country ? countryName(channel.country) : null;
  const updated =
    releases.reduce<Date | null>((max, r) => (!max || r.updatedAt > max ? r.updatedAt : max), null) ?? channel.now;
  const feed = new Feed({
    id: feedUrl(channel, format),
    title: clean(place ? `${channel.siteName}: ${place}` : channel.siteName),
    description: clean(channel.description ?? (place ? `Press releases about ${place}` : "Press releases")),
    link: `${channel.siteUrl}/${channel.language ?? ""}`,
    language: channel.language ?? "en",
    updated,
    generator: false,
    feedLinks: { atom: feedUrl(channel, "atom"), rss: feedUrl(channel, "rss") },
  });
  let withImages = false;
  for (const release of releases) {
    const url = release.path ? `${channel.siteUrl}${release.path}` : releaseUrl(channel.siteUrl, release.slug);
    const summary = summaryOrExcerpt(release.summary, release.body);
    const categories = feedCategories(release);
    const item: Item = {
      // Atom's <title type="html"> is HTML; RSS titles are plain text by convention.
      title: format === "atom" ? escapeHtmlText(release.headline) : clean(release.headline).replace(/]]>/g, "]]&gt;"),
      link: url,
      date: release.updatedAt,
      published: release.publishedAt,
      description: summary ? escapeHtmlText(summary) : undefined,
      content: entryContent(release),
    };
    if (format === "atom") {
      item.id = url;
      item.author = [{ name: clean(release.issuer) }];
      item.category = categories.map((c) => ({ term: c, label: c }));
    } else {
      // Without an id, `feed` makes the link the guid with isPermaLink="true", which it is. RSS
      // <author> must be an e-mail address, so the issuer goes in dc:creator (namespace declared
      // by `feed` whenever there is content).
      item.category = categories.map((c) => ({ name: c }));
      item.extensions = [{ name: "dc:creator", objects: { _text: clean(release.issuer) } }];
    }
    const image = leadImageShare(release.media ?? [], channel.siteUrl);
    if (image) {
      withImages = true;
      item.enclosure = { url: image.url, type: image.type, length: image.bytes };
      if (format === "rss") item.extensions!.push({ name: "media:content", objects: mediaContent(image) });
    }
    feed.addItem(item);
  }
  if (format === "atom") {
    // `feed` derives an Atom enclosure's type from the file extension ("image/jpg"); the real one is
    // image/jpeg. Content never holds a literal "<link" (every text in it is escaped).
    // `feed` writes no xml:lang on Atom (it does write RSS's <language>).
    return feed
      .atom1()
      .replace("<feed ", `<feed xml:lang="${escapeXml(channel.language ?? "en")}" `)
      .replace(/(<link rel="enclosure" href="[^"]*"(?: title="[^"]*")? type=")image\/jpg"/g, '$1image/jpeg"');
  }
  const rss = feed.rss2();
  // The Media RSS namespace, for media:content (`feed` has no option for root attributes).
  return withImages ? rss.replace('<rss version="2.0"', `<rss version="2.0" xmlns:media="${MEDIA_RSS}"`) : rss;
}

const MEDIA_RSS = "http://search.yahoo.com/mrss/";

/** Media RSS for the lead image: its file, size, alt text and credit. */
function mediaContent(image: NonNullable<ReturnType<typeof leadImageShare>>) {
  const content: Record<string, unknown> = {
    _attributes: {
      url: image.url,
      type: image.type,
      medium: "image",
      width: image.width,
      height: image.height,
      fileSize: image.bytes,
    },
  };
  if (image.alt) content["media:description"] = { _attributes: { type: "plain" }, _text: clean(image.alt) };
  if (image.credit) content["media:credit"] = { _text: clean(image.credit) };
  return content;
}

/** Feed discovery links (`<link rel="alternate">`) for every public page, release pages included. */
export const FEED_ALTERNATES = {
  "application/atom+xml": [{ url: "/feed.xml", title: "Press releases (Atom)" }],
  "application/rss+xml": [{ url: "/rss.xml", title: "Press releases (RSS)" }],
};
