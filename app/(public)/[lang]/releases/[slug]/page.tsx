import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReleasePageContent, releasePageMetadata, translationLanguage } from "../../../releases/[slug]/release-page";

// A translation of a release (issue 14): /az/releases/<the original's slug>.
type Props = { params: Promise<{ lang: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  const language = translationLanguage(lang);
  return language ? releasePageMetadata(slug, language) : { title: "Not found" };
}

export default async function TranslationPage({ params }: Props) {
  const { lang, slug } = await params;
  const language = translationLanguage(lang);
  if (!language) notFound();
  return <ReleasePageContent slug={slug} language={language} />;
}
