import Link from "next/link";
import { readerMessages } from "@/lib/i18n/messages";
import { pathLanguage } from "@/lib/i18n/page-language";

// Rendered for unknown addresses and for notFound() (unpublished releases, unknown people). It must
// not read the database: it also stands in when something else failed, so it only offers a way on.
// In the language the address starts with (/az/…, issue 14), which <html lang> says too, and its ways on
// lead to that language's home and agreements (/az, /az/agreements).
export default async function NotFound() {
  const language = await pathLanguage();
  const { t } = readerMessages(language ?? "en");
  const home = language ? `/${language}` : "/";
  return (
    <main id="main">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <form className="not-found-search" method="get" action={home} role="search">
        <label htmlFor="not-found-q">{t("notFound.search")}</label>{" "}
        <input id="not-found-q" name="q" type="search" maxLength={200} />{" "}
        <button type="submit">{t("notFound.search")}</button>
      </form>
      <p>
        <Link href={home}>{t("notFound.allReleases")}</Link> ·{" "}
        <Link href={language ? `/${language}/agreements` : "/agreements"}>{t("notFound.allAgreements")}</Link>
      </p>
    </main>
  );
}
