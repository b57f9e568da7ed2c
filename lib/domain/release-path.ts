// The public address of a release (issue 14): an original at /releases/<slug>, a translation at
// /<language>/releases/<original's slug> (its own slug is internal). Every link to a release page is
// built here.

export interface ReleaseAddress {
  slug: string;
  language: string;
  translationOf: { slug: string } | null;
}

export function releasePath(release: ReleaseAddress): string {
  return release.translationOf
    ? `/${release.language}/releases/${release.translationOf.slug}`
    : `/releases/${release.slug}`;
}

/** The path of the version of the release `slug` (an original's slug) in `language`, when it is a translation. */
export function versionPath(slug: string, language: string | null): string {
  return language ? `/${language}/releases/${slug}` : `/releases/${slug}`;
}
