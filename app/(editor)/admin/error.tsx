"use client";

import Link from "next/link";

/**
 * An editor page that could not be loaded (most often: the database is unreachable for a moment).
 * Production hides the server error's message, so this page says what is likely and what to do, and
 * shows the digest that matches the JSON error line in the server log. Rendered inside the editor
 * layout's <main>; app/(editor)/error.tsx wraps it in one when the layout itself failed.
 */
export default function EditorError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : null;
  return (
    <section aria-labelledby="editor-error-title">
      <h1 id="editor-error-title">This page could not be loaded</h1>
      <div className="notice error" role="alert">
        <p style={{ margin: 0 }}>
          The server could not read what this page needs: the database may be unavailable for a moment. Nothing you
          already saved is lost.
        </p>
      </div>
      <p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>{" "}
        <Link href="/admin">Back to the releases</Link>
      </p>
      {digest ? <p className="hint">Reference for the administrator: {digest}</p> : null}
    </section>
  );
}
