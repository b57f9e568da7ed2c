import { parseCsv } from "../../lib/domain/csv";

/**
 * Text helpers shared by the source families. The cached texts were first made with Python
 * (html.unescape, str.strip, csv, re); these reproduce those results on the material at hand, which
 * the sha256 check confirms release by release.
 */

// Named entities met in the sources, and the usual typographic ones. An unknown entity is left as is
// (the sha256 check then reports the release as differing rather than writing a wrong text).
// prettier-ignore
const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", shy: "\u00ad", ndash: "\u2013", mdash: "\u2014",
  hyphen: "\u2010", minus: "\u2212", hellip: "\u2026", lsquo: "\u2018", rsquo: "\u2019", sbquo: "\u201a",
  ldquo: "\u201c", rdquo: "\u201d", bdquo: "\u201e", laquo: "\u00ab", raquo: "\u00bb", lsaquo: "\u2039",
  rsaquo: "\u203a", prime: "\u2032", Prime: "\u2033", bull: "\u2022", middot: "\u00b7", dagger: "\u2020",
  Dagger: "\u2021", permil: "\u2030", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009", zwnj: "\u200c",
  zwj: "\u200d", lrm: "\u200e", rlm: "\u200f", copy: "\u00a9", reg: "\u00ae", trade: "\u2122", deg: "\u00b0",
  plusmn: "\u00b1", times: "\u00d7", divide: "\u00f7", micro: "\u00b5", para: "\u00b6", sect: "\u00a7",
  frac12: "\u00bd", frac14: "\u00bc", frac34: "\u00be", sup2: "\u00b2", sup3: "\u00b3", pound: "\u00a3",
  euro: "\u20ac", yen: "\u00a5", cent: "\u00a2", iexcl: "\u00a1", iquest: "\u00bf", ordm: "\u00ba", ordf: "\u00aa",
  larr: "\u2190", rarr: "\u2192", uarr: "\u2191", darr: "\u2193", szlig: "\u00df", aelig: "\u00e6", AElig: "\u00c6",
  oslash: "\u00f8", Oslash: "\u00d8", aring: "\u00e5", Aring: "\u00c5", ccedil: "\u00e7", Ccedil: "\u00c7",
  ntilde: "\u00f1", Ntilde: "\u00d1",
};
// Accented vowels: &eacute; &Uuml; …
for (const [mark, combining] of [
  ["acute", "\u0301"],
  ["grave", "\u0300"],
  ["circ", "\u0302"],
  ["uml", "\u0308"],
  ["tilde", "\u0303"],
] as const)
  for (const v of "aeiouyAEIOUY") {
    const c = (v + combining).normalize("NFC");
    if (c.length === 1) NAMED[v + mark] = c;
  }
// html.unescape also takes these few without the semicolon.
const LEGACY = new Set(["amp", "lt", "gt", "quot", "nbsp"]);
// html.unescape reads &#128;–&#159; as Windows-1252, as browsers do.
const CP1252 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

export function decodeEntities(s: string): string {
  return s.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*)(;?)/g, (m, body: string, semi: string) => {
    if (body.startsWith("#")) {
      const n = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (n >= 0x80 && n <= 0x9f) return CP1252[n - 0x80]!;
      if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return "\ufffd";
      return String.fromCodePoint(n);
    }
    if (semi && NAMED[body] !== undefined) return NAMED[body];
    if (!semi) {
      for (const legacy of LEGACY) if (body.startsWith(legacy)) return NAMED[legacy] + body.slice(legacy.length);
    }
    return m;
  });
}

/** Python's str.strip() (JS trim() differs only on characters these texts lack). */
export const strip = (s: string): string => s.trim();

/** Python's rstrip(chars) / lstrip(chars) for a set of characters. */
export function rstripChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}
export function lstripChars(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && chars.includes(s[start]!)) start++;
  return s.slice(start);
}

export type Spaces = "keep" | "collapse-ascii" | "collapse-all";

const BLOCK =
  /<\/?(?:p|li|ol|ul|div|h[1-6]|blockquote|table|tr|td|th|tbody|thead|figure|figcaption|section|article|header|footer|hr)\b[^>]*>/gi;

/**
 * HTML to paragraphs: every block element ends one; <br> is a line break inside it. `spaces` says how
 * runs of blanks were treated (kept; spaces and tabs collapsed; every blank but the line break,
 * no-break spaces too, collapsed). `listItemsPerLine` keeps a list's consecutive items as lines of one
 * paragraph. Each line is stripped; empty paragraphs are dropped.
 */
export function htmlParagraphs(html: string, spaces: Spaces, listItemsPerLine = false): string[] {
  let c = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "").replace(/<!--[\s\S]*?-->/g, "");
  if (listItemsPerLine) c = c.replace(/<\/li>\s*<li\b[^>]*>/g, "\x01");
  const out: string[] = [];
  for (let b of c.replace(BLOCK, "\x00").split("\x00")) {
    b = b.replace(/[ \t]*<br\s*\/?>[ \t]*\n?/g, "\n");
    b = decodeEntities(b.replace(/<[^>]+>/g, ""));
    if (spaces === "collapse-ascii") b = b.replace(/[ \t\r]+/g, " ");
    if (spaces === "collapse-all") b = b.replace(/[^\S\n\x01]+/g, " ");
    b = b.split("\n").map(strip).join("\n");
    b = strip(b.split("\x01").map(strip).join("\n"));
    if (b) out.push(b);
  }
  return out;
}

/** Markdown backslash escapes (pandoc writes "\[", "\###", "\$"). */
export const unescapeMarkdown = (s: string): string => s.replace(/\\([\\`*_{}[\]()#+\-.!<>|~"'&$=])/g, "$1");

/** Splits `---` front matter from a Markdown body. */
export function frontMatter(text: string): { front: string; body: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*\n?([\s\S]*)$/.exec(text);
  return m ? { front: m[1]!, body: m[2]! } : { front: "", body: text };
}

/** A YAML double-quoted scalar's content: folded lines, then escapes (\_ is a no-break space). */
export function yamlDoubleQuoted(s: string): string {
  const lines = s.split("\n");
  let folded = "";
  lines.forEach((line, k) => {
    const l = k > 0 ? lstripChars(line, " \t") : line;
    if (k === lines.length - 1) folded += l;
    else if (l.endsWith("\\") && !l.endsWith("\\\\")) folded += l.slice(0, -1);
    else folded += rstripChars(l, " \t") + " ";
  });
  // prettier-ignore
  const simple: Record<string, string> = {
    "0": "\0", a: "\x07", b: "\b", t: "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b", " ": " ", '"': '"',
    "/": "/", "\\": "\\", N: "\x85", _: "\u00a0", L: "\u2028", P: "\u2029",
  };
  return folded.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (m, e: string) => {
    if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
    return simple[e] ?? m;
  });
}

/** The `title:` of YAML front matter, quoted or plain, possibly continued on indented lines. */
export function yamlTitle(front: string): string {
  const m = /^title:[ \t]*(.*(?:\n[ \t]+.*)*)/m.exec(front);
  if (!m) return "";
  const t = strip(m[1]!);
  if (t.startsWith('"')) return yamlDoubleQuoted(t.slice(1, t.lastIndexOf('"')));
  if (t.startsWith("'"))
    return t
      .slice(1, t.lastIndexOf("'"))
      .replace(/\s*\n\s*/g, " ")
      .replace(/''/g, "'");
  return t.replace(/\s*\n\s*/g, " ");
}

/** CSV records keyed by the header row, as Python's csv.DictReader gives them (the project's parser). */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...data] = parseCsv(text);
  if (!header) return [];
  return data.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ""])));
}
