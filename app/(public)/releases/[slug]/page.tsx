import type { Metadata } from "next";
import { ReleasePageContent, releasePageMetadata } from "./release-page";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return releasePageMetadata((await params).slug, null);
}

export default async function ReleasePage({ params }: Props) {
  return <ReleasePageContent slug={(await params).slug} language={null} />;
}
