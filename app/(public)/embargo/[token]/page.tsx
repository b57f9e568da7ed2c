import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { ReleaseArticle } from "@/components/release-article";
import { verifyEmbargoToken } from "@/lib/crypto/tokens";
import { resolveEmbargoLink } from "@/lib/dal/distribution/embargo";
import { formatInZone } from "@/lib/domain/dateline";
import { embargoMediaHref } from "@/lib/media/preview";

type Props = { params: Promise<{ token: string }> };

// A journalist's private link from an embargoed send (issue 16): the release before publication,
// then (the link "expires" at publication) a redirect to its public page. Signed per delivery, so
// it cannot be guessed or forged; never cached, indexed or leaked in a Referer header.
const load = cache(async (token: string) => {
  await connection();
  const deliveryId = verifyEmbargoToken(token);
  return deliveryId ? resolveEmbargoLink(deliveryId) : null;
});

const privateMeta = { robots: { index: false, follow: false }, referrer: "no-referrer" } satisfies Metadata;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const link = await load((await params).token);
  return link?.kind === "embargoed"
    ? { ...privateMeta, title: `Embargoed: ${link.release.headline}` }
    : { ...privateMeta, title: "Not found" };
}

export default async function EmbargoPage({ params }: Props) {
  const { token } = await params;
  const link = await load(token);
  if (!link) notFound();
  if (link.kind === "public") redirect(`/releases/${link.slug}`);
  const until = formatInZone(link.publishAt, link.publishZone ?? "+00:00");
  return (
    <div className="reading-column">
      <p className="notice error" role="note" aria-label="Embargoed">
        <strong>EMBARGOED UNTIL {until}</strong>. Not for publication or broadcast before then. This private link was
        sent to {link.email}; after the embargo it leads to the public page.
      </p>
      {/* The edition's files are not public yet: they come through the link's token too. */}
      <ReleaseArticle release={link.release} mediaHref={embargoMediaHref(token)} />
    </div>
  );
}
