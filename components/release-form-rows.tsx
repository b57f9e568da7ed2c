"use client";

import { useState } from "react";
import { AGREEMENT_TYPES, AGREEMENT_TYPE_LABELS } from "@/lib/domain/agreement-types";
import { LIMITS, type AgreementFormValues, type QuoteFormValues } from "@/lib/validation/release";
import { Field, InputField, TextAreaField } from "./field";

// The release form's repeated rows (agreements, quotes): their state, the section that lists
// them, and one row of each kind.

type Keyed<T> = T & { key: number };
export type RowChange<T> = (
  field: keyof T,
) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;

let nextKey = 1;
const keyed = <T,>(row: T): Keyed<T> => ({ ...row, key: nextKey++ });

/** A row as the server wants it: without the key React needs to keep each row's inputs apart. */
export const withoutKey = <T extends { key: number }>({ key: _key, ...row }: T) => row;

/** Rows with stable keys, so removing one does not hand its neighbour's inputs to the next. */
export function useRows<T>(initial: readonly T[]) {
  const [rows, setRows] = useState(() => initial.map(keyed));
  return {
    rows,
    change:
      (index: number): RowChange<T> =>
      (field) =>
      (e) =>
        setRows((rows) => rows.map((row, i) => (i === index ? { ...row, [field]: e.target.value } : row))),
    remove: (index: number) => setRows((rows) => rows.filter((_, j) => j !== index)),
    add: (row: T) => setRows((rows) => [...rows, keyed(row)]),
  };
}

/** A section of rows with its heading, its list-level error and an "Add …" button. */
export function RowsSection({
  id,
  title,
  error,
  addLabel,
  canAdd,
  onAdd,
  fixed = null,
  children,
}: {
  id: string;
  title: string;
  error: string | undefined;
  addLabel: string;
  canAdd: boolean;
  onAdd: () => void;
  /** Why rows cannot be added or removed here (a translation's rows are its original's, issue 14). */
  fixed?: string | null;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {error ? <p className="field-error">{error}</p> : null}
      {fixed ? <p className="hint">{fixed}</p> : null}
      {children}
      {fixed ? null : (
        <button type="button" className="secondary" onClick={onAdd} disabled={!canAdd}>
          {addLabel}
        </button>
      )}
    </section>
  );
}

interface RowProps<T> {
  index: number;
  row: T;
  errors: Record<string, string>;
  onChange: RowChange<T>;
  onRemove: () => void;
}

/** The fieldset of row `index` ("Agreement 2") with its Remove button. */
function RowFieldset({
  noun,
  index,
  onRemove,
  children,
}: {
  noun: "Agreement" | "Quote";
  index: number;
  onRemove: () => void;
  children: React.ReactNode;
}) {
  return (
    <fieldset>
      <legend>
        {noun} {index + 1}
      </legend>
      <button
        type="button"
        className="danger remove-row"
        onClick={onRemove}
        aria-label={`Remove ${noun.toLowerCase()} ${index + 1}`}
      >
        Remove
      </button>
      {children}
    </fieldset>
  );
}

/** id, name and error of a row's field: `agreement-0-title`, `agreements[0][title]`, `agreements.0.title`. */
export function rowField<T = Record<string, unknown>>(
  list: "agreements" | "quotes",
  index: number,
  errors: Record<string, string>,
) {
  return (f: keyof T & string) => ({
    id: `${list.slice(0, -1)}-${index}-${f}`,
    name: `${list}[${index}][${f}]`,
    error: errors[`${list}.${index}.${f}`],
  });
}

/** The agreement type select, labelled; every other prop goes to the select. */
export function AgreementTypeField({
  id,
  error,
  hint,
  ...select
}: { id: string; error: string | undefined; hint?: string } & Omit<React.ComponentProps<"select">, "id" | "children">) {
  return (
    <Field id={id} label="Agreement type" error={error} hint={hint}>
      {(aria) => (
        <select {...aria} {...select}>
          {AGREEMENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {AGREEMENT_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** How a row's input holds its value: controlled in the editor form, a default in the import review. */
export type Binding =
  { value: string; onChange: ReturnType<RowChange<unknown>> } | { defaultValue: string; onChange?: undefined };
type RowFieldProps = ReturnType<ReturnType<typeof rowField>>;

/** An agreement's title and parties, the part of its row the editor form and the import review share. */
export function AgreementTitleFields({
  field,
  bind,
}: {
  field: (f: "title" | "parties") => RowFieldProps;
  bind: (f: "title" | "parties") => Binding;
}) {
  return (
    <>
      <InputField
        {...field("title")}
        label="Agreement title"
        type="text"
        {...bind("title")}
        maxLength={LIMITS.agreementTitle}
      />
      <TextAreaField {...field("parties")} label="Parties" hint="One per line" {...bind("parties")} rows={3} />
    </>
  );
}

const SPEAKER_FIELDS = [
  ["speaker", "Speaker"],
  ["speakerRole", "Speaker role"],
  ["speakerOrganisation", "Speaker organisation"],
] as const;
type SpeakerField = (typeof SPEAKER_FIELDS)[number][0];

/** Who said a quote: the speaker fields of a quote row (the editor form and the import review). */
export function SpeakerFields({
  field,
  bind,
  list,
}: {
  field: (f: SpeakerField) => RowFieldProps;
  bind: (f: SpeakerField) => Binding;
  /** A datalist of known people to suggest. */
  list?: string;
}) {
  return SPEAKER_FIELDS.map(([f, label]) => (
    <InputField
      key={f}
      {...field(f)}
      label={label}
      type="text"
      list={f === "speaker" ? list : undefined}
      {...bind(f)}
      maxLength={LIMITS[f]}
    />
  ));
}

export function AgreementRow({ index, row, errors, onChange, onRemove }: RowProps<AgreementFormValues>) {
  const field = rowField<AgreementFormValues>("agreements", index, errors);
  return (
    <RowFieldset noun="Agreement" index={index} onRemove={onRemove}>
      <div className="row">
        <AgreementTypeField {...field("type")} value={row.type} onChange={onChange("type")} />
        <InputField
          {...field("signedOn")}
          label="Signed on"
          hint="Optional"
          type="date"
          value={row.signedOn}
          onChange={onChange("signedOn")}
        />
      </div>
      <AgreementTitleFields field={field} bind={(f) => ({ value: row[f], onChange: onChange(f) })} />
      <InputField
        {...field("note")}
        label="Note"
        hint="Optional"
        type="text"
        value={row.note}
        onChange={onChange("note")}
        maxLength={LIMITS.note}
      />
    </RowFieldset>
  );
}

export function QuoteRow({
  index,
  row,
  errors,
  onChange,
  onRemove,
  onInsertIntoBody,
}: RowProps<QuoteFormValues> & { onInsertIntoBody: () => void }) {
  const field = rowField<QuoteFormValues>("quotes", index, errors);
  return (
    <RowFieldset noun="Quote" index={index} onRemove={onRemove}>
      <div className="row">
        <SpeakerFields field={field} bind={(f) => ({ value: row[f], onChange: onChange(f) })} list="known-people" />
      </div>
      <TextAreaField
        {...field("text")}
        label="Quote text"
        hint="The exact words, without quotation marks"
        value={row.text}
        onChange={onChange("text")}
        maxLength={LIMITS.quoteText}
        rows={4}
      />
      {/* Issue 12.3: the consistency check wants the words in the body too; this puts them there. */}
      <p className="row-actions">
        <button type="button" className="secondary" onClick={onInsertIntoBody}>
          Insert into body
        </button>
      </p>
      <input type="hidden" name={field("context").name} value={row.context} />
    </RowFieldset>
  );
}
