import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { ReleaseArticle } from "@/components/release-article";
import { cachedPublicRelease, cachedRelatedReleases } from "@/lib/dal/public/cache";
import type { ReleaseDTO } from "@/lib/dal/releases";
import { RelatedReleases } from "@/components/related-releases";
import { ShareBar } from "@/components/share-bar";
import { formatDateline } from "@/lib/domain/dateline";
import {
  jsonLdScriptContent,
  releaseDates,
  releaseDescription,
  releaseJsonLd,
  releaseUrls,
} from "@/lib/domain/structured-data";
import { siteName, siteUrl } from "@/lib/site";
import { FEED_ALTERNATES } from "@/lib/domain/feeds";
import { leadImageShare } from "@/lib/domain/media/reader";

type Props = { params: Promise<{ slug: string }> };

// Slugs are ASCII; anything else cannot name a release, so it is a 404 without a query.
const SLUG = /^[a-z0-9-]{1,120}$/;

// cache(): generateMetadata and the page read the same release once per request.
const load = cache(async (slug: string) => {
  await connection();
  return SLUG.test(slug) ? cachedPublicRelease(slug) : null;
});

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

function shareImageAlt(release: ReleaseDTO): string {
  return `${release.headline}. ${formatDateline(release.datelineAt, release.datelineOffsetMinutes, release.datelinePlace)}. Issued by ${release.issuer}.`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).slug);
  if (!page) return { title: "Not found" };
  // A withdrawn release keeps its address for people with old links, but search engines drop it.
  if (page.kind === "withdrawn") return { title: `Withdrawn: ${page.headline}`, robots: { index: false } };

  const release = page.release;
  const site = await siteUrl();
  const urls = releaseUrls(site, release.slug, release.editionNumber);
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
      // oEmbed discovery: consumers find the embed endpoint from the page itself.
      types: { ...FEED_ALTERNATES, "application/json+oembed": [{ url: urls.oembed, title: release.headline }] },
    },
    openGraph: {
      type: "article",
      title: release.headline,
      description: description || undefined,
      url: urls.page,
      siteName: siteName(),
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

export default async function ReleasePage({ params }: Props) {
  const page = await load((await params).slug);
  if (!page) notFound();
  if (page.kind === "withdrawn") {
    // The address stays valid: readers who follow an old link learn why the release is gone.
    // No structured data: there is no article left to describe.
    return (
      <article className="withdrawn-notice">
        <h1>{page.headline}</h1>
        <p>
          <strong>This release was withdrawn</strong> on{" "}
          <time dateTime={page.withdrawnAt.toISOString()}>{day.format(page.withdrawnAt)}</time>.
        </p>
        <p>Reason: {page.reason}</p>
      </article>
    );
  }
  const release = page.release;
  const site = await siteUrl();
  const urls = releaseUrls(site, release.slug, release.editionNumber);
  const jsonLd = releaseJsonLd(release, {
    pageUrl: urls.page,
    publisher: { name: siteName(), url: site },
    imageUrl: urls.image,
    leadImage: leadImageShare(release.media, site),
  });
  const related = await cachedRelatedReleases(release.id);
  return (
    <div className="reading-column">
      {/* jsonLdScriptContent escapes "<", so no text in the release can close this element. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScriptContent(jsonLd) }} />
      <ReleaseArticle release={release} share={<ShareBar url={urls.page} headline={release.headline} />} />
      <RelatedReleases items={related} />
    </div>
  );
}
