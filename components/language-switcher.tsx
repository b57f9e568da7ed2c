import Link from "next/link";
import { languageOf } from "@/lib/domain/languages";

// Issue 14: every version of a release links the others, each named in its own language (a reader of
// Azerbaijani looks for "Azərbaycan dili", not "Azerbaijani"), with lang and hreflang so screen readers
// pronounce it and crawlers know it. Nothing when there is only one version. `label` names the
// navigation in the page's language.
export function LanguageSwitcher({
  versions,
  current,
  label = "Languages",
}: {
  versions: ReadonlyArray<{ language: string; path: string }>;
  current: string;
  label?: string;
}) {
  if (versions.length < 2) return null;
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul>
        {versions.map((v) => {
          const name = languageOf(v.language)?.nativeName ?? v.language;
          return (
            <li key={v.language}>
              {v.language === current ? (
                <span aria-current="page" lang={v.language}>
                  {name}
                </span>
              ) : (
                <Link prefetch={false} href={v.path} hrefLang={v.language} lang={v.language}>
                  {name}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
