"use client";

import { useActionState, useState } from "react";
import type { ContactListFormState } from "@/lib/actions/contacts/create-list";
import type { ContactFormState, ContactImportState, ContactRowState } from "@/lib/validation/contacts";
import { CONTACT_LIMITS, type RejectedRow } from "@/lib/domain/distribution/contacts-csv";
import { InputField } from "./field";
import { submitWithoutReset } from "./submit-without-reset";

type Action<S> = (prev: S, form: FormData) => Promise<S>;

export function ContactAddForm({ action, lists }: { action: Action<ContactFormState>; lists: string[] }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ContactFormState);
  const refused = state.status === "invalid" || state.status === "error";
  const values = refused ? state.values : { name: "", outlet: "", email: "", languages: "", beats: "", lists: [] };
  const errors = refused ? state.fieldErrors : {};
  return (
    <form
      action={formAction}
      onSubmit={submitWithoutReset(formAction)}
      noValidate
      key={state.status === "added" ? state.email : "form"}
      className="contact-form"
    >
      {state.status === "added" ? (
        <p className="notice" role="status">
          Added {state.email}.
        </p>
      ) : null}
      {refused ? (
        <p className="notice error" role="alert">
          {state.message}
        </p>
      ) : null}
      <InputField id="contact-name" name="name" label="Name" defaultValue={values.name} error={errors.name} />
      <InputField id="contact-outlet" name="outlet" label="Outlet" defaultValue={values.outlet} error={errors.outlet} />
      <InputField
        id="contact-email"
        name="email"
        type="email"
        label="Email"
        defaultValue={values.email}
        error={errors.email}
      />
      <InputField
        id="contact-languages"
        name="languages"
        label="Languages"
        hint="Language codes, separated by commas: en, az, ru"
        defaultValue={values.languages}
        error={errors.languages}
      />
      <InputField
        id="contact-beats"
        name="beats"
        label="Beats"
        hint="Separated by commas: energy, diplomacy"
        defaultValue={values.beats}
        error={errors.beats}
      />
      {lists.length > 0 || errors.lists ? (
        <fieldset aria-describedby={errors.lists ? "contact-lists-error" : undefined}>
          <legend>Lists</legend>
          {errors.lists ? (
            <p className="field-error" id="contact-lists-error">
              {errors.lists}
            </p>
          ) : null}
          {lists.map((name) => (
            <label key={name}>
              <input type="checkbox" name="lists" value={name} defaultChecked={values.lists.includes(name)} /> {name}
            </label>
          ))}
        </fieldset>
      ) : null}
      <button type="submit" disabled={pending}>
        Add contact
      </button>
    </form>
  );
}

export function ContactListForm({ action }: { action: Action<ContactListFormState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ContactListFormState);
  const refused = state.status === "invalid" || state.status === "error";
  return (
    <form
      action={formAction}
      onSubmit={submitWithoutReset(formAction)}
      noValidate
      key={state.status === "created" ? state.name : "form"}
      className="inline-form"
    >
      {state.status === "created" ? (
        <p className="notice" role="status">
          List “{state.name}” created.
        </p>
      ) : null}
      <InputField
        id="list-name"
        name="name"
        label="List name"
        maxLength={CONTACT_LIMITS.listName * 2}
        defaultValue={refused ? state.name : ""}
        error={refused ? state.message : undefined}
      />
      <button type="submit" disabled={pending}>
        Create list
      </button>
    </form>
  );
}

export function ContactImportForm({ action }: { action: Action<ContactImportState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ContactImportState);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const error = tooLarge ?? (state.status === "error" ? state.message : undefined);
  return (
    <div className="contact-import">
      <form action={formAction} noValidate>
        <input type="hidden" name="intent" value="preview" />
        <InputField
          id="contacts-csv-file"
          name="csvFile"
          type="file"
          accept=".csv,text/csv,text/plain"
          label="CSV file"
          hint="Columns: name, outlet, email, languages, beats, lists (several values separated by “;”). The first line names them."
          error={error}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            setTooLarge(
              file && file.size > CONTACT_LIMITS.bytes
                ? `The file is larger than ${CONTACT_LIMITS.bytes / 1_000} KB: split it in two`
                : null,
            );
          }}
        />
        <button type="submit" disabled={pending || tooLarge !== null}>
          Preview import
        </button>
      </form>
      {state.status === "preview" ? <ImportPreview state={state} formAction={formAction} pending={pending} /> : null}
      {state.status === "imported" ? (
        <div className="notice" role="status">
          <p>
            Imported: {count(state.added)} new, {count(state.updated)} updated, {count(state.rejectedCount)} rejected.
          </p>
          {state.rejectedCount > 0 ? <RejectedRows rows={state.rejected} total={state.rejectedCount} /> : null}
        </div>
      ) : null}
    </div>
  );
}

const count = (n: number) => n.toLocaleString("en");

/** "Showing 200 of 4,750" when a table holds the first rows only (the state carries no more). */
function Showing({ shown, total }: { shown: number; total: number }) {
  return shown < total ? (
    <span className="hint">
      {" "}
      Showing {count(shown)} of {count(total)}
    </span>
  ) : null;
}

function ImportPreview({
  state,
  formAction,
  pending,
}: {
  state: Extract<ContactImportState, { status: "preview" }>;
  formAction: (form: FormData) => void;
  pending: boolean;
}) {
  return (
    <section aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">Preview{state.fileName ? `: ${state.fileName}` : ""}</h3>
      <p role="status">
        {count(state.newCount)} new, {count(state.updateCount)} to update, {count(state.rejectedCount)} rejected.
      </p>
      {state.acceptedCount > 0 ? (
        <table className="data">
          <caption>
            Rows to import
            <Showing shown={state.accepted.length} total={state.acceptedCount} />
          </caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Name</th>
              <th scope="col">Outlet</th>
              <th scope="col">Email</th>
              <th scope="col">Lists</th>
              <th scope="col">Import as</th>
            </tr>
          </thead>
          <tbody>
            {state.accepted.map((r) => (
              <tr key={r.line}>
                <td data-label="Line">{r.line}</td>
                <td data-label="Name">{r.name}</td>
                <td data-label="Outlet">{r.outlet}</td>
                <td data-label="Email">{r.email}</td>
                <td data-label="Lists">{r.lists.join(", ")}</td>
                <td data-label="Import as">{r.existing ? "update" : "new"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {state.rejectedCount > 0 ? <RejectedRows rows={state.rejected} total={state.rejectedCount} /> : null}
      <form action={formAction}>
        <input type="hidden" name="intent" value="import" />
        <input type="hidden" name="csv" value={state.csv} />
        <input type="hidden" name="fileName" value={state.fileName} />
        <button type="submit" disabled={pending || state.acceptedCount === 0}>
          Import {count(state.acceptedCount)} contacts
        </button>
      </form>
    </section>
  );
}

function RejectedRows({ rows, total }: { rows: RejectedRow[]; total: number }) {
  return (
    <table className="data">
      <caption>
        Rejected rows
        <Showing shown={rows.length} total={total} />
      </caption>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Email</th>
          <th scope="col">Reason</th>
          <th scope="col">Column</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.line}>
            <td data-label="Line">{r.line}</td>
            <td data-label="Email">{r.email}</td>
            <td data-label="Reason">{r.reason}</td>
            <td data-label="Column">{r.field}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ContactDeleteButton({
  action,
  field,
  id,
  label,
}: {
  action: Action<ContactRowState>;
  field: "contactId" | "listId";
  id: string;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ContactRowState);
  return (
    <form action={formAction}>
      <input type="hidden" name={field} value={id} />
      <button type="submit" className="secondary" disabled={pending} aria-label={label}>
        Delete
      </button>
      {state.status === "error" ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
