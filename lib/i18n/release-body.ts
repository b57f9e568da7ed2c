// A release's body in a page's language (issue 17): the one place that turns a release's body and
// quotes into what the renderer takes, so the HTML stored when an edition goes live
// (lib/dal/releases/body-html.ts) and the HTML rendered on read (components/release-article.tsx) are
// made from the same inputs, and a key that says when stored HTML fits the page being rendered.
import { BODY_RENDERER_VERSION, renderReleaseBody, type RenderedBody } from "../domain/release-body-html";
import { CATALOGS, READER_LANGUAGES, readerMessages, type ReaderChrome } from "./messages";
import { fnv1a } from "../domain/fnv1a";

/** What the body needs of a release (a ReleaseDTO has it). */
export interface ReleaseBodySource {
  body: string;
  quotes: ReadonlyArray<{
    text: string;
    speaker: { slug: string; name: string };
    speakerRole: string | null;
    speakerOrganisation: string | null;
  }>;
  /** A translation's original: its quotes then say "Translated from …" (issue 14). */
  translationOf: { language: string } | null;
}

/** Stored HTML with the key it was rendered under. */
export interface StoredBody extends RenderedBody {
  key: string;
}

/** 32-bit FNV-1a, hex: a short fingerprint (not a security measure). */
const fingerprint = (text: string): string => fnv1a(text).toString(16).padStart(8, "0");

/**
 * What every key starts with: the renderer's version and a fingerprint of the words the body uses
 * from the catalogs. A deploy that changes either makes every stored body stale (rendered on read,
 * re-rendered by the backfill), so readers never see an old label or markup.
 */
export const BODY_HTML_SCHEME = `v${BODY_RENDERER_VERSION}.${fingerprint(
  JSON.stringify(READER_LANGUAGES.map((lang) => [lang, CATALOGS[lang].quotes])),
)}`;

/**
 * The key of a body rendered for a page in `chrome`'s language, of a release whose original (when it
 * is a translation) is written in `originalLanguage`. The backfill's SQL builds the same string.
 */
export function bodyHtmlKey(chrome: ReaderChrome, originalLanguage: string | null): string {
  return `${BODY_HTML_SCHEME}|${chrome.lang}|${originalLanguage ?? ""}`;
}

/** Renders the release's body for a page in `chrome`'s language (the release page: the release's own). */
export function renderBodyFor(release: ReleaseBodySource, chrome: ReaderChrome): StoredBody {
  const from = release.translationOf ? chrome.translatedFrom(release.translationOf.language) : null;
  const quotes = from ? release.quotes.map((q) => ({ ...q, translatedFrom: from })) : release.quotes;
  return {
    ...renderReleaseBody(release.body, quotes, chrome.bodyLabels),
    key: bodyHtmlKey(chrome, release.translationOf?.language ?? null),
  };
}

/**
 * The body for a page: the stored HTML when it was rendered for this page's language and the current
 * renderer, else rendered now (a preview, an embargoed copy, or a live edition not yet backfilled).
 */
export function releaseBodyFor(
  release: ReleaseBodySource & { renderedBody?: StoredBody | null },
  chrome: ReaderChrome = readerMessages("en"),
): RenderedBody {
  const stored = release.renderedBody;
  if (stored && stored.key === bodyHtmlKey(chrome, release.translationOf?.language ?? null)) return stored;
  return renderBodyFor(release, chrome);
}
