import Link from "next/link";
import type { AuditEntryDTO } from "@/lib/dal/audit";
import { auditQueryString, type AuditFilterValues } from "@/lib/validation/user";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/** The audit entries of one page, newest first. */
export function AuditTable({ entries }: { entries: AuditEntryDTO[] }) {
  if (entries.length === 0) return <p role="status">No audit entries match these filters.</p>;
  return (
    <table className="data">
      <caption className="hint" style={{ textAlign: "left" }}>
        Newest first. Times in UTC.
      </caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">Release</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td data-label="When">
              <time dateTime={entry.createdAt.toISOString()}>{when.format(entry.createdAt)}</time>
            </td>
            <td data-label="Who">
              {entry.actor ? (
                <>
                  {entry.actor.name} <span className="hint">{entry.actor.email}</span>
                </>
              ) : (
                "—"
              )}
            </td>
            <td data-label="Action">
              <code>{entry.action}</code>
            </td>
            <td data-label="Release">
              {entry.release ? (
                <Link href={`/admin/releases/${entry.release.id}`}>{entry.release.headline ?? entry.release.id}</Link>
              ) : (
                "—"
              )}
            </td>
            <td data-label="Details">
              {entry.detail.length > 0 ? (
                <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
                  {entry.detail.map(({ key, value }) => (
                    <li key={key}>
                      <span className="hint">{key}:</span> {value}
                    </li>
                  ))}
                </ul>
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Links to the newer and older neighbouring pages, keeping the filters. */
export function AuditPagination({
  values,
  newer,
  older,
  paged,
}: {
  values: AuditFilterValues;
  newer: string | null;
  older: string | null;
  /** True on any page but the newest. */
  paged: boolean;
}) {
  if (!newer && !older && !paged) return null;
  return (
    <nav aria-label="Audit log pages" style={{ display: "flex", gap: "1.5rem", marginTop: "1rem" }}>
      {paged ? <Link href={`/admin/audit${auditQueryString(values)}`}>Newest entries</Link> : null}
      {newer ? <Link href={`/admin/audit${auditQueryString(values, { after: newer })}`}>Newer entries</Link> : null}
      {older ? <Link href={`/admin/audit${auditQueryString(values, { before: older })}`}>Older entries</Link> : null}
    </nav>
  );
}
