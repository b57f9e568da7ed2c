import { feedResponse } from "../feed.xml/feed-response";

// RSS 2.0 feed of the newest published releases; `?country=AZ` narrows it to one country.
export async function GET(request: Request) {
  return feedResponse(request, "rss", null);
}
