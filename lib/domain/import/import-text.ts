import { htmlToMarkdown } from "../html-to-markdown";

// What the import page hands the extractor from HTML (a pasted clipboard, a Word file converted by
// mammoth, a fetched article): plain text with one paragraph per block, list items as "- " lines and
// each table row as one line. The extractor reads plain text, so the Markdown that
// lib/domain/html-to-markdown.ts writes for the body editor is reduced to its words afterwards.

/** Table rows as single paragraphs ("1 – Memorandum … – Ministry A, Ministry B"): cells are not paragraphs. */
function tableRowsAsParagraphs(html: string): string {
  return html.replace(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi, (_row, cells: string) => {
    const texts = [...cells.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)]
      .map((cell) => cellText(cell[1] ?? ""))
      .filter((text) => text !== "");
    if (texts.length === 0) return "";
    // A leading number cell is a list number: "1. Memorandum …", as the extractor reads lists.
    const [first, ...rest] = texts;
    const line =
      /^\d{1,3}\.?$/.test(first!) && rest.length > 0
        ? `${first!.replace(/\.$/, "")}. ${rest.join(" – ")}`
        : texts.join(" – ");
    return `<p>${line}</p>`;
  });
}

// A cell's words, its inner paragraphs joined by a space; entities stay for the converter to decode.
const cellText = (html: string) =>
  html
    .replace(/<\/(p|div|li|h\d)>|<br\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** Markdown as the words a reader sees: no heading marks, emphasis, link targets or escapes. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/^\s{0,3}#{1,6}\s+/gm, "")
    .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\\*\w])\*(?=\S)([^*\n]*?\S)\*(?![*\w])/g, "$1$2")
    .replace(/^\s{0,3}(?:---|\*\*\*|___)\s*$/gm, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~=])/g, "$1")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** HTML (clipboard, Word via mammoth, an article) as text for the extractor. */
export function htmlToImportText(html: string): string {
  return markdownToPlainText(htmlToMarkdown(tableRowsAsParagraphs(html)));
}

/** Does this text file look like Markdown (then its marks are dropped, else it is taken as it is)? */
export const looksLikeMarkdown = (text: string) => /^#{1,6}\s+\S|\*\*\S[^*\n]*\*\*|\]\(https?:/m.test(text);
