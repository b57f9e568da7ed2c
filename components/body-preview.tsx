"use client";

import { useDeferredValue, useMemo } from "react";
import { renderReleaseBody, type BodyQuote } from "@/lib/domain/release-body-html";
import { ENGLISH_BODY_LABELS } from "@/lib/i18n/body-labels";
import type { QuoteFormValues } from "@/lib/validation/release";
import { ReleaseBody } from "./release-body";

const asBodyQuote = (q: QuoteFormValues): BodyQuote => ({
  text: q.text,
  // A person not saved yet has no page to link to: the preview names them without a link.
  speaker: { name: q.speaker.trim() || "(speaker not given yet)" },
  speakerRole: q.speakerRole,
  speakerOrganisation: q.speakerOrganisation,
});

/**
 * The body as readers will see it (issue 12.2), rendered by the public page's own renderer and
 * component, quotes marked up where the body says them (issue 12.8); beside the body on a wide screen
 * and below it on a narrow one. Deferred, so a long body renders after the keystroke instead of slowing it down.
 */
export function BodyPreview({ source, quotes }: { source: string; quotes: readonly QuoteFormValues[] }) {
  const body = useDeferredValue(source);
  const rows = useDeferredValue(quotes);
  const shown = useMemo(() => rows.filter((q) => q.text.trim() !== "").map(asBodyQuote), [rows]);
  const rendered = useMemo(() => renderReleaseBody(body, shown, ENGLISH_BODY_LABELS), [body, shown]);
  return (
    <section className="body-preview" aria-labelledby="body-preview-title">
      <h2 id="body-preview-title">Live preview</h2>
      {body.trim() ? (
        <ReleaseBody rendered={rendered} />
      ) : (
        <p className="hint">The body appears here as you write it.</p>
      )}
    </section>
  );
}
