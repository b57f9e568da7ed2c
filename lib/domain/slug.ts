// Slugs are derived from the headline, ASCII only so they survive copy-paste into any tool.

const MAX_SLUG_LENGTH = 80;

// Letters that Unicode does not decompose into a base letter plus an accent ("ə" in Azerbaijani).
const TRANSLITERATE: Record<string, string> = {
  ə: "e",
  Ə: "e",
  ı: "i",
  ß: "ss",
  æ: "ae",
  Æ: "ae",
  ø: "o",
  Ø: "o",
  ł: "l",
  Ł: "l",
  đ: "d",
  Đ: "d",
  þ: "th",
  Þ: "th",
};

export function slugify(text: string): string {
  const slug = text
    .replace(/[əƏıßæÆøØłŁđĐþÞ]/g, (c) => TRANSLITERATE[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // strip accents after decomposition: "Türkiye" → "turkiye"
    .toLowerCase()
    .replace(/['’]/g, "") // "People's" → "peoples", not "people-s"
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG_LENGTH) return slug || "release";
  // Cut long headlines at a word boundary rather than mid-word.
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  if (slug[MAX_SLUG_LENGTH] === "-") return cut; // the cut already falls between two words
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, "");
}

/** The first of slug, slug-2, slug-3 … that `taken` does not contain. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
