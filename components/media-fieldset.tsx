"use client";

import { useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { MEDIA_LIMITS, type EditionMediaFormValues } from "@/lib/validation/media";
import { MEDIA_LIST_MARKER } from "@/lib/validation/release-form";
import { MediaLibraryPicker } from "./media-library-picker";
import { AttachmentRow, ImageRow, mediaFormValues, type MediaRow, type MediaTextField } from "./media-rows";
import { useUploads, type MediaFileView, type MediaKind } from "./media-upload";

// The release form's "Media" section (issue 13): images and attachments, uploaded here one file at a
// time with their progress, described, ordered and saved with the release. The rows are the form's
// content (autosave, the leave guard and the save see them); uploads and refusals are this section's.

let nextKey = 1;

/** The stored rows with what the page knows of their files; images first, as the form posts them. */
function rowsOf(values: readonly EditionMediaFormValues[], files: readonly MediaFileView[]): MediaRow[] {
  const byId = new Map(files.map((f) => [f.assetId, f]));
  const rows = values.map((v): MediaRow => {
    const file = byId.get(v.assetId);
    return {
      kind: v.role === "ATTACHMENT" ? "ATTACHMENT" : "IMAGE",
      filename: "file",
      mime: "",
      bytes: 0,
      width: null,
      height: null,
      status: "READY",
      ...file,
      ...v,
      key: nextKey++,
    };
  });
  return [...rows.filter((r) => r.kind === "IMAGE"), ...rows.filter((r) => r.kind !== "IMAGE")];
}

/** The Media section's rows, held by the release form (they are part of its content). */
export function useMediaRows(initial: readonly EditionMediaFormValues[] | undefined, files: readonly MediaFileView[]) {
  const [rows, setRows] = useState(() => rowsOf(initial ?? [], files));
  const values = useMemo(() => rows.map(mediaFormValues), [rows]);
  return { rows, setRows, values };
}

type SetRows = React.Dispatch<React.SetStateAction<MediaRow[]>>;

const byKind = (rows: MediaRow[]) => ({
  images: rows.filter((r) => r.kind === "IMAGE"),
  attachments: rows.filter((r) => r.kind !== "IMAGE"),
});

function DropZone({
  kind,
  onFiles,
  children,
}: {
  kind: MediaKind;
  onFiles: (kind: MediaKind, files: File[]) => void;
  children: React.ReactNode;
}) {
  const [over, setOver] = useState(false);
  const hasFiles = (e: React.DragEvent) => e.dataTransfer.types.includes("Files");
  return (
    <div
      className={`media-drop${over ? " over" : ""}`}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        onFiles(kind, [...e.dataTransfer.files]);
      }}
    >
      {children}
    </div>
  );
}

export function MediaFieldset({
  rows,
  setRows,
  errors,
  onReshape,
}: {
  rows: MediaRow[];
  setRows: SetRows;
  errors: Record<string, string>;
  /** Rows moved or removed: the save's field errors no longer point at the right rows. */
  onReshape: () => void;
}) {
  const { images, attachments } = byKind(rows);
  const addFile = (file: MediaFileView) =>
    setRows((list) => {
      if (list.length >= MEDIA_LIMITS.rows) return list;
      const role = file.kind === "ATTACHMENT" ? "ATTACHMENT" : "GALLERY";
      const row: MediaRow = { ...file, role, altText: "", caption: "", credit: "", title: "", key: nextKey++ };
      const { images, attachments } = byKind([...list, row]);
      return [...images, ...attachments];
    });
  const uploads = useUploads(addFile);
  const inputs = { IMAGE: useRef<HTMLInputElement>(null), ATTACHMENT: useRef<HTMLInputElement>(null) };

  const update = (key: number, change: Partial<MediaRow>) =>
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const setLead = (key: number | null) =>
    setRows((list) => list.map((r) => (r.kind === "IMAGE" ? { ...r, role: r.key === key ? "LEAD" : "GALLERY" } : r)));
  function move(row: MediaRow, delta: -1 | 1) {
    flushSync(() =>
      setRows((list) => {
        const { images, attachments } = byKind(list);
        const same = row.kind === "IMAGE" ? images : attachments;
        const from = same.findIndex((r) => r.key === row.key);
        const to = from + delta;
        if (from < 0 || to < 0 || to >= same.length) return list;
        [same[from], same[to]] = [same[to]!, same[from]!];
        return [...images, ...attachments];
      }),
    );
    onReshape();
    // Focus follows the row, on the same button unless it can go no further that way.
    const up = document.getElementById(`media-row-${row.key}-up`) as HTMLButtonElement | null;
    const down = document.getElementById(`media-row-${row.key}-down`) as HTMLButtonElement | null;
    const same = delta < 0 ? up : down;
    (same && !same.disabled ? same : delta < 0 ? down : up)?.focus();
  }
  function remove(row: MediaRow) {
    setRows((list) => list.filter((r) => r.key !== row.key));
    onReshape();
    inputs[row.kind].current?.focus();
  }
  const full = rows.length >= MEDIA_LIMITS.rows;

  const rowProps = (row: MediaRow, number: number, index: number, count: number) => ({
    row,
    number,
    index,
    count,
    errors,
    onText: (field: MediaTextField, value: string) => update(row.key, { [field]: value }),
    onLead: () => setLead(row.key),
    onMove: (delta: -1 | 1) => move(row, delta),
    onRemove: () => remove(row),
  });

  const picker = (kind: MediaKind) => {
    const id = kind === "IMAGE" ? "media-image-file" : "media-attachment-file";
    const noun = kind === "IMAGE" ? "image" : "attachment";
    return (
      <div className="field">
        <label htmlFor={id}>{kind === "IMAGE" ? "Image file" : "Attachment file"}</label>
        <p className="hint" id={`${id}-hint`}>
          {kind === "IMAGE"
            ? "JPEG, PNG, WebP, AVIF, GIF or SVG, up to 20 MB and 40 megapixels. Several at once, or drop them here."
            : "PDF, Word, Excel, PowerPoint, OpenDocument text, TXT, CSV or ZIP, up to 50 MB. Or drop files here."}
        </p>
        {/* No name: the file goes to /api/media, never with the form. */}
        <input
          ref={inputs[kind]}
          id={id}
          type="file"
          multiple
          accept={kind === "IMAGE" ? "image/*" : undefined}
          aria-describedby={`${id}-hint`}
          disabled={full}
          onChange={(e) => {
            uploads.add(kind, [...(e.target.files ?? [])]);
            e.target.value = "";
          }}
        />{" "}
        <button type="button" className="secondary" disabled={full} onClick={() => inputs[kind].current?.click()}>
          Add {noun}
        </button>{" "}
        <MediaLibraryPicker kind={kind} disabled={full} onChoose={addFile} />
      </div>
    );
  };

  const progress = (kind: MediaKind) =>
    uploads.uploads
      .filter((u) => u.kind === kind)
      .map((u) => (
        <p key={u.id} className="media-upload">
          <progress aria-label={`Uploading ${u.name}`} max={u.total || 1} value={u.total ? u.loaded : undefined} />{" "}
          {u.name}: {u.total ? `${Math.round((100 * u.loaded) / u.total)} %` : "waiting"}
        </p>
      ));
  const refusals = (kind: MediaKind) =>
    uploads.refusals
      .filter((r) => r.kind === kind)
      .map((r) => (
        <div key={r.id} className="notice error" role="alert">
          <p style={{ margin: 0 }}>
            “{r.name}” was not added: {r.message}
          </p>
          <button
            type="button"
            className="secondary"
            aria-label={`Dismiss the message about ${r.name}`}
            onClick={() => uploads.dismiss(r.id)}
          >
            Dismiss
          </button>
        </div>
      ));

  return (
    <section aria-labelledby="media-heading" id="media">
      <h2 id="media-heading">Media</h2>
      <input type="hidden" name={MEDIA_LIST_MARKER} value="1" />
      {errors.media ? <p className="field-error">{errors.media}</p> : null}
      {full ? <p className="hint">This release has the most files it can take ({MEDIA_LIMITS.rows}).</p> : null}

      <DropZone kind="IMAGE" onFiles={uploads.add}>
        <h3>Images</h3>
        {images.map((row, i) => (
          <ImageRow key={row.key} {...rowProps(row, i, i, images.length)} />
        ))}
        {images.length > 0 ? (
          <p className="field">
            <label className="inline-choice">
              <input
                type="radio"
                name="media-lead"
                checked={!images.some((r) => r.role === "LEAD")}
                onChange={() => setLead(null)}
              />{" "}
              No lead image
            </label>
          </p>
        ) : null}
        {progress("IMAGE")}
        {refusals("IMAGE")}
        {picker("IMAGE")}
      </DropZone>

      <DropZone kind="ATTACHMENT" onFiles={uploads.add}>
        <h3>Attachments</h3>
        {attachments.map((row, j) => (
          <AttachmentRow key={row.key} {...rowProps(row, j, images.length + j, attachments.length)} />
        ))}
        {progress("ATTACHMENT")}
        {refusals("ATTACHMENT")}
        {picker("ATTACHMENT")}
      </DropZone>
    </section>
  );
}
