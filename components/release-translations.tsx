import Link from "next/link";
import type { TranslationFamily } from "@/lib/dal/releases/translations";
import { LANGUAGES, languageName } from "@/lib/domain/languages";
import { versionStateWord } from "@/lib/domain/translation-state";
import { AddTranslationForm, ConfirmTranslationForm } from "./translation-forms";

/**
 * The release editor's "Translations" section (issue 14): every language version with its state and
 * a link to its editor; on an original, "Add translation"; on an outdated translation, what changed
 * in the original since and "Mark as up to date".
 */
export function ReleaseTranslations({
  releaseId,
  version,
  family,
  changes,
}: {
  releaseId: string;
  version: number;
  family: TranslationFamily;
  changes: { from: string; to: string } | null;
}) {
  const { original, translations } = family;
  const isOriginal = original.id === releaseId;
  const taken = new Set([original.language, ...translations.map((t) => t.language)]);
  const choices = LANGUAGES.filter((l) => !taken.has(l.code)).map((l) => ({ code: l.code, name: l.name }));
  const versions = [
    {
      id: original.id,
      language: original.language,
      label: "original",
      state: versionStateWord({ ...original, outdated: false }),
    },
    ...translations.map((t) => ({ id: t.id, language: t.language, label: "translation", state: versionStateWord(t) })),
  ];
  return (
    <section aria-labelledby="translations-heading" className="release-translations">
      <h2 id="translations-heading">Translations</h2>
      {family.outdated ? (
        <div className="notice error" role="note" id="translation-outdated">
          <p>
            <strong>Translation outdated:</strong> the original ({languageName(original.language)}) has a newer
            published edition ({original.liveEditionNumber}) than the one this translation follows (
            {family.sourceEdition}).{" "}
            {changes ? (
              <Link href={`/admin/releases/${original.id}/history?from=${changes.from}&to=${changes.to}`}>
                See what changed in the original
              </Link>
            ) : null}
          </p>
          <p className="hint">
            Update the translation and publish it, or, if it still says the same, mark it as up to date.
          </p>
          <ConfirmTranslationForm releaseId={releaseId} version={version} />
        </div>
      ) : null}
      {versions.length > 1 ? (
        <ul className="translation-list" aria-label="Language versions">
          {versions.map((v) => (
            <li key={v.id}>
              {v.id === releaseId ? (
                <strong aria-current="page">
                  {v.language.toUpperCase()} {v.state}
                </strong>
              ) : (
                <Link href={`/admin/releases/${v.id}`}>
                  {v.language.toUpperCase()} {v.state}
                </Link>
              )}{" "}
              <span className="hint">
                ({languageName(v.language)}, {v.label})
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">Written in {languageName(original.language)}; no translations yet.</p>
      )}
      {isOriginal ? (
        <AddTranslationForm releaseId={releaseId} choices={choices} />
      ) : (
        <p className="hint">
          Translations are added to the original: <Link href={`/admin/releases/${original.id}`}>open the original</Link>
          .
        </p>
      )}
    </section>
  );
}
