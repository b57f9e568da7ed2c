import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import {
  EditorReleaseFilters,
  EditorReleasePagination,
  EditorReleaseTable,
  ReleaseStatusTabs,
  type EditorListState,
} from "@/components/editor-release-list";
import { QueryNotes } from "@/components/release-filters";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { listEditorListChoices, listReleasesForEditors } from "@/lib/dal/releases";
import { RELEASE_TAB_DESCRIPTIONS, RELEASE_TAB_LABELS, landingTab } from "@/lib/domain/release-tabs";
import { parseEditorReleaseQuery } from "@/lib/validation/editor-release-query";
import type { SearchParams } from "@/lib/validation/public-query";

export const metadata: Metadata = { title: "Releases" };

export default async function AdminHome({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  const { query, notes } = parseEditorReleaseQuery(await searchParams);
  // Without a tab in the address: a writer's own releases; a reviewer's review queue when it has any.
  const mayReview = can(user.role, "release.approve");
  const [page, choices] = await Promise.all([
    listReleasesForEditors(query, user.id, (counts) => landingTab({ mayReview, awaitingReview: counts.review })),
    listEditorListChoices(),
  ]);
  if (page.emptySearch)
    notes.push(`"${query.q}" has no words to search for (only words like "the"), so it was not used.`);
  if (page.cursorIgnored) notes.push("The page link was not valid for this search, so the first page is shown.");

  const state: EditorListState = {
    tab: page.tab,
    q: page.emptySearch ? null : query.q,
    author: query.author,
    country: query.country,
    language: query.language,
  };
  const total = page.counts[page.tab];
  const filtered = Boolean(state.q || state.author || state.country || state.language);
  const caption =
    `${RELEASE_TAB_LABELS[page.tab]}: ${RELEASE_TAB_DESCRIPTIONS[page.tab]}` +
    `${filtered ? " matching the search" : ""}, ${total} in all, ` +
    `${state.q ? "best match first" : "most recently updated first"}. Times in UTC.`;
  return (
    <>
      <div className="page-head">
        <h1>Releases</h1>
        <nav aria-label="Create" className="inline-links">
          <Link className="button" href="/admin/releases/new">
            New release
          </Link>
          <Link className="button" href="/admin/releases/import">
            Import release
          </Link>
        </nav>
      </div>
      <EditorReleaseFilters state={state} authors={choices.authors} countries={choices.countries} />
      <QueryNotes notes={notes} />
      <ReleaseStatusTabs state={state} counts={page.counts} />
      {page.items.length === 0 ? (
        <p role="status" className="empty">
          {total > 0
            ? "No releases on this page."
            : `Nothing under “${RELEASE_TAB_LABELS[page.tab]}”${filtered ? " matches the search" : ""}.`}
        </p>
      ) : (
        <EditorReleaseTable rows={page.items} caption={caption} />
      )}
      <EditorReleasePagination state={state} newer={page.newer} older={page.older} />
    </>
  );
}
