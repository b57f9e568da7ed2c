import { PreviewLinks } from "@/components/preview-links";
import { listActivePreviewLinks } from "@/lib/dal/preview-links";

// The editor page renders this server component so that it reads its own list: the page only
// places it. Not a route (no page.tsx here); the editor page already checked the session.
export async function PreviewLinksSection({ releaseId }: { releaseId: string }) {
  return <PreviewLinks releaseId={releaseId} links={await listActivePreviewLinks(releaseId)} />;
}
