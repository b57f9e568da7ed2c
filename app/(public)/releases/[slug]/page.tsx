import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ReleaseArticle } from "@/components/release-article";
import { getPublicRelease } from "@/lib/dal/releases";

type Props = { params: Promise<{ slug: string }> };

// Slugs are ASCII; anything else cannot name a release, so it is a 404 without a query.
const SLUG = /^[a-z0-9-]{1,120}$/;

async function load(slug: string) {
  await connection();
  return SLUG.test(slug) ? getPublicRelease(slug) : null;
}

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).slug);
  if (!page) return { title: "Not found" };
  if (page.kind === "withdrawn") return { title: `Withdrawn: ${page.headline}`, robots: { index: false } };
  return { title: page.release.headline, description: page.release.summary || undefined };
}

export default async function ReleasePage({ params }: Props) {
  const page = await load((await params).slug);
  if (!page) notFound();
  if (page.kind === "withdrawn") {
    // The address stays valid: readers who follow an old link learn why the release is gone.
    return (
      <article className="withdrawn-notice">
        <h1>{page.headline}</h1>
        <p>
          <strong>This release was withdrawn</strong> on <time dateTime={page.withdrawnAt.toISOString()}>{day.format(page.withdrawnAt)}</time>.
        </p>
        <p>Reason: {page.reason}</p>
      </article>
    );
  }
  return (
    <div className="reading-column">
      <ReleaseArticle release={page.release} />
    </div>
  );
}
