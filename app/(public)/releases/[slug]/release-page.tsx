import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { LanguageSwitcher } from "@/components/language-switcher";
import { ReleaseArticle } from "@/components/release-article";
import { RelatedReleases } from "@/components/related-releases";
import { ShareBar } from "@/components/share-bar";
import { cachedPublicRelease, cachedRelatedReleases } from "@/lib/dal/public/cache";
import type { ReleaseVersion } from "@/lib/dal/public/releases";
import type { ReleaseDTO } from "@/lib/dal/releases";
import { FEED_ALTERNATES } from "@/lib/domain/feeds";
import { segmentLanguage } from "@/lib/domain/languages";
import { leadImageShare } from "@/lib/domain/media/reader";
import { releasePath } from "@/lib/domain/release-path";
import { hreflangAlternates } from "@/lib/domain/sitemap-versions";
import {
  jsonLdScriptContent,
  releaseDates,
  releaseDescription,
  releaseJsonLd,
  releaseUrls,
} from "@/lib/domain/structured-data";
import { readerMessages } from "@/lib/i18n/messages";
import { siteName, siteUrl } from "@/lib/site";

// The release page, for an original (/releases/<slug>, language null) and for a translation
// (/<language>/releases/<slug>, issue 14): both routes render this.

// Slugs are ASCII; anything else cannot name a release, so it is a 404 without a query.
const SLUG = /^[a-z0-9-]{1,120}$/;

/** The language segment of a translation's address, when it names one of ours. */
export function translationLanguage(segment: string): string | null {
  return segmentLanguage(segment);
}

// cache(): generateMetadata and the page read the same release once per request.
export const loadReleasePage = cache(async (slug: string, language: string | null) => {
  await connection();
  return SLUG.test(slug) ? cachedPublicRelease(slug, language) : null;
});

/** The share card described in the release's language, as the card itself is written (issue 14). */
function shareImageAlt(release: ReleaseDTO): string {
  const { t, dateline } = readerMessages(release.language);
  return `${release.headline}. ${dateline(release.datelineAt, release.datelineOffsetMinutes, release.datelinePlace)}. ${t("release.issuedBy")} ${release.issuer}.`;
}

/** hreflang alternates: every public version, and x-default for the original (as the sitemap has them). */
function languageAlternates(site: string, versions: ReleaseVersion[]): Record<string, string> | undefined {
  const alternates = hreflangAlternates(site, versions);
  return alternates.length > 0 ? Object.fromEntries(alternates.map((a) => [a.hreflang, a.href])) : undefined;
}

function urlsOf(site: string, release: ReleaseDTO) {
  return releaseUrls(site, release.slug, release.editionNumber, releasePath(release), release.shareImageKey);
}

export async function releasePageMetadata(slug: string, language: string | null): Promise<Metadata> {
  const page = await loadReleasePage(slug, language);
  if (!page) return { title: "Not found" };
  // A withdrawn release keeps its address for people with old links, but search engines drop it.
  if (page.kind === "withdrawn") return { title: `Withdrawn: ${page.headline}`, robots: { index: false } };

  const release = page.release;
  const site = await siteUrl();
  const urls = urlsOf(site, release);
  const description = releaseDescription(release);
  const dates = releaseDates(release);
  // The lead image when there is one (issue 13); the generated share card otherwise.
  const lead = leadImageShare(release.media, site);
  const image = lead
    ? { url: lead.url, width: lead.width, height: lead.height, alt: lead.alt || release.headline, type: lead.type }
    : { url: urls.image, width: 1200, height: 630, alt: shareImageAlt(release), type: "image/png" };
  return {
    title: release.headline,
    description: description || undefined,
    alternates: {
      canonical: urls.page,
      languages: languageAlternates(site, page.versions),
      // oEmbed discovery: consumers find the embed endpoint from the page itself.
      types: { ...FEED_ALTERNATES, "application/json+oembed": [{ url: urls.oembed, title: release.headline }] },
    },
    openGraph: {
      type: "article",
      title: release.headline,
      description: description || undefined,
      url: urls.page,
      siteName: siteName(),
      locale: release.language,
      alternateLocale: page.versions.filter((v) => v.language !== release.language).map((v) => v.language),
      images: [image],
      publishedTime: dates.published,
      modifiedTime: dates.modified,
      tags: release.topics,
    },
    twitter: {
      card: "summary_large_image",
      title: release.headline,
      description: description || undefined,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}

export async function ReleasePageContent({ slug, language }: { slug: string; language: string | null }) {
  const page = await loadReleasePage(slug, language);
  if (!page) notFound();
  if (page.kind === "withdrawn") {
    // The address stays valid: readers who follow an old link learn why the release is gone.
    // No structured data: there is no article left to describe. In the language of the address, as
    // <html lang> is (an original's withdrawn page is English: lib/i18n/page-language.ts).
    const { t, day } = readerMessages(language ?? "en");
    return (
      <article className="withdrawn-notice">
        <h1>{page.headline}</h1>
        <p>
          {t.rich("release.withdrawn", {
            strong: (chunks) => <strong>{chunks}</strong>,
            time: (chunks) => <time dateTime={page.withdrawnAt.toISOString()}>{chunks}</time>,
            date: day(page.withdrawnAt),
          })}
        </p>
        <p>{t("release.withdrawnReason", { reason: page.reason })}</p>
      </article>
    );
  }
  const release = page.release;
  // The chrome in the release's language, as <html lang> is (issue 14).
  const chrome = readerMessages(release.language);
  const site = await siteUrl();
  const urls = urlsOf(site, release);
  const originalVersion = release.translationOf ? page.versions.find((v) => v.original) : undefined;
  const jsonLd = releaseJsonLd(release, {
    pageUrl: urls.page,
    language: release.language,
    original: originalVersion ? { url: `${site}${originalVersion.path}`, language: originalVersion.language } : null,
    publisher: { name: siteName(), url: site },
    imageUrl: urls.image,
    leadImage: leadImageShare(release.media, site),
  });
  const related = release.translationOf ? [] : await cachedRelatedReleases(release.id);
  return (
    <div className="reading-column">
      {/* jsonLdScriptContent escapes "<", so no text in the release can close this element. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScriptContent(jsonLd) }} />
      <LanguageSwitcher versions={page.versions} current={release.language} label={chrome.t("release.languages")} />
      <ReleaseArticle
        release={release}
        chrome={chrome}
        share={<ShareBar url={urls.page} headline={release.headline} />}
      />
      <RelatedReleases items={related} />
    </div>
  );
}
