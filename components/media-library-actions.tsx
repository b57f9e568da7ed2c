"use client";

import { useActionState, useId, useRef, useState, useTransition } from "react";
import type { MediaActionState } from "@/lib/actions/media/state";

// The media library's per-file buttons (issue 13). Delete and Retry are plain forms (they work before
// the page's script has loaded); Replace uploads the new file through POST /api/media first (streamed
// and checked like every upload), then asks the server to repoint every use of the old one.

type FormAction = (prev: MediaActionState, form: FormData) => Promise<MediaActionState>;

const IDLE: MediaActionState = { status: "idle" };

function Message({ state }: { state: MediaActionState }) {
  if (state.status === "idle") return null;
  return state.status === "error" ? (
    <p className="notice error" role="alert">
      {state.message}
    </p>
  ) : (
    <p className="notice" role="status">
      {state.message}
    </p>
  );
}

export function MediaDeleteForm({
  action,
  assetId,
  filename,
  q,
  usedBy,
}: {
  action: FormAction;
  assetId: string;
  filename: string;
  q: string;
  /** Releases using the file: when any, the button is disabled and says why. */
  usedBy: number;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const reasonId = useId();
  return (
    <form action={formAction} className="media-delete">
      <input type="hidden" name="assetId" value={assetId} />
      <input type="hidden" name="filename" value={filename} />
      <input type="hidden" name="q" value={q} />
      <button
        type="submit"
        className="button secondary"
        disabled={usedBy > 0 || pending}
        aria-describedby={usedBy > 0 ? reasonId : undefined}
      >
        Delete
      </button>
      {usedBy > 0 ? (
        <p className="hint" id={reasonId}>
          Used by {usedBy === 1 ? "1 release" : `${usedBy} releases`}: it can be deleted once no edition uses it.
        </p>
      ) : null}
      <Message state={state} />
    </form>
  );
}

/**
 * "Retry conversion" for an image whose variants FAILED. Rendered for every image so its answer stays
 * on screen after the page refreshes with the image PENDING again (the button is then gone).
 */
export function MediaRetryForm({ action, assetId, failed }: { action: FormAction; assetId: string; failed: boolean }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (!failed && state.status === "idle") return null;
  return (
    <form action={formAction} className="media-retry">
      <input type="hidden" name="assetId" value={assetId} />
      {failed ? (
        <button type="submit" className="button" disabled={pending}>
          Retry conversion
        </button>
      ) : null}
      <Message state={state} />
    </form>
  );
}

export function MediaReplaceForm({
  action,
  assetId,
  kind,
}: {
  action: FormAction;
  assetId: string;
  kind: "IMAGE" | "ATTACHMENT";
}) {
  const [state, setState] = useState<MediaActionState>(IDLE);
  const [pending, startTransition] = useTransition();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();

  function replace(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setState({ status: "error", message: "Choose the new file first." });
      return;
    }
    startTransition(async () => {
      const upload = new FormData();
      upload.set("kind", kind === "IMAGE" ? "image" : "attachment");
      upload.set("file", file);
      let uploaded: { id?: string; message?: string };
      try {
        const response = await fetch("/api/media", { method: "POST", body: upload });
        uploaded = (await response.json().catch(() => ({}))) as { id?: string; message?: string };
        if (!response.ok || !uploaded.id) {
          setState({ status: "error", message: uploaded.message ?? `The upload failed (${response.status}).` });
          return;
        }
      } catch {
        setState({
          status: "error",
          message: "The upload did not reach the server: check the connection and try again.",
        });
        return;
      }
      const form = new FormData();
      form.set("assetId", assetId);
      form.set("newAssetId", uploaded.id);
      setState(await action(IDLE, form));
    });
  }

  return (
    <form onSubmit={replace} className="media-replace">
      <label htmlFor={inputId}>New file</label>
      <input
        id={inputId}
        ref={input}
        type="file"
        name="file"
        accept={kind === "IMAGE" ? "image/*" : undefined}
        aria-describedby={hintId}
      />
      <p className="hint" id={hintId}>
        {kind === "IMAGE" ? "An image" : "A document"}: every release using this file, published ones included, will use
        the new one.
      </p>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Replacing…" : "Replace file"}
      </button>
      <Message state={state} />
    </form>
  );
}
