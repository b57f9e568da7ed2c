import type { Metadata } from "next";
import { cachedFacets } from "@/lib/dal/public/cache";
import type { SearchParams } from "@/lib/validation/public-query";
import { listingMetadata } from "../listing-language";
import { AgreementsListing } from "./agreements-listing";

export async function generateMetadata(): Promise<Metadata> {
  return listingMetadata(null, "agreements", (await cachedFacets()).languages);
}

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <AgreementsListing searchParams={await searchParams} language={null} />;
}
