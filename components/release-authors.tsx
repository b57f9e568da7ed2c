"use client";

import { useActionState } from "react";
import { setReleaseAuthorsAction, type AuthorsState } from "@/lib/actions/releases/set-authors";

export interface ReleaseAuthorsProps {
  releaseId: string;
  authors: string[];
  options: Array<{ id: string; name: string; email: string }>;
}

/** "Authors" on the release editor (editors and admins): the writers who may edit this release. */
export function ReleaseAuthors({ releaseId, authors, options }: ReleaseAuthorsProps) {
  const [state, formAction, pending] = useActionState<AuthorsState, FormData>(setReleaseAuthorsAction, {
    status: "idle",
  });
  return (
    <section aria-labelledby="authors-heading" className="release-authors">
      <h2 id="authors-heading">Authors</h2>
      <form action={formAction}>
        <input type="hidden" name="releaseId" value={releaseId} />
        <label htmlFor="release-authors">Authors</label>
        <p className="hint" id="release-authors-hint">
          Writers edit, submit and preview only the releases they are authors of; editors edit all.
        </p>
        <select
          id="release-authors"
          name="authors"
          multiple
          defaultValue={authors}
          aria-describedby="release-authors-hint"
          size={Math.min(6, Math.max(2, options.length))}
        >
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.email})
            </option>
          ))}
        </select>
        <button type="submit" className="secondary" disabled={pending}>
          Save authors
        </button>
        {state.status === "error" ? (
          <p className="notice error" role="alert">
            {state.message}
          </p>
        ) : null}
      </form>
    </section>
  );
}
