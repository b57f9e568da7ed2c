import { htmlToMarkdown } from "../html-to-markdown";

// What the import page hands the extractor from HTML (a pasted clipboard, a Word file converted by
// mammoth, a fetched article): plain text with one paragraph per block, list items as "- " lines and
// each table row as one line. The extractor reads plain text, so the Markdown that
// lib/domain/html-to-markdown.ts writes for the body editor is reduced to its words afterwards.

// Every pattern below runs on text a person or a web page sends, so none may backtrack over the rest
// of the input from each position (100 KB of "<tr>" or "[" once took seconds): elements are found by
// scanning forward for their closing tag, tags stop at the next "<", and a mark's content cannot run
// past the next mark of its kind.

/** Each `open … close` element in `html`, in order, by one forward scan (the first close ends it). */
function* elements(
  html: string,
  open: RegExp,
  close: RegExp,
): Generator<{ start: number; end: number; inner: string }> {
  let from = 0;
  for (;;) {
    open.lastIndex = from;
    const opening = open.exec(html);
    if (!opening) return;
    close.lastIndex = opening.index + opening[0].length;
    const closing = close.exec(html);
    // No closing tag after this one: there is none after any later one either.
    if (!closing) return;
    const inner = html.slice(opening.index + opening[0].length, closing.index);
    yield { start: opening.index, end: closing.index + closing[0].length, inner };
    from = closing.index + closing[0].length;
  }
}

/** Table rows as single paragraphs ("1 – Memorandum … – Ministry A, Ministry B"): cells are not paragraphs. */
function tableRowsAsParagraphs(html: string): string {
  let out = "";
  let last = 0;
  for (const row of elements(html, /<tr\b[^<>]*>/gi, /<\/tr>/gi)) {
    out += html.slice(last, row.start) + rowParagraph(row.inner);
    last = row.end;
  }
  return out + html.slice(last);
}

function rowParagraph(cells: string): string {
  const texts = [...elements(cells, /<t[dh]\b[^<>]*>/gi, /<\/t[dh]>/gi)]
    .map((cell) => cellText(cell.inner))
    .filter((text) => text !== "");
  if (texts.length === 0) return "";
  // A leading number cell is a list number: "1. Memorandum …", as the extractor reads lists.
  const [first, ...rest] = texts;
  const line =
    /^\d{1,3}\.?$/.test(first!) && rest.length > 0
      ? `${first!.replace(/\.$/, "")}. ${rest.join(" – ")}`
      : texts.join(" – ");
  return `<p>${line}</p>`;
}

// A cell's words, its inner paragraphs joined by a space; entities stay for the converter to decode.
const cellText = (html: string) =>
  html
    .replace(/<\/(p|div|li|h\d)>|<br\s*\/?>/gi, " ")
    .replace(/<[^<>]*>/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** Each line without the spaces at its end (a `[ \t]+$` pattern is quadratic in a long run of spaces). */
export const trimLineEnds = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");

/** Markdown as the words a reader sees: no heading marks, emphasis, link targets or escapes. */
export function markdownToPlainText(markdown: string): string {
  const text = markdown
    .replace(/^\s{0,3}#{1,6}\s+/gm, "")
    .replace(/\[([^[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, "$1")
    .replace(/\*\*(?=\S)((?:(?!\*\*)[\s\S])*?\S)\*\*/g, "$1")
    .replace(/__(?=\S)((?:(?!__)[\s\S])*?\S)__/g, "$1")
    .replace(/(^|[^\\*\w])\*(?=\S)([^*\n]*?\S)\*(?![*\w])/g, "$1$2")
    .replace(/^\s{0,3}(?:---|\*\*\*|___)\s*$/gm, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~=])/g, "$1");
  return trimLineEnds(text)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** HTML (clipboard, Word via mammoth, an article) as text for the extractor. */
export function htmlToImportText(html: string): string {
  // A long run of white space is layout, never words; Turndown trims its output with a pattern that is
  // quadratic in one (100 KB of spaces in a <pre> took seconds), so each run is cut short first.
  const runsCut = html.replace(/\s{64,}/g, (run) => (run.includes("\n") ? "\n\n" : " "));
  return markdownToPlainText(htmlToMarkdown(tableRowsAsParagraphs(runsCut)));
}

/** Does this text file look like Markdown (then its marks are dropped, else it is taken as it is)? */
export const looksLikeMarkdown = (text: string) => /^#{1,6}\s+\S|\*\*\S[^*\n]*\*\*|\]\(https?:/m.test(text);
