import Link from "next/link";
import { connection } from "next/server";
import { Dateline } from "@/components/dateline";
import { listPublishedReleases } from "@/lib/dal/releases";

export default async function HomePage() {
  await connection(); // rendered per request until the public cache lands
  const releases = await listPublishedReleases();
  return (
    <>
      <h1>Press releases</h1>
      {releases.length === 0 ? (
        <p>No releases have been published yet.</p>
      ) : (
        <ol className="release-list">
          {releases.map((r) => (
            <li key={r.id}>
              <h2>
                <Link href={`/releases/${r.slug}`}>{r.headline}</Link>
              </h2>
              <Dateline at={r.datelineAt} offsetMinutes={r.datelineOffsetMinutes} place={r.datelinePlace} />
              {r.summary ? <p className="summary">{r.summary}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
