// The editor's releases list (/admin): the search form, the status tabs with their counts, the table
// and the page links. Server components only: every control is a link or a GET form, so the list works
// without JavaScript and its address is its whole state.
import Link from "next/link";
import { countryName } from "@/lib/domain/countries";
import { LANGUAGES, languageName } from "@/lib/domain/languages";
import { versionsLine } from "@/lib/domain/translation-state";
import { RELEASE_TABS, RELEASE_TAB_LABELS, type ReleaseTab } from "@/lib/domain/release-tabs";
import type { EditorReleaseCounts, EditorReleaseRow } from "@/lib/dal/releases";
import { editorListHref, type EditorReleaseCursor } from "@/lib/validation/editor-release-query";

export interface EditorListState {
  tab: ReleaseTab;
  q: string | null;
  author: string | null;
  country: string | null;
  /** Issue 14: releases written in this language. */
  language?: string | null;
}

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const count = new Intl.NumberFormat("en-GB");

/** Search and filters: a GET form that keeps the tab and starts again at the first page. */
export function EditorReleaseFilters({
  state,
  authors,
  countries,
}: {
  state: EditorListState;
  authors: Array<{ id: string; name: string }>;
  countries: string[];
}) {
  // A value from the address that is no longer among the choices is still shown as chosen.
  const authorChoices =
    state.author && !authors.some((a) => a.id === state.author)
      ? [...authors, { id: state.author, name: "Unknown author" }]
      : authors;
  const countryChoices =
    state.country && !countries.includes(state.country) ? [...countries, state.country] : countries;
  const filtered = Boolean(state.q || state.author || state.country || state.language);
  return (
    // Keyed on the state: after a client-side navigation the fields show the new address's values.
    <form
      key={JSON.stringify(state)}
      className="release-filters editor-release-filters"
      method="get"
      action="/admin"
      role="search"
      aria-label="Filter releases"
    >
      <input type="hidden" name="status" value={state.tab} />
      <p className="field field-search">
        <label htmlFor="list-q">Search releases</label>
        <input id="list-q" name="q" type="search" defaultValue={state.q ?? ""} maxLength={200} />
      </p>
      <p className="field">
        <label htmlFor="list-author">Author</label>
        <select id="list-author" name="author" defaultValue={state.author ?? ""}>
          <option value="">Any author</option>
          {authorChoices.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </p>
      <p className="field">
        <label htmlFor="list-country">Country</label>
        <select id="list-country" name="country" defaultValue={state.country ?? ""}>
          <option value="">Any country</option>
          {countryChoices.map((code) => (
            <option key={code} value={code}>
              {countryName(code)}
            </option>
          ))}
        </select>
      </p>
      <p className="field">
        <label htmlFor="list-language">Language</label>
        <select id="list-language" name="language" defaultValue={state.language ?? ""}>
          <option value="">Any language</option>
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </p>
      <p className="filter-buttons">
        <button type="submit">Search</button>
        {filtered ? (
          <Link prefetch={false} href={editorListHref({ tab: state.tab, q: null, author: null, country: null })}>
            Clear search
          </Link>
        ) : null}
      </p>
    </form>
  );
}

/** The status tabs: links named by the tab alone, each with its count as the link's description. */
export function ReleaseStatusTabs({ state, counts }: { state: EditorListState; counts: EditorReleaseCounts }) {
  return (
    <nav aria-label="Release status" className="status-tabs">
      <ul>
        {RELEASE_TABS.map((tab) => (
          <li key={tab}>
            <Link
              prefetch={false}
              href={editorListHref({ ...state, tab })}
              aria-current={tab === state.tab ? "page" : undefined}
              aria-describedby={`tab-count-${tab}`}
            >
              {RELEASE_TAB_LABELS[tab]}
              <span className="count" id={`tab-count-${tab}`} aria-hidden="true">
                {count.format(counts[tab])}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The releases of one page; on a phone each row is a block of labelled lines (data-label). */
export function EditorReleaseTable({ rows, caption }: { rows: EditorReleaseRow[]; caption: string }) {
  return (
    <table className="data release-table">
      <caption className="hint">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Headline</th>
          <th scope="col">Countries</th>
          <th scope="col">Last update</th>
          <th scope="col">Updated by</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td data-label="Status">
              <span className={`badge ${r.status}`}>{r.status.toLowerCase()}</span>
              {/* A newer edition is being worked on while readers see the live one. */}
              {r.liveStatus === "PUBLISHED" && r.status !== "PUBLISHED" ? (
                <span className="badge PUBLISHED live"> live</span>
              ) : null}
              {r.needsReview ? <span className="badge needs-review"> needs review</span> : null}
            </td>
            <td data-label="Headline">
              <Link prefetch={false} href={`/admin/releases/${r.id}`}>
                {r.headline}
              </Link>
              {r.translationOfId ? <span className="hint"> ({languageName(r.language)} translation)</span> : null}
              {/* Issue 14: every language version's state, "EN published · AZ draft · RU outdated". */}
              {r.versions.length > 0 ? (
                <span className="hint release-languages">{versionsLine(r.versions)}</span>
              ) : null}
            </td>
            <td data-label="Countries">{r.countries.length > 0 ? r.countries.join(", ") : "—"}</td>
            <td data-label="Last update">
              <time dateTime={r.updatedAt.toISOString()}>{when.format(r.updatedAt)}</time>
            </td>
            <td data-label="Updated by">{r.updatedByName ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EditorReleasePagination({
  state,
  newer,
  older,
}: {
  state: EditorListState;
  newer: EditorReleaseCursor | null;
  older: EditorReleaseCursor | null;
}) {
  if (!newer && !older) return null;
  return (
    <nav className="pagination" aria-label="Release pages">
      {newer ? (
        <Link prefetch={false} rel="prev" href={editorListHref({ ...state, before: newer })}>
          Previous page
        </Link>
      ) : null}
      {older ? (
        <Link prefetch={false} rel="next" href={editorListHref({ ...state, after: older })}>
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
