import type { Metadata } from "next";
import Link from "next/link";
import { listReleasesForEditors } from "@/lib/dal/releases";
import { getSessionUser } from "@/lib/auth/session";
import { redirect } from "next/navigation";

export const metadata: Metadata = { title: "Releases" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function AdminHome() {
  if (!(await getSessionUser())) redirect("/login");
  const releases = await listReleasesForEditors();
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
      <table className="data">
        <caption className="hint" style={{ textAlign: "left" }}>
          All releases, drafts included, most recently updated first. Times in UTC.
        </caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Headline</th>
            <th scope="col">Last update</th>
            <th scope="col">Updated by</th>
          </tr>
        </thead>
        <tbody>
          {releases.map((r) => (
            <tr key={r.id}>
              <td>
                <span className={`badge ${r.status}`}>{r.status.toLowerCase()}</span>
                {r.needsReview ? <span className="badge needs-review"> needs review</span> : null}
              </td>
              <td>
                <Link href={`/admin/releases/${r.id}`}>{r.headline}</Link>
              </td>
              <td>
                <time dateTime={r.updatedAt.toISOString()}>{when.format(r.updatedAt)}</time>
              </td>
              <td>{r.updatedByName ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
