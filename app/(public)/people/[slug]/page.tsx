import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { cachedPublicPerson } from "@/lib/dal/public/cache";

type Props = { params: Promise<{ slug: string }> };

// cache(): generateMetadata and the page read the same person once per request.
const load = cache((slug: string) => cachedPublicPerson(slug));

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const found = await load((await params).slug);
  return found
    ? {
        title: `${found.person.name}: quotes`,
        description: [found.person.role, found.person.organisation].filter(Boolean).join(", ") || undefined,
      }
    : {};
}

export default async function PersonPage({ params }: Props) {
  await connection();
  const found = await load((await params).slug);
  if (!found) notFound();
  const { person, quotes } = found;
  return (
    <article className="person">
      <header>
        <h1>{person.name}</h1>
        {person.aliases.length > 0 ? <p className="aliases">Also written {person.aliases.join(", ")}</p> : null}
        {person.role || person.organisation ? (
          <p className="person-role">{[person.role, person.organisation].filter(Boolean).join(", ")}</p>
        ) : null}
      </header>
      <section aria-labelledby="person-quotes">
        <h2 id="person-quotes">Quotes ({quotes.length})</h2>
        <ol className="person-quotes">
          {quotes.map((q) => (
            <li key={`${q.releaseSlug}#${q.anchor}`}>
              <figure className="quote">
                <blockquote>
                  <p>{q.text}</p>
                </blockquote>
                <figcaption>
                  {[q.speakerRole, q.speakerOrganisation].filter(Boolean).join(", ")}
                  {q.speakerRole || q.speakerOrganisation ? " · " : null}
                  <Link prefetch={false} href={`/releases/${q.releaseSlug}#${q.anchor}`}>
                    {q.releaseHeadline}
                  </Link>
                  {" · "}
                  <time dateTime={q.releasePublishedAt.toISOString()}>{day.format(q.releasePublishedAt)}</time>
                </figcaption>
              </figure>
            </li>
          ))}
        </ol>
      </section>
      <p>
        <Link prefetch={false} href={`/?speaker=${encodeURIComponent(person.slug)}`}>
          Releases quoting {person.name}
        </Link>
      </p>
    </article>
  );
}
