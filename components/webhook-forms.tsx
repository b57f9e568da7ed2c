"use client";

import { useActionState } from "react";
import { RELEASE_EVENT_TYPES } from "@/lib/domain/distribution/events";
import { submitWithoutReset } from "./submit-without-reset";
import type { WebhookFormState } from "@/lib/validation/webhook";

type CreateAction = (prev: WebhookFormState, form: FormData) => Promise<WebhookFormState>;
type RowState = { status: "idle" } | { status: "error"; message: string };
type RowAction = (prev: RowState, form: FormData) => Promise<RowState>;

export function WebhookCreateForm({ action }: { action: CreateAction }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as WebhookFormState);
  const values =
    state.status === "invalid" || state.status === "error"
      ? state.values
      : { url: "", description: "", events: [...RELEASE_EVENT_TYPES] };
  const errors = state.status === "invalid" || state.status === "error" ? state.fieldErrors : {};
  return (
    <>
      {state.status === "created" ? (
        <div className="notice" role="status">
          <p>Endpoint added: {state.url}. Its signing secret is shown only now — copy it into the receiver:</p>
          <p>
            <code aria-label="Signing secret">{state.secret}</code>
          </p>
        </div>
      ) : null}
      <form
        action={formAction}
        onSubmit={submitWithoutReset(formAction)}
        noValidate
        key={state.status === "created" ? state.secret : "form"}
      >
        {state.status === "invalid" || state.status === "error" ? (
          <p className="notice error" role="alert">
            {state.message}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="webhook-url">Endpoint URL</label>
          <input
            id="webhook-url"
            name="url"
            type="url"
            maxLength={2000}
            defaultValue={values.url}
            aria-invalid={Boolean(errors.url)}
            aria-describedby={errors.url ? "webhook-url-error" : undefined}
          />
          {errors.url ? (
            <p className="field-error" id="webhook-url-error">
              {errors.url}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="webhook-description">Description</label>
          <input id="webhook-description" name="description" maxLength={200} defaultValue={values.description} />
        </div>
        <fieldset aria-describedby={errors.events ? "webhook-events-error" : undefined}>
          <legend>Events</legend>
          {errors.events ? (
            <p className="field-error" id="webhook-events-error">
              {errors.events}
            </p>
          ) : null}
          {RELEASE_EVENT_TYPES.map((event) => (
            <label key={event}>
              <input type="checkbox" name="events" value={event} defaultChecked={values.events.includes(event)} />{" "}
              {event}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={pending}>
          Add endpoint
        </button>
      </form>
    </>
  );
}

export function WebhookActiveButton({ action, id, active }: { action: RowAction; id: string; active: boolean }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as RowState);
  return (
    <form action={formAction}>
      <input type="hidden" name="endpointId" value={id} />
      <input type="hidden" name="active" value={String(!active)} />
      <button type="submit" disabled={pending}>
        {active ? "Switch off" : "Switch on again"}
      </button>
      {state.status === "error" ? <span role="alert">{state.message}</span> : null}
    </form>
  );
}
