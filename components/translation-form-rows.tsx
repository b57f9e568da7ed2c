"use client";

import { LIMITS, type AgreementFormValues, type QuoteFormValues } from "@/lib/validation/release";
import { InputField, TextAreaField } from "./field";
import { AgreementTypeField, rowField, type RowChange } from "./release-form-rows";
import { BesideOriginal, SHARED_HINT, type OwnFieldProps } from "./translation-original";

// Issue 14: a translation's agreement and quote rows. Row i translates the original's row i: its type
// and signing date are the original's (shown, read-only, posted as they are: the save takes them from
// the original anyway), its words are the translator's, each beside the original's. The speaker is the
// original's person; the Speaker field is their name as the translation's language writes it. Rows are
// neither added nor removed here: the original's structure is the translation's. Same labels, ids and
// field names as the release form's rows.

interface Props<T> {
  index: number;
  row: T;
  errors: Record<string, string>;
  onChange: RowChange<T>;
}

export function TranslationAgreementRow({ index, row, errors, onChange }: Props<AgreementFormValues>) {
  const field = rowField<AgreementFormValues>("agreements", index, errors);
  const beside = (f: "title" | "parties" | "note", render: (own: OwnFieldProps) => React.ReactNode) => (
    <BesideOriginal path={`agreements.${index}.${f}`} fieldId={field(f).id}>
      {render}
    </BesideOriginal>
  );
  return (
    <fieldset>
      <legend>Agreement {index + 1}</legend>
      <div className="row">
        {/* A disabled select is not posted: the hidden field carries the type. */}
        <AgreementTypeField
          {...field("type")}
          name={undefined}
          hint={SHARED_HINT}
          value={row.type}
          onChange={onChange("type")}
          disabled
        />
        <input type="hidden" name={field("type").name} value={row.type} />
        <InputField
          {...field("signedOn")}
          label="Signed on"
          hint={SHARED_HINT}
          type="date"
          value={row.signedOn}
          readOnly
        />
      </div>
      {beside("title", (own) => (
        <InputField
          {...field("title")}
          {...own}
          label="Agreement title"
          type="text"
          value={row.title}
          onChange={onChange("title")}
          maxLength={LIMITS.agreementTitle}
        />
      ))}
      {beside("parties", (own) => (
        <TextAreaField
          {...field("parties")}
          {...own}
          label="Parties"
          hint="One per line"
          value={row.parties}
          onChange={onChange("parties")}
          rows={3}
        />
      ))}
      {beside("note", (own) => (
        <InputField
          {...field("note")}
          {...own}
          label="Note"
          hint="Optional"
          type="text"
          value={row.note}
          onChange={onChange("note")}
          maxLength={LIMITS.note}
        />
      ))}
    </fieldset>
  );
}

export function TranslationQuoteRow({
  index,
  row,
  errors,
  onChange,
  onInsertIntoBody,
}: Props<QuoteFormValues> & { onInsertIntoBody: () => void }) {
  const field = rowField<QuoteFormValues>("quotes", index, errors);
  const text = (f: "speaker" | "speakerRole" | "speakerOrganisation", label: string, hint?: string) => (
    <BesideOriginal path={`quotes.${index}.${f}`} fieldId={field(f).id}>
      {(own) => (
        <InputField
          {...field(f)}
          {...own}
          label={label}
          hint={hint}
          type="text"
          value={row[f]}
          onChange={onChange(f)}
          maxLength={LIMITS[f]}
        />
      )}
    </BesideOriginal>
  );
  return (
    <fieldset>
      <legend>Quote {index + 1}</legend>
      {text("speaker", "Speaker", "The original's speaker: write the name as this language writes it")}
      {text("speakerRole", "Speaker role")}
      {text("speakerOrganisation", "Speaker organisation")}
      <BesideOriginal path={`quotes.${index}.text`} fieldId={field("text").id}>
        {(own) => (
          <TextAreaField
            {...field("text")}
            {...own}
            label="Quote text"
            hint="The exact words, without quotation marks"
            value={row.text}
            onChange={onChange("text")}
            maxLength={LIMITS.quoteText}
            rows={4}
          />
        )}
      </BesideOriginal>
      <p className="row-actions">
        <button type="button" className="secondary" onClick={onInsertIntoBody}>
          Insert into body
        </button>
      </p>
      <input type="hidden" name={field("context").name} value={row.context} />
    </fieldset>
  );
}
