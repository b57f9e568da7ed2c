import { LANGUAGES, languageName } from "@/lib/domain/languages";
import { Field } from "./field";

/**
 * "Language" on the release form (issue 14): what the release is written in, a select of BCP 47 codes
 * with their names. A translation's language is fixed when it is added: shown, not sent.
 */
export function ReleaseLanguageField({
  error,
  translationOf,
  hint: givenHint,
  ...select
}: {
  error?: string;
  /** Set on a translation: the original's language. */
  translationOf?: string | null;
  hint?: string;
} & ({ value: string; onChange: (e: React.ChangeEvent<HTMLSelectElement>) => void } | { defaultValue: string })) {
  const hint = translationOf
    ? `A translation from ${languageName(translationOf)}: its language was chosen when it was added.`
    : (givenHint ?? "The language the release is written in.");
  return (
    <Field id="language" label="Language" error={error} hint={hint}>
      {(aria) => (
        <select {...aria} {...select} name="language" disabled={Boolean(translationOf)}>
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name} ({l.code})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
