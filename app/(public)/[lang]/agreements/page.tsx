import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cachedFacets } from "@/lib/dal/public/cache";
import { segmentLanguage } from "@/lib/domain/languages";
import type { SearchParams } from "@/lib/validation/public-query";
import { AgreementsListing } from "../../agreements/agreements-listing";
import { listingMetadata } from "../../listing-language";

// Issue 14: a language's agreements (/az/agreements). A code that is no language of ours is a 404.
type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const language = segmentLanguage((await params).lang);
  return language ? listingMetadata(language, "agreements", (await cachedFacets()).languages) : { title: "Not found" };
}

export default async function LanguageAgreementsPage({ params, searchParams }: Props) {
  const language = segmentLanguage((await params).lang);
  if (!language) notFound();
  return <AgreementsListing searchParams={await searchParams} language={language} />;
}
