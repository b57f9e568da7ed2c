import { AGREEMENT_TYPES, AGREEMENT_TYPE_LABELS } from "@/lib/domain/agreement-types";
import { countryName } from "@/lib/domain/countries";

export interface ReleaseFilterValues {
  q?: string | null;
  country: string | null;
  type: string | null;
  issuer?: string | null;
  speaker?: string | null;
  party?: string | null;
  from: string | null;
  to: string | null;
}

/**
 * The search and filter form of the public listings: a plain GET form, so it works without
 * JavaScript and every result page is a shareable URL. Submitting starts again at the first page
 * (no cursor field). Which fields show depends on the listing (`/` or `/agreements`).
 *
 * The filters sit in a "Filters" disclosure (issue 12.9): on a phone it starts closed, so the releases
 * are on the first screen, unless a filter is in use (then it starts open, showing what is chosen).
 * On a wide screen the stylesheet shows the filters whether it is open or not (app/globals.css).
 */
export function ReleaseFilters({
  action,
  values,
  countries,
  fields,
}: {
  action: string;
  values: ReleaseFilterValues;
  countries: string[];
  fields: { search?: boolean; issuer?: boolean; speaker?: boolean; party?: boolean };
}) {
  // A country in the URL that no published release has is still shown as chosen.
  const countryChoices =
    values.country && !countries.includes(values.country) ? [...countries, values.country] : countries;
  const filtering = Boolean(
    values.country || values.type || values.issuer || values.speaker || values.party || values.from || values.to,
  );
  return (
    <form className="release-filters" method="get" action={action} role="search">
      {fields.search ? (
        <p className="field field-search">
          <label htmlFor="filter-q">Search</label>
          <input id="filter-q" name="q" type="search" defaultValue={values.q ?? ""} maxLength={200} />
        </p>
      ) : null}
      <details className="filters" open={filtering}>
        <summary>Filters</summary>
        <div className="filter-fields">
          <p className="field">
            <label htmlFor="filter-country">Country</label>
            <select id="filter-country" name="country" defaultValue={values.country ?? ""}>
              <option value="">Any country</option>
              {countryChoices.map((code) => (
                <option key={code} value={code}>
                  {countryName(code)}
                </option>
              ))}
            </select>
          </p>
          <p className="field">
            <label htmlFor="filter-type">Agreement type</label>
            <select id="filter-type" name="type" defaultValue={values.type ?? ""}>
              <option value="">Any type</option>
              {AGREEMENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {AGREEMENT_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </p>
          {fields.issuer ? (
            <p className="field">
              <label htmlFor="filter-issuer">Issuer</label>
              <input id="filter-issuer" name="issuer" type="text" defaultValue={values.issuer ?? ""} maxLength={120} />
            </p>
          ) : null}
          {fields.speaker ? (
            <p className="field">
              <label htmlFor="filter-speaker">Speaker</label>
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
              <label htmlFor="filter-party">Party</label>
              <input id="filter-party" name="party" type="text" defaultValue={values.party ?? ""} maxLength={120} />
            </p>
          ) : null}
          <p className="field">
            <label htmlFor="filter-from">From</label>
            <input id="filter-from" name="from" type="date" defaultValue={values.from ?? ""} />
          </p>
          <p className="field">
            <label htmlFor="filter-to">To</label>
            <input id="filter-to" name="to" type="date" defaultValue={values.to ?? ""} />
          </p>
        </div>
      </details>
      <p className="actions">
        <button type="submit">Search</button>
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
