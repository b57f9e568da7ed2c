"use client";

import { useActionState, type ReactNode } from "react";
import { importReleaseAction } from "@/lib/actions/releases/import";
import { agreementHints } from "@/lib/domain/extractor/proposal-hints";
import type { Highlight, ImportActionState } from "@/lib/validation/import";
import { LIMITS, type ReleaseFormValues } from "@/lib/validation/release";
import { Field, TextAreaField } from "./field";
import { ReleaseLanguageField } from "./release-language-field";
import { ImportSources, pasteRichText } from "./release-import-sources";
import { AgreementTitleFields, AgreementTypeField, SpeakerFields, rowField } from "./release-form-rows";

type ScalarName = Exclude<keyof ReleaseFormValues, "agreements" | "quotes" | "changeNote" | "media">;

/**
 * Paste → Extract → review → Create draft. One form throughout, so the raw text and everything
 * typed in the proposal travel with every press and come back in the answer (uncontrolled fields
 * whose defaults are the last answer's values).
 */
export function ReleaseImport() {
  const [state, formAction, pending] = useActionState<ImportActionState, FormData>(importReleaseAction, {
    status: "idle",
  });
  const review = state.status !== "idle" && state.stage === "review" ? state : null;
  const rawText = state.status === "idle" ? "" : state.rawText;
  const url = state.status === "idle" ? "" : (state.url ?? "");
  const errors = state.status === "idle" ? {} : state.fieldErrors;
  const message = state.status === "idle" ? null : state.message;
  const marks = new Set(review?.highlights.map((h) => h.id) ?? []);
  const showInText = (id: string) =>
    marks.has(`mark-${id}`) ? (
      <a href={`#mark-${id}`} className="show-in-text">
        Show in text
      </a>
    ) : null;

  const text = (
    name: ScalarName,
    label: string,
    opts: { hint?: string; max?: number; multiline?: boolean; type?: string; mark?: string } = {},
  ) => (
    <Field id={name} label={label} error={errors[name]} hint={opts.hint}>
      {(aria) => (
        <>
          {opts.multiline ? (
            <textarea
              {...aria}
              name={name}
              defaultValue={review?.values[name] ?? ""}
              maxLength={opts.max}
              rows={name === "body" ? 12 : 3}
            />
          ) : (
            <input
              {...aria}
              type={opts.type ?? "text"}
              name={name}
              defaultValue={review?.values[name] ?? ""}
              maxLength={opts.max}
            />
          )}
          {opts.mark ? showInText(opts.mark) : null}
        </>
      )}
    </Field>
  );

  return (
    <form action={formAction} noValidate aria-describedby="import-status">
      <div id="import-status" aria-live="polite">
        {message ? (
          <p className="notice error" role="alert" aria-label="Import problem">
            {message}
          </p>
        ) : null}
      </div>

      <ImportSources url={url} errors={errors} pending={pending} />

      <Field
        id="rawText"
        label="Raw text"
        error={errors.rawText}
        hint="Up to 100,000 characters: the release as published, dateline included."
      >
        {(aria) => (
          <textarea {...aria} name="rawText" defaultValue={rawText} rows={review ? 6 : 16} onPaste={pasteRichText} />
        )}
      </Field>
      <div className="actions">
        <button
          type="submit"
          name="intent"
          value="extract"
          className={review ? "secondary" : undefined}
          disabled={pending}
        >
          Extract
        </button>
        {pending ? <span role="status">Working…</span> : null}
      </div>

      {review ? (
        <div
          className="import-review"
          style={{
            display: "grid",
            gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
            gap: "1.5rem",
            alignItems: "start",
          }}
        >
          <section aria-labelledby="import-source-heading" style={{ position: "sticky", top: "1rem" }}>
            <h2 id="import-source-heading">Source text</h2>
            <p className="hint">Each proposed value is marked where it was found.</p>
            <div className="import-source" style={{ whiteSpace: "pre-wrap", maxHeight: "80vh", overflow: "auto" }}>
              {highlighted(review.rawText, review.highlights)}
            </div>
          </section>

          <section aria-labelledby="import-proposal-heading">
            <h2 id="import-proposal-heading">Proposed release</h2>
            <input type="hidden" name="highlights" value={JSON.stringify(review.highlights)} />
            {text("headline", "Headline", {
              max: LIMITS.headline,
              mark: "headline",
              hint: "Left empty when the text has no headline line.",
            })}
            {text("summary", "Summary", {
              max: LIMITS.summary,
              multiline: true,
              hint: "Optional: one or two sentences shown in lists.",
            })}
            {text("body", "Body", { max: LIMITS.body, multiline: true })}
            <fieldset>
              <legend>Dateline</legend>
              {showInText("dateline")}
              <div className="row">
                {text("datelinePlace", "Dateline place", { max: LIMITS.place, hint: "Optional" })}
                {text("date", "Date", { type: "date" })}
                {text("time", "Time", {
                  type: "time",
                  hint: review.values.time
                    ? undefined
                    : "Not in the text: leave time and UTC offset empty for a date-only dateline, or enter both",
                })}
                {text("utcOffset", "UTC offset", {
                  hint: review.values.utcOffset ? "e.g. +04:00" : "Not in the text: e.g. +04:00, with the time",
                  max: 10,
                })}
              </div>
            </fieldset>
            {text("issuer", "Issuer", { max: LIMITS.issuer, mark: "issuer" })}
            <ReleaseLanguageField
              defaultValue={review.values.language ?? "en"}
              error={errors.language}
              hint="Found from the text (issue 14): change it if it is wrong."
            />
            {text("sourceCredit", "Source credit", {
              max: LIMITS.sourceCredit,
              mark: "sourceCredit",
              hint: "Optional",
            })}
            {text("mediaContactName", "Media contact name", {
              max: LIMITS.mediaContactName,
              hint: "Optional: found in a “For more information, contact …” line",
            })}
            {text("mediaContactEmail", "Media contact email", { max: LIMITS.mediaContactEmail, type: "email" })}
            {text("mediaContactPhone", "Media contact phone", { max: LIMITS.mediaContactPhone, type: "tel" })}
            {text("countries", "Countries", { hint: "ISO codes separated by commas, e.g. AZ, CN", max: 600 })}
            {text("topics", "Topics", { hint: "Optional, separated by commas", max: 2000 })}

            <h3>Agreements</h3>
            {review.values.agreements.length === 0 ? <p className="hint">No agreement found.</p> : null}
            {review.values.agreements.map((a, i) => {
              const field = rowField("agreements", i, errors);
              return (
                <fieldset key={`a${i}`}>
                  <legend>Agreement {i + 1}</legend>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      name={field("keep").name}
                      defaultChecked={review.keepAgreements[i] ?? true}
                    />{" "}
                    Keep
                  </label>{" "}
                  {showInText(`agreement-${i}`)}
                  <AgreementTypeField {...field("type")} defaultValue={a.type} />
                  {agreementHints(a).map((hint) => (
                    <p key={hint} className="hint proposal-check">
                      {hint}
                    </p>
                  ))}
                  <AgreementTitleFields field={field} bind={(f) => ({ defaultValue: a[f] })} />
                  <input type="hidden" name={field("signedOn").name} value={a.signedOn} />
                  <input type="hidden" name={field("note").name} value={a.note} />
                  {field("signedOn").error ? <p className="field-error">{field("signedOn").error}</p> : null}
                </fieldset>
              );
            })}

            <h3>Quotes</h3>
            {review.values.quotes.length === 0 ? <p className="hint">No quote found.</p> : null}
            {review.values.quotes.map((q, i) => {
              const field = rowField("quotes", i, errors);
              return (
                <fieldset key={`q${i}`}>
                  <legend>Quote {i + 1}</legend>
                  <label className="checkbox">
                    <input type="checkbox" name={field("keep").name} defaultChecked={review.keepQuotes[i] ?? true} />{" "}
                    Keep
                  </label>{" "}
                  {showInText(`quote-${i}`)}
                  <SpeakerFields field={field} bind={(f) => ({ defaultValue: q[f] })} />
                  <TextAreaField
                    {...field("text")}
                    label="Quote text"
                    defaultValue={q.text}
                    maxLength={LIMITS.quoteText}
                    rows={4}
                  />
                  <input type="hidden" name={field("context").name} value={q.context} />
                </fieldset>
              );
            })}

            <div className="actions">
              <button type="submit" name="intent" value="create" disabled={pending}>
                Create draft
              </button>
            </div>
          </section>
        </div>
      ) : null}
    </form>
  );
}

/**
 * The raw text with each highlight as a <mark id>. Ranges may nest (an agreement named inside a
 * quote); a range that only partly overlaps an earlier one is cut to start where that one ends.
 */
function highlighted(text: string, highlights: readonly Highlight[]): ReactNode[] {
  const sorted = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  const render = (from: number, to: number, items: Highlight[]): ReactNode[] => {
    const out: ReactNode[] = [];
    let pos = from;
    let rest = items;
    while (rest.length > 0) {
      const [head, ...tail] = rest;
      const start = Math.max(head!.start, pos);
      const end = Math.min(head!.end, to);
      rest = tail;
      if (start >= end) continue;
      if (start > pos) out.push(text.slice(pos, start));
      const contained = (h: Highlight) => h.start < end && h.end <= end;
      const inside = rest.filter(contained);
      rest = rest.filter((h) => !contained(h)).map((h) => (h.start < end ? { ...h, start: end } : h));
      out.push(
        <mark key={head!.id} id={head!.id} title={head!.label}>
          {render(start, end, inside)}
        </mark>,
      );
      pos = end;
    }
    if (pos < to) out.push(text.slice(pos, to));
    return out;
  };
  return render(0, text.length, sorted);
}
