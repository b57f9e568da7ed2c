"use client";

import { useActionState } from "react";
import type { SubscribeFormValues, SubscribeState } from "@/lib/validation/subscribe";
import { submitWithoutReset } from "./submit-without-reset";

export interface SubscribeFormProps {
  action: (prev: SubscribeState, form: FormData) => Promise<SubscribeState>;
  countries: Array<{ code: string; name: string }>;
  issuers: string[];
  initial: SubscribeFormValues;
  /** Preferences of an existing subscriber (no email field, a token instead). */
  token?: string;
  consentText?: string;
  submitLabel: string;
}

/** Works before (or without) JavaScript: a plain POST form whose answer the server renders. */
export function SubscribeForm({
  action,
  countries,
  issuers,
  initial,
  token,
  consentText,
  submitLabel,
}: SubscribeFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as SubscribeState);
  if (state.status === "sent" && !token)
    return (
      <p className="notice" role="status">
        {state.message}
      </p>
    );
  const values = state.status === "invalid" || state.status === "error" ? state.values : initial;
  const errors = state.status === "invalid" || state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate>
      {state.status === "invalid" || state.status === "error" ? (
        <p className="notice error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === "sent" ? (
        <p className="notice" role="status">
          {state.message}
        </p>
      ) : null}
      {token ? <input type="hidden" name="token" value={token} /> : null}
      {token ? null : (
        <div className="field">
          <label htmlFor="subscribe-email">Email</label>
          <input
            id="subscribe-email"
            name="email"
            type="email"
            autoComplete="email"
            maxLength={254}
            defaultValue={values.email}
            aria-invalid={Boolean(errors.email)}
            aria-describedby={errors.email ? "subscribe-email-error" : undefined}
          />
          {errors.email ? (
            <p className="field-error" id="subscribe-email-error">
              {errors.email}
            </p>
          ) : null}
        </div>
      )}
      <fieldset aria-describedby={errors.follow ? "follow-error" : undefined}>
        <legend>What to follow</legend>
        {errors.follow ? (
          <p className="field-error" id="follow-error">
            {errors.follow}
          </p>
        ) : null}
        <label>
          <input type="checkbox" name="everything" defaultChecked={values.everything} /> Everything
        </label>
        {countries.length ? (
          <fieldset>
            <legend>Countries</legend>
            {countries.map((c) => (
              <label key={c.code}>
                <input
                  type="checkbox"
                  name="countries"
                  value={c.code}
                  defaultChecked={values.countries.includes(c.code)}
                />{" "}
                {c.name}
              </label>
            ))}
          </fieldset>
        ) : null}
        {issuers.length ? (
          <fieldset>
            <legend>Issuers</legend>
            {issuers.map((issuer) => (
              <label key={issuer}>
                <input type="checkbox" name="issuers" value={issuer} defaultChecked={values.issuers.includes(issuer)} />{" "}
                {issuer}
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className="field">
          <label htmlFor="subscribe-topics">Topics</label>
          <p className="hint" id="subscribe-topics-hint">
            Separated by commas, e.g. energy, transport
          </p>
          <input
            id="subscribe-topics"
            name="topics"
            maxLength={1000}
            defaultValue={values.topics.join(", ")}
            aria-describedby="subscribe-topics-hint"
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>How often</legend>
        <label>
          <input type="radio" name="frequency" value="IMMEDIATE" defaultChecked={values.frequency !== "DAILY"} /> Each
          release as it is published
        </label>
        <label>
          <input type="radio" name="frequency" value="DAILY" defaultChecked={values.frequency === "DAILY"} /> A daily
          digest
        </label>
      </fieldset>
      {consentText ? <p className="hint">{consentText}</p> : null}
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
