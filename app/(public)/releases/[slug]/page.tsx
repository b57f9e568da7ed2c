import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ReleaseArticle } from "@/components/release-article";
import { getPublishedRelease } from "@/lib/dal/releases";

type Props = { params: Promise<{ slug: string }> };

// Slugs are ASCII; anything else cannot name a release, so it is a 404 without a query.
const SLUG = /^[a-z0-9-]{1,120}$/;

async function load(slug: string) {
  await connection();
  return SLUG.test(slug) ? getPublishedRelease(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const release = await load((await params).slug);
  return release ? { title: release.headline, description: release.summary || undefined } : { title: "Not found" };
}

export default async function ReleasePage({ params }: Props) {
  const release = await load((await params).slug);
  if (!release) notFound();
  return (
    <div className="reading-column">
      <ReleaseArticle release={release} />
    </div>
  );
}
