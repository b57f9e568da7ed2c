import type { RenderedBody } from "@/lib/domain/release-body-html";

// A release's body with its quotes marked up where the body says them (issue 12.8), then the compact
// "Quoted in this release" index. The HTML comes from the one renderer (lib/domain/release-body-html.ts),
// which builds every element and attribute itself and keeps raw HTML and unsafe URLs out: stored when
// the edition went live, or rendered on read. No server-only import: the editor's live preview shows
// the same component.
export function ReleaseBody({ rendered }: { rendered: RenderedBody }) {
  return (
    <>
      <div className="article-body" dangerouslySetInnerHTML={{ __html: rendered.body }} />
      {rendered.index !== null ? (
        <section
          className="quote-index"
          aria-labelledby="quote-index-heading"
          dangerouslySetInnerHTML={{ __html: rendered.index }}
        />
      ) : null}
    </>
  );
}
