import Link from "next/link";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="site-header">
        <div className="inner">
          <Link className="brand" href="/">Pressroom</Link>
        </div>
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <div className="inner">Press releases with structured datelines, agreements and quotes.</div>
      </footer>
    </>
  );
}
