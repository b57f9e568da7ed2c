import "server-only";
import { headers } from "next/headers";
import { cachedPublicRelease } from "../dal/public/cache";
import { isLanguageCode, languageDirection, type TextDirection } from "../domain/languages";
import { PAGE_PATH_HEADER } from "./page-path";

// Issue 14: <html lang dir> is the page's language. The root layout is above every route, so it learns
// the path from a request header that proxy.ts sets on every request (overwriting any sent by a
// client): /<language>/… is that language; an original release's page is the release's language
// (from the reader cache the page itself reads); everything else is English, the editor included.

const LANGUAGE_PREFIX = /^\/([a-z]{2,3})(?:\/|$)/;
const RELEASE_PAGE = /^\/releases\/([a-z0-9-]{1,120})\/?$/;

export interface PageLanguage {
  lang: string;
  dir: TextDirection;
}

const of = (lang: string): PageLanguage => ({ lang, dir: languageDirection(lang) });

const requestPath = async () => (await headers()).get(PAGE_PATH_HEADER) ?? "/";

/** The language the path starts with (/az/…), without reading anything else: the 404 page's language. */
export async function pathLanguage(): Promise<string | null> {
  const prefix = LANGUAGE_PREFIX.exec(await requestPath())?.[1];
  return prefix && isLanguageCode(prefix) ? prefix : null;
}

export async function pageLanguage(): Promise<PageLanguage> {
  const path = await requestPath();
  const prefix = LANGUAGE_PREFIX.exec(path)?.[1];
  if (prefix && isLanguageCode(prefix)) return of(prefix);
  const slug = RELEASE_PAGE.exec(path)?.[1];
  if (slug) {
    const page = await cachedPublicRelease(slug, null).catch(() => null);
    if (page?.kind === "live") return of(page.release.language);
  }
  return of("en");
}
