// The list of revisions, newest first, each with "Restore" except the newest (it is the current
// content already).
import type { RevisionDTO } from "@/lib/dal/revisions";
import { HistoryRestoreButton } from "./history-restore-button";

export const historyTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});

export function HistoryRevisionTable({
  releaseId,
  version,
  revisions,
  canRestore,
}: {
  releaseId: string;
  /** The release's version now, carried by each restore form. */
  version: number;
  /** Newest first. */
  revisions: RevisionDTO[];
  canRestore: boolean;
}) {
  const newest = revisions[0]?.id;
  return (
    <table className="data" aria-label="Revisions">
      <caption className="hint" style={{ textAlign: "left" }}>
        Every save, newest first. Times in UTC.
      </caption>
      <thead>
        <tr>
          <th scope="col">Revision</th>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Edition</th>
          <th scope="col">Status</th>
          <th scope="col">Note</th>
          <th scope="col">
            <span className="hint">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {revisions.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.number}</th>
            <td data-label="When">
              <time dateTime={r.createdAt.toISOString()}>{historyTime.format(r.createdAt)}</time>
            </td>
            <td data-label="Who">{r.authorName ?? "—"}</td>
            <td data-label="Edition">{r.snapshot.editionNumber || "—"}</td>
            <td data-label="Status">
              <span className={`badge ${r.snapshot.status}`}>{r.snapshot.status.toLowerCase()}</span>
            </td>
            <td data-label="Note">{r.note ?? ""}</td>
            <td>
              {r.id === newest ? (
                <span className="hint">Current</span>
              ) : canRestore ? (
                <HistoryRestoreButton
                  releaseId={releaseId}
                  revisionId={r.id}
                  revisionNumber={r.number}
                  version={version}
                />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
