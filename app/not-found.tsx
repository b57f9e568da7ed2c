import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main">
      <h1>Page not found</h1>
      <p>There is no published release at this address. It may have been unpublished, or the link may be mistyped.</p>
      <p>
        <Link href="/">See all press releases</Link>
      </p>
    </main>
  );
}
