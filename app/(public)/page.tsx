import type { Metadata } from "next";
import { cachedFacets } from "@/lib/dal/public/cache";
import type { SearchParams } from "@/lib/validation/public-query";
import { listingMetadata } from "./listing-language";
import { ReleasesHome } from "./releases-home";

// Originals in every language, newest first, with search and filters (a filter by language among them).
export async function generateMetadata(): Promise<Metadata> {
  return listingMetadata(null, "", (await cachedFacets()).languages);
}

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <ReleasesHome searchParams={await searchParams} language={null} />;
}
