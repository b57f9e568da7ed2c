"use client";

import {
  LIMITS,
  emptyAgreement,
  emptyQuote,
  type AgreementFormValues,
  type QuoteFormValues,
} from "@/lib/validation/release";
import { AgreementRow, QuoteRow, RowsSection, type useRows } from "./release-form-rows";
import { TranslationAgreementRow, TranslationQuoteRow } from "./translation-form-rows";

type Rows<T> = ReturnType<typeof useRows<T>>;

/**
 * The release form's "Agreements" and "Quotes" sections. On a translation (issue 14) the rows are the
 * original's: each translates its original row, and none is added or removed here.
 */
export function ReleaseRowSections({
  agreements,
  quotes,
  errors,
  people,
  translating,
  onRemoved,
  onInsertQuote,
}: {
  agreements: Rows<AgreementFormValues>;
  quotes: Rows<QuoteFormValues>;
  errors: Record<string, string>;
  /** Names and aliases of known people, offered as speaker suggestions. */
  people: string[];
  translating: boolean;
  /** A row was removed: the save's field errors no longer point at the right rows. */
  onRemoved: () => void;
  onInsertQuote: (index: number) => void;
}) {
  const remove = (rows: { remove: (index: number) => void }, index: number) => () => {
    rows.remove(index);
    onRemoved();
  };
  const fixed = (what: string) =>
    translating ? `The original's ${what}, to translate: add or remove them on the original.` : null;
  return (
    <>
      <RowsSection
        id="agreements"
        title="Agreements"
        error={errors.agreements}
        addLabel="Add agreement"
        canAdd={agreements.rows.length < LIMITS.agreements}
        onAdd={() => agreements.add(emptyAgreement())}
        fixed={fixed("agreements")}
      >
        {agreements.rows.map((row, i) =>
          translating ? (
            <TranslationAgreementRow
              key={row.key}
              index={i}
              row={row}
              errors={errors}
              onChange={agreements.change(i)}
            />
          ) : (
            <AgreementRow
              key={row.key}
              index={i}
              row={row}
              errors={errors}
              onChange={agreements.change(i)}
              onRemove={remove(agreements, i)}
            />
          ),
        )}
      </RowsSection>

      <RowsSection
        id="quotes"
        title="Quotes"
        error={errors.quotes}
        addLabel="Add quote"
        canAdd={quotes.rows.length < LIMITS.quotes}
        onAdd={() => quotes.add(emptyQuote())}
        fixed={fixed("quotes")}
      >
        <datalist id="known-people">
          {people.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {quotes.rows.map((row, i) =>
          translating ? (
            <TranslationQuoteRow
              key={row.key}
              index={i}
              row={row}
              errors={errors}
              onChange={quotes.change(i)}
              onInsertIntoBody={() => onInsertQuote(i)}
            />
          ) : (
            <QuoteRow
              key={row.key}
              index={i}
              row={row}
              errors={errors}
              onChange={quotes.change(i)}
              onRemove={remove(quotes, i)}
              onInsertIntoBody={() => onInsertQuote(i)}
            />
          ),
        )}
      </RowsSection>
    </>
  );
}
