import { AGREEMENT_TYPES } from "@/lib/domain/agreement-types";
import { languageOf } from "@/lib/domain/languages";
import { readerMessages, type ReaderChrome } from "@/lib/i18n/messages";

export interface ReleaseFilterValues {
  q?: string | null;
  country: string | null;
  type: string | null;
  issuer?: string | null;
  speaker?: string | null;
  party?: string | null;
  from: string | null;
  to: string | null;
  language?: string | null;
}

/**
 * The search and filter form of the public listings: a plain GET form, so it works without
 * JavaScript and every result page is a shareable URL. Submitting starts again at the first page
 * (no cursor field). Which fields show depends on the listing (`/` or `/agreements`).
 *
 * The filters sit in a "Filters" disclosure (issue 12.9): on a phone it starts closed, so the releases
 * are on the first screen, unless a filter is in use (then it starts open, showing what is chosen).
 * On a wide screen the stylesheet shows the filters whether it is open or not (app/globals.css).
 *
 * Issue 14: the labels are the page's language (`chrome`, English by default); `/` has a "Language"
 * choice (`languages`: the languages readers can read releases in), a language's own listing does not
 * (its path is its language).
 */
export function ReleaseFilters({
  action,
  values,
  countries,
  fields,
  languages = [],
  chrome = readerMessages("en"),
}: {
  action: string;
  values: ReleaseFilterValues;
  countries: string[];
  fields: { search?: boolean; issuer?: boolean; speaker?: boolean; party?: boolean; language?: boolean };
  languages?: string[];
  chrome?: ReaderChrome;
}) {
  const { t } = chrome;
  // A country (or language) in the URL that no published release has is still shown as chosen.
  const countryChoices =
    values.country && !countries.includes(values.country) ? [...countries, values.country] : countries;
  const languageChoices =
    values.language && !languages.includes(values.language) ? [...languages, values.language] : languages;
  const filtering = Boolean(
    values.country ||
    values.type ||
    values.issuer ||
    values.speaker ||
    values.party ||
    values.from ||
    values.to ||
    values.language,
  );
  return (
    <form className="release-filters" method="get" action={action} role="search">
      {fields.search ? (
        <p className="field field-search">
          <label htmlFor="filter-q">{t("filters.search")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={values.q ?? ""} maxLength={200} />
        </p>
      ) : null}
      <details className="filters" open={filtering}>
        <summary>{t("filters.filters")}</summary>
        <div className="filter-fields">
          {fields.language ? (
            <p className="field">
              <label htmlFor="filter-language">{t("filters.language")}</label>
              <select id="filter-language" name="language" defaultValue={values.language ?? ""}>
                <option value="">{t("filters.anyLanguage")}</option>
                {languageChoices.map((code) => (
                  <option key={code} value={code} lang={code}>
                    {languageOf(code)?.nativeName ?? code}
                  </option>
                ))}
              </select>
            </p>
          ) : null}
          <p className="field">
            <label htmlFor="filter-country">{t("filters.country")}</label>
            <select id="filter-country" name="country" defaultValue={values.country ?? ""}>
              <option value="">{t("filters.anyCountry")}</option>
              {countryChoices.map((code) => (
                <option key={code} value={code}>
                  {chrome.country(code)}
                </option>
              ))}
            </select>
          </p>
          <p className="field">
            <label htmlFor="filter-type">{t("filters.agreementType")}</label>
            <select id="filter-type" name="type" defaultValue={values.type ?? ""}>
              <option value="">{t("filters.anyType")}</option>
              {AGREEMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {chrome.agreementType(type)}
                </option>
              ))}
            </select>
          </p>
          {fields.issuer ? (
            <p className="field">
              <label htmlFor="filter-issuer">{t("filters.issuer")}</label>
              <input id="filter-issuer" name="issuer" type="text" defaultValue={values.issuer ?? ""} maxLength={120} />
            </p>
          ) : null}
          {fields.speaker ? (
            <p className="field">
              <label htmlFor="filter-speaker">{t("filters.speaker")}</label>
              <input
                id="filter-speaker"
                name="speaker"
                type="text"
                defaultValue={values.speaker ?? ""}
                maxLength={120}
              />
            </p>
          ) : null}
          {fields.party ? (
            <p className="field">
              <label htmlFor="filter-party">{t("filters.party")}</label>
              <input id="filter-party" name="party" type="text" defaultValue={values.party ?? ""} maxLength={120} />
            </p>
          ) : null}
          <p className="field">
            <label htmlFor="filter-from">{t("filters.from")}</label>
            <input id="filter-from" name="from" type="date" defaultValue={values.from ?? ""} />
          </p>
          <p className="field">
            <label htmlFor="filter-to">{t("filters.to")}</label>
            <input id="filter-to" name="to" type="date" defaultValue={values.to ?? ""} />
          </p>
        </div>
      </details>
      <p className="actions">
        <button type="submit">{t("filters.search")}</button>
      </p>
    </form>
  );
}

/** Why part of the query string was not used: shown instead of failing the request. */
export function QueryNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="query-notes" role="status">
      <ul>
        {notes.map((note, i) => (
          <li key={i}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
