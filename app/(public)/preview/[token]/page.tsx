import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { ReleaseArticle } from "@/components/release-article";
import { resolvePreviewLink } from "@/lib/dal/preview-links";
import { getReleaseForEditor } from "@/lib/dal/releases";
import { previewMediaHref } from "@/lib/media/preview";
import { isPreviewTokenFormat } from "@/lib/validation/preview";

type Props = { params: Promise<{ token: string }> };

// Shared by the metadata and the page within one request (one lookup, not two).
const load = cache(async (token: string) => {
  // Never prerendered or cached: a link stops working the moment it expires or is revoked.
  await connection();
  // Malformed, unknown, revoked and expired tokens all end as the same 404, without a query for
  // anything that cannot be a token.
  const link = isPreviewTokenFormat(token) ? await resolvePreviewLink(token) : null;
  if (!link) return null;
  // The newest edition whatever its state: what the writers are working on, not what readers see.
  const release = await getReleaseForEditor(link.releaseId);
  return release ? { release, expiresAt: link.expiresAt, token } : null;
});

const until = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

// Kept out of search engines, and the token never leaves in a Referer header.
const privateMeta = { robots: { index: false, follow: false }, referrer: "no-referrer" } satisfies Metadata;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).token);
  return page ? { ...privateMeta, title: `Preview: ${page.release.headline}` } : { ...privateMeta, title: "Not found" };
}

export default async function PreviewPage({ params }: Props) {
  const page = await load((await params).token);
  if (!page) notFound();
  return (
    <div className="reading-column">
      <p className="notice error" role="note" aria-label="Preview — not published">
        <strong>Preview — not published</strong>. This page may change before publication; the link stops working on{" "}
        <time dateTime={page.expiresAt.toISOString()}>{until.format(page.expiresAt)} UTC</time>.
      </p>
      <ReleaseArticle release={page.release} mediaHref={previewMediaHref(page.token)} />
    </div>
  );
}
