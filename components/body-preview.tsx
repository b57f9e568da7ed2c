"use client";

import { useDeferredValue } from "react";
import { Markdown } from "./markdown";

/**
 * The body as readers will see it, rendered by the public page's own Markdown component (issue 12.2),
 * beside the body on a wide screen and below it on a narrow one. Deferred, so a long body renders
 * after the keystroke instead of slowing it down.
 */
export function BodyPreview({ source }: { source: string }) {
  const deferred = useDeferredValue(source);
  return (
    <section className="body-preview" aria-labelledby="body-preview-title">
      <h2 id="body-preview-title">Live preview</h2>
      <div className="article-body">
        {deferred.trim() ? (
          <Markdown source={deferred} />
        ) : (
          <p className="hint">The body appears here as you write it.</p>
        )}
      </div>
    </section>
  );
}
