import Link from "next/link";

// Rendered for unknown addresses and for notFound() (unpublished releases, unknown people). It must
// not read the database: it also stands in when something else failed, so it only offers a way on.
export default function NotFound() {
  return (
    <main id="main">
      <h1>Page not found</h1>
      <p>There is no published release at this address. It may have been unpublished, or the link may be mistyped.</p>
      <form className="not-found-search" method="get" action="/" role="search">
        <label htmlFor="not-found-q">Search</label> <input id="not-found-q" name="q" type="search" maxLength={200} />{" "}
        <button type="submit">Search</button>
      </form>
      <p>
        <Link href="/">See all press releases</Link> · <Link href="/agreements">All agreements</Link>
      </p>
    </main>
  );
}
