// Issue 14: a release's language versions in ninjs. ninjs 3.3 has no property for translations; it
// relates items through `associations`, each a ninjs object of its own (its uri, type, language,
// headlines) with a `name` and a `rel` saying how it relates to the item that carries it. The schema
// leaves `rel` free text (no IPTC vocabulary is required), so the words are plain: an original
// carries each published translation as rel "translation", a translation carries its original as rel
// "translationOf" (schema.org's name for that link, which the pages' JSON-LD uses too). Each
// association is "partial": its uri (the version's page, the uri of its own ninjs document) leads to
// the rest. Pure, like lib/domain/ninjs.ts.

/** One public version of a release, as the DAL gives it (lib/dal/public/releases.ts, publicVersions). */
export interface NinjsVersionRef {
  language: string;
  /** Its page's path: /releases/<slug> or /<language>/releases/<slug>. */
  path: string;
  original: boolean;
  headline: string;
}

export interface NinjsVersionAssociation {
  name: string;
  rel: "translation" | "translationOf";
  uri: string;
  type: "text";
  representationType: "partial";
  language: string;
  headlines: Array<{ role: string; value: string }>;
}

function association(
  version: NinjsVersionRef,
  name: string,
  rel: NinjsVersionAssociation["rel"],
  siteUrl: string,
): NinjsVersionAssociation {
  return {
    name,
    rel,
    uri: `${siteUrl}${version.path}`,
    type: "text",
    representationType: "partial",
    language: version.language,
    headlines: [{ role: "main", value: version.headline }],
  };
}

/**
 * The associations of one version: for an original, its published translations ("translation-az" …);
 * for a translation, its original ("original"). Nothing for a release in one language.
 */
export function versionAssociations(
  versions: readonly NinjsVersionRef[],
  self: { translation: boolean },
  siteUrl: string,
): NinjsVersionAssociation[] {
  if (versions.length < 2) return [];
  if (self.translation) {
    const original = versions.find((v) => v.original);
    return original ? [association(original, "original", "translationOf", siteUrl)] : [];
  }
  return versions
    .filter((v) => !v.original)
    .map((v) => association(v, `translation-${v.language}`, "translation", siteUrl));
}
