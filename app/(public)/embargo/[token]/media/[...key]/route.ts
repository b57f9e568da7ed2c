import { embargoMediaFile, privateMediaRoute } from "@/lib/media/preview";

// An embargoed edition's images and attachments (issue 16), checked against the journalist's link:
// only files of the edition the link shows, and only while it shows it under embargo (a cancelled
// send or a published release stops them). Private and no-store; anything else is a 404.

export const dynamic = "force-dynamic";

export const GET = privateMediaRoute(embargoMediaFile);
export { GET as HEAD };
