import { feedResponse } from "./feed-response";

// Atom 1.0 feed of the newest published releases; `?country=AZ` narrows it to one country.
export async function GET(request: Request) {
  return feedResponse(request, "atom", null);
}
