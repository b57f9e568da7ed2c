import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { HistoryCompareForm } from "@/components/history-compare-form";
import { HistoryDiff } from "@/components/history-diff";
import { HistoryRevisionTable, historyTime } from "@/components/history-revision-table";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { getReleaseForEditor } from "@/lib/dal/releases";
import { isPlausibleId, listRevisions } from "@/lib/dal/revisions";
import { diffReleases } from "@/lib/domain/release-diff";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
};

export const metadata: Metadata = { title: "Release history" };

export default async function ReleaseHistoryPage({ params, searchParams }: Props) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  const { id } = await params;
  const release = isPlausibleId(id) ? await getReleaseForEditor(id) : null;
  if (!release) notFound();
  const revisions = await listRevisions(release.id); // newest first
  const query = await searchParams;

  // The pair to compare: from the URL, else the previous revision against the newest. An id that is
  // not a revision of this release is a 404, like any other bad address.
  const pick = (value: string | string[] | undefined, fallback: number) => {
    if (value === undefined) return revisions[fallback];
    const match = typeof value === "string" ? revisions.find((r) => r.id === value) : undefined;
    if (!match) notFound();
    return match;
  };
  const to = pick(query.to, 0);
  const from = pick(query.from, 1);
  const historyUrl = `/admin/releases/${release.id}/history`;

  return (
    <>
      <div className="page-head">
        <h1>History</h1>
        <Link href={`/admin/releases/${release.id}`}>Back to the editor</Link>
      </div>
      <p className="hint">
        {release.headline} · {revisions.length} {revisions.length === 1 ? "revision" : "revisions"}. Restoring an old
        revision saves its content as a new draft revision; nothing is overwritten, and a published page stays as it is
        until the draft is published.
      </p>

      <HistoryRevisionTable
        releaseId={release.id}
        version={release.version}
        revisions={revisions}
        canRestore={can(user.role, "release.save")}
      />

      {from && to ? (
        <>
          <h2>Compare</h2>
          <HistoryCompareForm
            action={historyUrl}
            from={from.id}
            to={to.id}
            options={revisions.map((r) => ({
              id: r.id,
              label: `Revision ${r.number} · ${historyTime.format(r.createdAt)} · ${r.authorName ?? "—"}`,
            }))}
          />
          <HistoryDiff diff={diffReleases(from.snapshot, to.snapshot)} fromNumber={from.number} toNumber={to.number} />
        </>
      ) : (
        <p className="hint">There is only one revision so far: nothing to compare yet.</p>
      )}
    </>
  );
}
