// Label, hint and error wiring shared by every form field, so each input is described by its
// error (aria-describedby) and marked invalid for assistive technology.

export interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  /** More ids describing the control (e.g. the original's words beside a translation's field, issue 14). */
  describedBy?: string;
  children: (aria: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => React.ReactNode;
}

export function Field({ id, label, error, hint, describedBy: more, children }: FieldProps) {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null, more ?? null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy })}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

type Labelling = Omit<FieldProps, "children">;

/** A Field around one <input>; every other prop goes to the input. */
export function InputField({
  id,
  label,
  error,
  hint,
  describedBy,
  ...input
}: Labelling & Omit<React.ComponentProps<"input">, "id">) {
  return (
    <Field id={id} label={label} error={error} hint={hint} describedBy={describedBy}>
      {(aria) => <input {...aria} {...input} />}
    </Field>
  );
}

/** A Field around one <textarea>; every other prop goes to the textarea. */
export function TextAreaField({
  id,
  label,
  error,
  hint,
  describedBy,
  ...textarea
}: Labelling & Omit<React.ComponentProps<"textarea">, "id">) {
  return (
    <Field id={id} label={label} error={error} hint={hint} describedBy={describedBy}>
      {(aria) => <textarea {...aria} {...textarea} />}
    </Field>
  );
}
