import { previewMediaFile, privateMediaRoute } from "@/lib/media/preview";

// A previewed draft's images and attachments (issue 13), checked against the preview link's token:
// only files of the edition the link shows, answered private and no-store. Anything else is a 404.

export const dynamic = "force-dynamic";

export const GET = privateMediaRoute(previewMediaFile);
export { GET as HEAD };
