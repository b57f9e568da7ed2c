"use client";

import EditorError from "./admin/error";

// The editor layout (app/(editor)/admin/layout.tsx) reads the session user from the database; an
// error.tsx never catches its own segment's layout, so this one, a level up, catches the layout's
// (without the layout, so it brings its own <main>).
export default function EditorLayoutError(props: { error: unknown; retry: () => void }) {
  return (
    <main id="main">
      <EditorError {...props} />
    </main>
  );
}
