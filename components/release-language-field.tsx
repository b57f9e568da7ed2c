import { LANGUAGES, languageName } from "@/lib/domain/languages";
import { Field } from "./field";

/**
 * "Language" on the release form (issue 14): what the release is written in, a select of BCP 47 codes
 * with their names. A translation's language is fixed when it is added: shown, not sent.
 */
export function ReleaseLanguageField({
  value,
  error,
  translationOf,
  onChange,
}: {
  value: string;
  error?: string;
  /** Set on a translation: the original's language. */
  translationOf?: string | null;
  onChange: (e: React.ChangeEvent<HTMLSelectElement>) => void;
}) {
  const hint = translationOf
    ? `A translation from ${languageName(translationOf)}: its language was chosen when it was added.`
    : "The language the release is written in.";
  return (
    <Field id="language" label="Language" error={error} hint={hint}>
      {(aria) => (
        <select {...aria} name="language" value={value} onChange={onChange} disabled={Boolean(translationOf)}>
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
