import type { Metadata } from "next";
import Link from "next/link";
import { FEED_ALTERNATES } from "@/lib/domain/feeds";
import { readerMessages } from "@/lib/i18n/messages";
import { pageLanguage } from "@/lib/i18n/page-language";

// Lets browsers and feed readers discover the feeds. A page that sets its own `alternates` replaces
// this whole object (Next merges metadata shallowly), so it must repeat these types to keep them.
export const metadata: Metadata = { alternates: { types: FEED_ALTERNATES } };

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  // The page's language, as <html lang> says (issue 14): a translation's page has its chrome in it.
  const { t } = readerMessages((await pageLanguage()).lang);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skipToContent")}
      </a>
      <header className="site-header">
        <div className="inner">
          <Link prefetch={false} className="brand" href="/">
            Pressroom
          </Link>
        </div>
      </header>
      {/* tabIndex -1: the skip link moves focus into main (not only the scroll position), so the
          next Tab starts in the content in every browser. "reader": the reader pages' type scale and
          dark mode (app/globals.css). */}
      <main id="main" className="reader" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="inner">
          {t("layout.footer")}{" "}
          <Link prefetch={false} href="/subscribe">
            {t("layout.subscribe")}
          </Link>
        </div>
      </footer>
    </>
  );
}
