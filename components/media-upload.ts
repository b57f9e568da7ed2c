"use client";

import { useRef, useState } from "react";

// Uploads of the release form's Media section (issue 13) to POST /api/media. XMLHttpRequest rather than
// fetch: only it reports how much of a request body has been sent, which is the per-file progress.

export type MediaKind = "IMAGE" | "ATTACHMENT";

/** A file as the form shows it: what the upload answered, or what the editor page loaded. */
export interface MediaFileView {
  assetId: string;
  kind: MediaKind;
  filename: string;
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
  /** Images: whether the reader sizes exist yet (FAILED is shown to the editor). */
  status: "PENDING" | "READY" | "FAILED";
}

export interface Upload {
  id: number;
  kind: MediaKind;
  name: string;
  /** Bytes sent so far and in all; total 0 while the file waits for the one before it. */
  loaded: number;
  total: number;
}

export interface Refusal {
  id: number;
  kind: MediaKind;
  name: string;
  message: string;
}

type Answer = { ok: true; file: MediaFileView } | { ok: false; message: string };

const STATUSES = { pending: "PENDING", ready: "READY", failed: "FAILED" } as const;

function readAnswer(xhr: XMLHttpRequest): Answer {
  let body: Record<string, unknown> | null = null;
  try {
    body = JSON.parse(xhr.responseText) as Record<string, unknown>;
  } catch {
    body = null;
  }
  if (xhr.status === 200 && body && typeof body.id === "string") {
    return {
      ok: true,
      file: {
        assetId: body.id,
        kind: body.kind === "attachment" ? "ATTACHMENT" : "IMAGE",
        filename: String(body.filename ?? ""),
        mime: String(body.mime ?? ""),
        bytes: Number(body.bytes ?? 0),
        width: typeof body.width === "number" ? body.width : null,
        height: typeof body.height === "number" ? body.height : null,
        status: STATUSES[body.status as keyof typeof STATUSES] ?? "PENDING",
      },
    };
  }
  if (body && typeof body.message === "string") return { ok: false, message: body.message };
  if (xhr.status === 413) return { ok: false, message: "The file is larger than the server accepts." };
  return { ok: false, message: `The server could not take the file (HTTP ${xhr.status}). Try again in a minute.` };
}

function send(kind: MediaKind, file: File, onProgress: (loaded: number, total: number) => void): Promise<Answer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/media");
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => resolve(readAnswer(xhr));
    xhr.onerror = () =>
      resolve({ ok: false, message: "The upload did not reach the server: check the connection and add it again." });
    const data = new FormData();
    // The kind first: the server decides the limits before the file's bytes arrive.
    data.append("kind", kind === "IMAGE" ? "image" : "attachment");
    data.append("file", file, file.name);
    xhr.send(data);
  });
}

let nextId = 1;

/**
 * One upload at a time, in the order the files were chosen (so rows keep that order, and a shared
 * machine is not asked for ten at once). Each finished file goes to `onUploaded`; a refused one
 * becomes a Refusal naming it, shown until dismissed.
 */
export function useUploads(onUploaded: (file: MediaFileView) => void) {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());

  function add(kind: MediaKind, files: readonly File[]) {
    for (const file of files) {
      const upload: Upload = { id: nextId++, kind, name: file.name, loaded: 0, total: 0 };
      setUploads((list) => [...list, upload]);
      queue.current = queue.current.then(async () => {
        const update = (loaded: number, total: number) =>
          setUploads((list) => list.map((u) => (u.id === upload.id ? { ...u, loaded, total } : u)));
        update(0, file.size);
        const answer = await send(kind, file, update);
        setUploads((list) => list.filter((u) => u.id !== upload.id));
        if (answer.ok) onUploaded(answer.file);
        else setRefusals((list) => [...list, { id: upload.id, kind, name: file.name, message: answer.message }]);
      });
    }
  }

  const dismiss = (id: number) => setRefusals((list) => list.filter((r) => r.id !== id));
  return { uploads, refusals, add, dismiss };
}
