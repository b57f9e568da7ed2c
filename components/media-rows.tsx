"use client";

import { MEDIA_LIMITS, type EditionMediaFormValues } from "@/lib/validation/media";
import { InputField, TextAreaField } from "./field";
import type { MediaFileView } from "./media-upload";
import { BesideOriginal } from "./translation-original";

// One image or attachment of the release form's Media section (issue 13): its preview, its words, its
// place in the order. The row posts itself as media[N][…], N being its place in what the form sends
// (images first, then attachments), so the save's field errors come back to the same row.

export type MediaRow = EditionMediaFormValues & MediaFileView & { key: number };
export type MediaTextField = "altText" | "caption" | "credit" | "title";

/** What the save stores of a row: the file and the words, not how the form shows it. */
export const mediaFormValues = (r: MediaRow): EditionMediaFormValues => ({
  assetId: r.assetId,
  role: r.role,
  altText: r.altText,
  caption: r.caption,
  credit: r.credit,
  title: r.title,
});

const sizeText = (bytes: number) =>
  bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export interface MediaRowProps {
  row: MediaRow;
  /** Its number among its kind (0-based) and its index in what the form posts. */
  number: number;
  index: number;
  count: number;
  errors: Record<string, string>;
  onText: (field: MediaTextField, value: string) => void;
  onLead: () => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** Move up, Move down and Remove, each naming its row ("Move up image 2") for screen readers. */
function RowButtons({
  noun,
  number,
  count,
  onMove,
  onRemove,
  rowKey,
}: {
  noun: string;
  number: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  rowKey: number;
}) {
  const which = `${noun} ${number + 1}`;
  return (
    <p className="row-actions media-row-actions">
      <button
        type="button"
        className="secondary"
        id={`media-row-${rowKey}-up`}
        aria-label={`Move up ${which}`}
        disabled={number === 0}
        onClick={() => onMove(-1)}
      >
        Move up
      </button>{" "}
      <button
        type="button"
        className="secondary"
        id={`media-row-${rowKey}-down`}
        aria-label={`Move down ${which}`}
        disabled={number === count - 1}
        onClick={() => onMove(1)}
      >
        Move down
      </button>{" "}
      <button type="button" className="danger" aria-label={`Remove ${which}`} onClick={onRemove}>
        Remove
      </button>
    </p>
  );
}

function Hidden({ index, row, fields }: { index: number; row: MediaRow; fields: Array<keyof EditionMediaFormValues> }) {
  return fields.map((f) => <input key={f} type="hidden" name={`media[${index}][${f}]`} value={row[f]} />);
}

const fieldOf = (index: number, errors: Record<string, string>) => (f: MediaTextField) => ({
  id: `media-${index}-${f}`,
  name: `media[${index}][${f}]`,
  error: errors[`media.${index}.${f}`],
});

export function ImageRow({ row, number, index, count, errors, onText, onLead, onMove, onRemove }: MediaRowProps) {
  const field = fieldOf(index, errors);
  const rowError = errors[`media.${index}.assetId`] ?? errors[`media.${index}.role`];
  return (
    <fieldset className="media-row">
      <legend>
        Image {number + 1}: {row.filename}
      </legend>
      <div className="media-row-grid">
        <div>
          {/* The editor-only original: a draft's images are not public yet, so no reader size is served. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            className="media-thumb"
            src={`/api/media/${encodeURIComponent(row.assetId)}/original`}
            alt=""
            width={row.width ?? undefined}
            height={row.height ?? undefined}
            loading="lazy"
          />
          <p className="hint">
            {row.width && row.height ? `${row.width} × ${row.height} px · ` : ""}
            {sizeText(row.bytes)}
          </p>
          {row.status === "FAILED" ? (
            <p className="field-error">
              This image could not be prepared for readers: upload it again, or another export of it (JPEG or PNG).
            </p>
          ) : row.status === "PENDING" ? (
            <p className="hint">Reader sizes are being made.</p>
          ) : null}
        </div>
        <div>
          <BesideOriginal path={`media.${row.assetId}.altText`} fieldId={field("altText").id}>
            {(own) => (
              <InputField
                {...field("altText")}
                {...own}
                label="Alt text"
                hint="What the image shows, for people who cannot see it. Needed before submitting or publishing."
                type="text"
                value={row.altText}
                onChange={(e) => onText("altText", e.target.value)}
                maxLength={MEDIA_LIMITS.altText}
              />
            )}
          </BesideOriginal>
          <BesideOriginal path={`media.${row.assetId}.caption`} fieldId={field("caption").id}>
            {(own) => (
              <TextAreaField
                {...field("caption")}
                {...own}
                label="Caption"
                hint="Optional"
                rows={2}
                value={row.caption}
                onChange={(e) => onText("caption", e.target.value)}
                maxLength={MEDIA_LIMITS.caption}
              />
            )}
          </BesideOriginal>
          <InputField
            {...field("credit")}
            label="Credit"
            hint="Optional, e.g. the photographer"
            type="text"
            value={row.credit}
            onChange={(e) => onText("credit", e.target.value)}
            maxLength={MEDIA_LIMITS.credit}
          />
          <div className="field">
            <label className="inline-choice">
              <input type="radio" name="media-lead" checked={row.role === "LEAD"} onChange={onLead} /> Lead image
            </label>
          </div>
        </div>
      </div>
      {rowError ? <p className="field-error">{rowError}</p> : null}
      <RowButtons noun="image" number={number} count={count} onMove={onMove} onRemove={onRemove} rowKey={row.key} />
      <Hidden index={index} row={row} fields={["assetId", "role", "title"]} />
    </fieldset>
  );
}

export function AttachmentRow({ row, number, index, count, errors, onText, onMove, onRemove }: MediaRowProps) {
  const field = fieldOf(index, errors);
  const rowError = errors[`media.${index}.assetId`] ?? errors[`media.${index}.role`];
  return (
    <fieldset className="media-row">
      <legend>
        Attachment {number + 1}: {row.filename}
      </legend>
      <p className="hint">
        {row.mime} · {sizeText(row.bytes)} ·{" "}
        <a href={`/api/media/${encodeURIComponent(row.assetId)}/original`} download>
          Download
        </a>
      </p>
      <BesideOriginal path={`media.${row.assetId}.title`} fieldId={field("title").id}>
        {(own) => (
          <InputField
            {...field("title")}
            {...own}
            label="Attachment title"
            hint="Shown to readers instead of the file name, e.g. Signed memorandum"
            type="text"
            value={row.title}
            onChange={(e) => onText("title", e.target.value)}
            maxLength={MEDIA_LIMITS.title}
          />
        )}
      </BesideOriginal>
      {rowError ? <p className="field-error">{rowError}</p> : null}
      <RowButtons
        noun="attachment"
        number={number}
        count={count}
        onMove={onMove}
        onRemove={onRemove}
        rowKey={row.key}
      />
      <Hidden index={index} row={row} fields={["assetId", "role", "altText", "caption", "credit"]} />
    </fieldset>
  );
}
