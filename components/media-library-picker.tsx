"use client";

import { useRef, useState } from "react";
import type { MediaFileView, MediaKind } from "./media-upload";

// "Choose from library" of the release form's Media section (issue 13): an image or attachment
// uploaded before (for this release or another) used again, found through GET /api/media?q=&kind=.
// A native modal <dialog>: it keeps the focus inside, Escape closes it, and the focus returns to
// the button that opened it.

interface LibraryItem {
  id: string;
  kind: string;
  filename: string;
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
  status: string;
  thumbnail: { url: string; width: number; height: number } | null;
  usageCount: number;
}

type Found =
  { status: "idle" | "loading" } | { status: "done"; items: LibraryItem[] } | { status: "error"; message: string };

const STATUSES: Record<string, MediaFileView["status"]> = { pending: "PENDING", ready: "READY", failed: "FAILED" };

const view = (item: LibraryItem, kind: MediaKind): MediaFileView => ({
  assetId: item.id,
  kind,
  filename: item.filename,
  mime: item.mime,
  bytes: item.bytes,
  width: item.width,
  height: item.height,
  status: STATUSES[item.status] ?? "PENDING",
});

export function MediaLibraryPicker({
  kind,
  disabled,
  onChoose,
}: {
  kind: MediaKind;
  disabled: boolean;
  onChoose: (file: MediaFileView) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [q, setQ] = useState("");
  const [found, setFound] = useState<Found>({ status: "idle" });
  // Only the newest search may show its answer: an older one (the list the dialog opens with, say)
  // that arrives late would otherwise replace the results of the words just searched for.
  const inFlight = useRef<AbortController | null>(null);
  const noun = kind === "IMAGE" ? "image" : "attachment";
  const id = `media-library-${noun}`;

  async function search(words: string) {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setFound({ status: "loading" });
    const params = new URLSearchParams({ kind: noun, take: "24" });
    if (words.trim()) params.set("q", words.trim());
    try {
      const response = await fetch(`/api/media?${params}`, {
        headers: { Accept: "application/json" },
        signal: controller.signal,
      });
      const body = (await response.json()) as { items?: LibraryItem[]; message?: string };
      if (!response.ok || !body.items) throw new Error(body.message ?? `HTTP ${response.status}`);
      if (!controller.signal.aborted) setFound({ status: "done", items: body.items });
    } catch (error) {
      if (controller.signal.aborted) return;
      const message = error instanceof Error ? error.message : "no answer";
      setFound({ status: "error", message: `The library could not be searched (${message}). Try again.` });
    }
  }

  function open() {
    dialog.current?.showModal();
    void search(q);
  }

  return (
    <>
      <button type="button" className="secondary" disabled={disabled} onClick={open}>
        Choose from library
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-heading`} className="media-library-dialog">
        <h3 id={`${id}-heading`}>Choose {kind === "IMAGE" ? "an image" : "an attachment"} from the library</h3>
        {/* Not a form: a form inside the release form would be invalid HTML. Enter searches. */}
        <div className="field">
          <label htmlFor={`${id}-q`}>Search the library</label>
          <input
            id={`${id}-q`}
            type="search"
            value={q}
            maxLength={200}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== "Enter") return;
              e.preventDefault();
              void search(q);
            }}
          />{" "}
          <button type="button" className="secondary" onClick={() => void search(q)}>
            Search
          </button>
        </div>
        <div role="status" aria-live="polite">
          {found.status === "loading" ? "Searching…" : null}
          {found.status === "done" && found.items.length === 0 ? "Nothing found." : null}
          {found.status === "done" && found.items.length > 0 ? `${found.items.length} found.` : null}
        </div>
        {found.status === "error" ? (
          <p className="field-error" role="alert">
            {found.message}
          </p>
        ) : null}
        {found.status === "done" ? (
          <ul className="media-library-results">
            {found.items.map((item) => (
              <li key={item.id}>
                {item.thumbnail ? (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={item.thumbnail.url} alt="" width={item.thumbnail.width} height={item.thumbnail.height} />
                ) : null}
                <span>
                  {item.filename}
                  {item.usageCount > 0 ? ` · used in ${item.usageCount}` : ""}
                </span>{" "}
                <button
                  type="button"
                  onClick={() => {
                    onChoose(view(item, kind));
                    dialog.current?.close();
                  }}
                >
                  Use {item.filename}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </p>
      </dialog>
    </>
  );
}
