"use client";

import { useActionState, useEffect, useRef, useState, startTransition } from "react";
import { autosaveReleaseAction } from "@/lib/actions/releases/autosave";
import { saveReleaseAction } from "@/lib/actions/releases/save";
import { useEditorVersion } from "./editor-version";
import { AGREEMENT_TYPES, AGREEMENT_TYPE_LABELS } from "@/lib/domain/agreement-types";
import type { ReleaseActionState } from "@/lib/validation/action-state";
import {
  LIMITS,
  emptyAgreement,
  emptyQuote,
  type AgreementFormValues,
  type QuoteFormValues,
  type ReleaseFormValues,
} from "@/lib/validation/release";
import {
  TOO_LARGE_MESSAGE,
  actionRequestBytes,
  jsonRequestBytes,
  tooLargeForAction,
} from "@/lib/validation/request-size";
import { Field } from "./field";

type Keyed<T> = T & { key: number };
type ScalarName = Exclude<keyof ReleaseFormValues, "agreements" | "quotes">;

export interface ReleaseFormProps {
  initial: ReleaseFormValues;
  /** True when readers already see an edition: this save is a correction with a public change note. */
  correcting?: boolean;
  releaseId?: string;
  version?: number;
  /** Names and aliases of known people, offered as speaker suggestions. */
  people: string[];
  /** Why autosave is off for this release (e.g. saving would cancel its schedule); null = on. */
  autosaveOffReason?: string | null;
}

const AUTOSAVE_DELAY_MS = 3_000;
const hhmm = (iso: string) => new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });

let nextKey = 1;
const keyed = <T,>(row: T): Keyed<T> => ({ ...row, key: nextKey++ });

export function ReleaseForm({
  initial,
  releaseId,
  version: loadedVersion,
  people,
  correcting = false,
  autosaveOffReason = null,
}: ReleaseFormProps) {
  const { version, setVersion } = useEditorVersion(loadedVersion);
  const [state, formAction, pending] = useActionState<ReleaseActionState, FormData>(saveReleaseAction, {
    status: "idle",
  });
  // Controlled fields: what the user typed stays on screen whatever the server answers.
  const [values, setValues] = useState(() => ({ ...initial, agreements: [], quotes: [] }) as ReleaseFormValues);
  const [agreements, setAgreements] = useState(() => initial.agreements.map(keyed));
  const [quotes, setQuotes] = useState(() => initial.quotes.map(keyed));
  const [removedRows, setRemovedRows] = useState(false);
  const [tooLarge, setTooLarge] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const errors = state.status === "idle" || removedRows ? {} : state.fieldErrors;

  // Autosave: a few seconds after the last change, the same version-checked save without leaving
  // the page. It stops after a conflict so it never overwrites someone else's newer save.
  const [autosave, setAutosave] = useState<string | null>(
    autosaveOffReason ? `Autosave is off: ${autosaveOffReason}` : null,
  );
  const stopped = useRef(Boolean(autosaveOffReason));
  const firstRender = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<unknown> | null>(null);
  const latestVersion = useRef(version);
  useEffect(() => {
    latestVersion.current = version;
  }, [version]);
  const submitting = useRef(false);
  async function runAutosave() {
    if (!releaseId || submitting.current) return;
    const strip = <T extends { key: number }>({ key: _key, ...row }: T) => row;
    const payload = {
      id: releaseId,
      version: latestVersion.current,
      values: { ...values, agreements: agreements.map(strip), quotes: quotes.map(strip) },
    };
    if (tooLargeForAction(jsonRequestBytes(payload))) return setAutosave(`Not saved: ${TOO_LARGE_MESSAGE}`);
    try {
      const result = await autosaveReleaseAction(payload);
      if (result.status === "saved") {
        latestVersion.current = result.version;
        setVersion(result.version);
        setAutosave(`Saved ${hhmm(result.savedAt)}`);
      } else {
        if (result.status === "conflict") stopped.current = true;
        setAutosave(`Not saved: ${result.message}`);
      }
    } catch {
      setAutosave("Not saved: the server could not be reached. Your text is still here.");
    }
  }

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!releaseId || stopped.current || submitting.current) return;
    timer.current = setTimeout(() => {
      inFlight.current = runAutosave().finally(() => (inFlight.current = null));
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer.current);
    // Only the content triggers an autosave; version changes come from the autosave itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values, agreements, quotes]);

  const set = (name: ScalarName) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    // Dispatch ourselves so React does not reset the form after the action; without JavaScript the
    // form still posts to the same server action.
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    // Next refuses an action body over its size limit with a bare 500 (a crash screen, the text lost):
    // say so here instead, before sending anything. useActionState sends the previous state along.
    const oversized = tooLargeForAction(actionRequestBytes(data, state));
    setTooLarge(oversized);
    if (oversized) return;
    setRemovedRows(false);
    // A manual save never races this page's own autosave: cancel the pending one, wait for one in
    // flight, and send the version it produced.
    submitting.current = true;
    clearTimeout(timer.current);
    await inFlight.current;
    if (releaseId) data.set("version", String(latestVersion.current));
    startTransition(() => formAction(data));
  }

  // After an answer (an error: a success navigates away) autosave may run again.
  useEffect(() => {
    submitting.current = false;
  }, [state]);

  const updateRow =
    <T,>(setRows: React.Dispatch<React.SetStateAction<Keyed<T>[]>>, index: number, field: keyof T) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setRows((rows) => rows.map((row, i) => (i === index ? { ...row, [field]: e.target.value } : row)));

  const text = (
    name: ScalarName,
    label: string,
    opts: { hint?: string; max?: number; multiline?: boolean; className?: string } = {},
  ) => (
    <Field id={name} label={label} error={errors[name]} hint={opts.hint}>
      {(aria) =>
        opts.multiline ? (
          <textarea
            {...aria}
            name={name}
            value={values[name] ?? ""}
            onChange={set(name)}
            maxLength={opts.max}
            className={opts.className}
          />
        ) : (
          <input
            {...aria}
            type="text"
            name={name}
            value={values[name] ?? ""}
            onChange={set(name)}
            maxLength={opts.max}
          />
        )
      }
    </Field>
  );

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-describedby="form-status">
      <div id="form-status" aria-live="polite">
        {tooLarge ? (
          <div className="notice error" role="alert" aria-label="Save problem">
            <p style={{ margin: 0 }}>{TOO_LARGE_MESSAGE}</p>
          </div>
        ) : state.status !== "idle" ? (
          <div className="notice error" role="alert" aria-label="Save problem">
            <p style={{ margin: 0 }}>{state.message}</p>
            {state.status === "conflict" ? (
              <p style={{ margin: ".5rem 0 0" }}>
                Your text is still in the form below. Copy what you need, then{" "}
                <a href={releaseId ? `/admin/releases/${releaseId}` : "/admin"} target="_blank" rel="noreferrer">
                  open the newer version
                </a>{" "}
                in a new tab.
              </p>
            ) : null}
            {state.status === "conflict" ? (
              <details open>
                <summary>Your unsaved text</summary>
                <textarea
                  readOnly
                  aria-label="Your unsaved text"
                  rows={6}
                  value={[values.headline, values.summary, values.body].filter(Boolean).join("\n\n")}
                />
              </details>
            ) : null}
          </div>
        ) : null}
      </div>

      {releaseId ? <input type="hidden" name="id" value={releaseId} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}

      {text("headline", "Headline", { max: LIMITS.headline })}
      {text("summary", "Summary", {
        max: LIMITS.summary,
        multiline: true,
        hint: "One or two sentences shown in lists and previews.",
      })}
      {text("body", "Body", {
        max: LIMITS.body,
        multiline: true,
        className: "body",
        hint: "Markdown: blank line between paragraphs, *emphasis*, [links](https://…), lists with -.",
      })}

      <fieldset>
        <legend>Dateline</legend>
        <div className="row">
          {text("datelinePlace", "Dateline place", { max: LIMITS.place, hint: "Optional, e.g. Baku" })}
          <Field id="date" label="Date" error={errors.date}>
            {(aria) => <input {...aria} type="date" name="date" value={values.date} onChange={set("date")} />}
          </Field>
          <Field id="time" label="Time" error={errors.time}>
            {(aria) => <input {...aria} type="time" name="time" value={values.time} onChange={set("time")} />}
          </Field>
          {text("utcOffset", "UTC offset", { hint: "e.g. +04:00", max: 10 })}
        </div>
      </fieldset>

      <div className="row">
        {text("issuer", "Issuer", { max: LIMITS.issuer })}
        {text("sourceCredit", "Source credit", { max: LIMITS.sourceCredit, hint: "Optional" })}
      </div>
      <div className="row">
        {text("countries", "Countries", { hint: "ISO codes separated by commas, e.g. AZ, CN", max: 600 })}
        {text("topics", "Topics", { hint: "Optional, separated by commas", max: 2000 })}
      </div>

      {correcting
        ? text("changeNote", "Change note", {
            max: LIMITS.note,
            multiline: true,
            hint: "Public: shown on the release as “Updated ‹date›: ‹note›” once this edition is published.",
          })
        : null}

      <section aria-labelledby="agreements-heading">
        <h2 id="agreements-heading">Agreements</h2>
        {errors.agreements ? <p className="field-error">{errors.agreements}</p> : null}
        {agreements.map((row, i) => (
          <AgreementRow
            key={row.key}
            index={i}
            row={row}
            errors={errors}
            onChange={(f) => updateRow(setAgreements, i, f)}
            onRemove={() => {
              setAgreements((rows) => rows.filter((_, j) => j !== i));
              setRemovedRows(true);
            }}
          />
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => setAgreements((rows) => [...rows, keyed(emptyAgreement())])}
          disabled={agreements.length >= LIMITS.agreements}
        >
          Add agreement
        </button>
      </section>

      <section aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">Quotes</h2>
        {errors.quotes ? <p className="field-error">{errors.quotes}</p> : null}
        <datalist id="known-people">
          {people.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {quotes.map((row, i) => (
          <QuoteRow
            key={row.key}
            index={i}
            row={row}
            errors={errors}
            onChange={(f) => updateRow(setQuotes, i, f)}
            onRemove={() => {
              setQuotes((rows) => rows.filter((_, j) => j !== i));
              setRemovedRows(true);
            }}
          />
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => setQuotes((rows) => [...rows, keyed(emptyQuote())])}
          disabled={quotes.length >= LIMITS.quotes}
        >
          Add quote
        </button>
      </section>

      <div className="actions">
        <button type="submit" name="intent" value="save" disabled={pending}>
          Save draft
        </button>
        {releaseId ? null : (
          <button type="submit" name="intent" value="submit" disabled={pending}>
            Save and submit for review
          </button>
        )}
        {pending ? <span role="status">Saving…</span> : null}
        {releaseId && autosave ? (
          <span className="autosave" role="status" aria-label="Autosave">
            {autosave}
          </span>
        ) : null}
      </div>
    </form>
  );
}

type RowChange<T> = (
  field: keyof T,
) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;

function AgreementRow({
  index,
  row,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  row: AgreementFormValues;
  errors: Record<string, string>;
  onChange: RowChange<AgreementFormValues>;
  onRemove: () => void;
}) {
  const name = (f: keyof AgreementFormValues) => `agreements[${index}][${f}]`;
  const id = (f: keyof AgreementFormValues) => `agreement-${index}-${f}`;
  const err = (f: keyof AgreementFormValues) => errors[`agreements.${index}.${f}`];
  return (
    <fieldset>
      <legend>Agreement {index + 1}</legend>
      <button
        type="button"
        className="danger remove-row"
        onClick={onRemove}
        aria-label={`Remove agreement ${index + 1}`}
      >
        Remove
      </button>
      <div className="row">
        <Field id={id("type")} label="Agreement type" error={err("type")}>
          {(aria) => (
            <select {...aria} name={name("type")} value={row.type} onChange={onChange("type")}>
              {AGREEMENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {AGREEMENT_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id("signedOn")} label="Signed on" error={err("signedOn")} hint="Optional">
          {(aria) => (
            <input {...aria} type="date" name={name("signedOn")} value={row.signedOn} onChange={onChange("signedOn")} />
          )}
        </Field>
      </div>
      <Field id={id("title")} label="Agreement title" error={err("title")}>
        {(aria) => (
          <input
            {...aria}
            type="text"
            name={name("title")}
            value={row.title}
            onChange={onChange("title")}
            maxLength={LIMITS.agreementTitle}
          />
        )}
      </Field>
      <Field id={id("parties")} label="Parties" error={err("parties")} hint="One per line">
        {(aria) => (
          <textarea {...aria} name={name("parties")} value={row.parties} onChange={onChange("parties")} rows={3} />
        )}
      </Field>
      <Field id={id("note")} label="Note" error={err("note")} hint="Optional">
        {(aria) => (
          <input
            {...aria}
            type="text"
            name={name("note")}
            value={row.note}
            onChange={onChange("note")}
            maxLength={LIMITS.note}
          />
        )}
      </Field>
    </fieldset>
  );
}

function QuoteRow({
  index,
  row,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  row: QuoteFormValues;
  errors: Record<string, string>;
  onChange: RowChange<QuoteFormValues>;
  onRemove: () => void;
}) {
  const name = (f: keyof QuoteFormValues) => `quotes[${index}][${f}]`;
  const id = (f: keyof QuoteFormValues) => `quote-${index}-${f}`;
  const err = (f: keyof QuoteFormValues) => errors[`quotes.${index}.${f}`];
  return (
    <fieldset>
      <legend>Quote {index + 1}</legend>
      <button type="button" className="danger remove-row" onClick={onRemove} aria-label={`Remove quote ${index + 1}`}>
        Remove
      </button>
      <div className="row">
        <Field id={id("speaker")} label="Speaker" error={err("speaker")}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              list="known-people"
              name={name("speaker")}
              value={row.speaker}
              onChange={onChange("speaker")}
              maxLength={LIMITS.speaker}
            />
          )}
        </Field>
        <Field id={id("speakerRole")} label="Speaker role" error={err("speakerRole")}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              name={name("speakerRole")}
              value={row.speakerRole}
              onChange={onChange("speakerRole")}
              maxLength={LIMITS.speakerRole}
            />
          )}
        </Field>
        <Field id={id("speakerOrganisation")} label="Speaker organisation" error={err("speakerOrganisation")}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              name={name("speakerOrganisation")}
              value={row.speakerOrganisation}
              onChange={onChange("speakerOrganisation")}
              maxLength={LIMITS.speakerOrganisation}
            />
          )}
        </Field>
      </div>
      <Field id={id("text")} label="Quote text" error={err("text")} hint="The exact words, without quotation marks">
        {(aria) => (
          <textarea
            {...aria}
            name={name("text")}
            value={row.text}
            onChange={onChange("text")}
            maxLength={LIMITS.quoteText}
            rows={4}
          />
        )}
      </Field>
      <input type="hidden" name={name("context")} value={row.context} />
    </fieldset>
  );
}
