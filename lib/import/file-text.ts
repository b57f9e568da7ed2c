import "server-only";
import mammoth from "mammoth";
import { getDocumentProxy } from "unpdf";
import { htmlToImportText, looksLikeMarkdown, markdownToPlainText } from "../domain/import/import-text";
import { sniffHead, sniffZip, zipCentralDirectory, zipEntryNames, zipUncompressedSize } from "../domain/media/sniff";
import { IMPORT_TEXT_MAX_CHARS } from "../validation/import";

// The import page's "Extract from file" (issue 15): the text of a Word document, a PDF, a web page or
// a text/Markdown file, whichever the bytes say it is (never the name or the browser's word), as
// plain text the extractor reads like pasted text.

export const IMPORT_FILE_MAX_BYTES = 10 * 1024 * 1024;

// A Word file is a zip: what its entries unpack to is checked before mammoth unpacks them (a few MB
// can claim gigabytes). A PDF's pages are read one by one: a release has a few.
const DOCX_MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
const PDF_MAX_PAGES = 50;

export type FileText = { ok: true; text: string; kind: string } | { ok: false; message: string };

const refuse = (message: string): FileText => ({ ok: false, message });
const ACCEPTED = "Word (.docx), PDF, web page (.html), text (.txt) or Markdown (.md)";

export async function fileToText(bytes: Uint8Array): Promise<FileText> {
  if (bytes.length === 0) return refuse("The file is empty: choose the release's file");
  if (bytes.length > IMPORT_FILE_MAX_BYTES)
    return refuse(`The file is larger than ${IMPORT_FILE_MAX_BYTES / 1024 / 1024} MB: a release's file is smaller`);
  const step = sniffHead(bytes.subarray(0, 64 * 1024));
  try {
    if (step.ok === "zip") {
      const directory = zipCentralDirectory(bytes.subarray(Math.max(0, bytes.length - 22 - 0xffff)), bytes.length);
      const names = directory ? zipEntryNames(bytes.subarray(directory.offset, directory.offset + directory.size)) : [];
      const type = sniffZip(names, null);
      if (!type.ok || type.extension !== "docx")
        return refuse(`This file is ${type.ok ? type.label : type.looksLike}: choose a ${ACCEPTED} file`);
      if (
        directory &&
        zipUncompressedSize(bytes.subarray(directory.offset, directory.offset + directory.size)) >
          DOCX_MAX_UNPACKED_BYTES
      )
        return refuse(
          `This Word file unpacks to more than ${DOCX_MAX_UNPACKED_BYTES / 1024 / 1024} MB: paste its text instead`,
        );
      const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
      return tooLong(value) ?? found(htmlToImportText(value), "a Word document");
    }
    if (step.ok === true && step.extension === "pdf") {
      const text = await pdfText(bytes);
      return text === null
        ? refuse(`This PDF has more than ${PDF_MAX_PAGES} pages: a release is shorter, paste its text instead`)
        : found(text, "a PDF document");
    }
    if (step.ok === false && step.looksLike === "a web page") {
      const html = decode(bytes);
      return tooLong(html) ?? found(htmlToImportText(html), "a web page");
    }
    if (step.ok === "text") {
      const text = decode(bytes);
      const refused = tooLong(text);
      if (refused) return refused;
      if (/^\uFEFF?\s*<(p|div|article|section|h[1-6]|table|ul|ol)[\s>]/i.test(text))
        return found(htmlToImportText(text), "a web page");
      return found(
        looksLikeMarkdown(text) ? markdownToPlainText(text) : text.replace(/\r\n?/g, "\n").trim(),
        "a text file",
      );
    }
    return refuse(`This file is ${step.ok ? step.label : step.looksLike}: choose a ${ACCEPTED} file`);
  } catch {
    // A damaged or encrypted document: the libraries throw, the person gets a sentence.
    return refuse("This file could not be read (damaged or password-protected?): paste its text instead");
  }
}

// The converters take time in proportion to their input: they are given at most a few releases' worth.
function tooLong(text: string): FileText | null {
  return text.length > IMPORT_TEXT_MAX_CHARS
    ? refuse(
        `The file's text is longer than ${IMPORT_TEXT_MAX_CHARS.toLocaleString("en")} characters: a release is shorter, paste its text instead`,
      )
    : null;
}

function found(text: string, kind: string): FileText {
  return text.trim() === ""
    ? refuse(`No text found in ${kind} (a scan of a page?): paste its text instead`)
    : { ok: true, text, kind };
}

const decode = (bytes: Uint8Array) => new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");

interface PdfItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  height?: number;
}

/**
 * A PDF's text by lines (null past PDF_MAX_PAGES pages), with a blank line where the gap to the next
 * line is clearly larger than the usual line spacing (a new paragraph); the lines of one paragraph
 * are joined (PDFs wrap them).
 */
async function pdfText(bytes: Uint8Array): Promise<string | null> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    return pdf.numPages > PDF_MAX_PAGES ? null : await pagesText(pdf);
  } finally {
    // pdf.js keeps the parsed document (and its worker state) until it is destroyed.
    await pdf.loadingTask.destroy();
  }
}

async function pagesText(pdf: Awaited<ReturnType<typeof getDocumentProxy>>): Promise<string> {
  const paragraphs: string[] = [];
  let carried: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const items = (await page.getTextContent()).items as PdfItem[];
    const lines: Array<{ text: string; y: number; size: number }> = [];
    let current = "";
    let y: number | null = null;
    let size = 0;
    for (const item of items) {
      if (typeof item.str !== "string") continue;
      const itemY: number = item.transform?.[5] ?? y ?? 0;
      if (y !== null && Math.abs(itemY - y) > 1 && current.trim() !== "") {
        lines.push({ text: current.trim(), y, size });
        current = "";
      }
      y = itemY;
      size = Math.max(size, item.height ?? 0);
      current += item.str;
      if (item.hasEOL && current.trim() !== "") {
        lines.push({ text: current.trim(), y: itemY, size });
        current = "";
        size = 0;
      }
    }
    if (current.trim() !== "" && y !== null) lines.push({ text: current.trim(), y, size });
    // The line spacing is the smallest gap between lines; a clearly larger one starts a paragraph. A
    // page without any larger gap keeps its lines as they are (its paragraphs cannot be told apart).
    const gaps = lines.slice(1).map((line, i) => lines[i]!.y - line.y);
    const spacing = Math.min(...gaps.filter((g) => g > 1), Infinity);
    const separated = gaps.some((g) => g > spacing * 1.4);
    // A paragraph the page break cut goes on at the top of this page.
    let paragraph: string[] = carried;
    lines.forEach((line, i) => {
      const gap = gaps[i - 1] ?? 0;
      if (i > 0 && (!separated || gap > spacing * 1.4 || gap < 0)) {
        paragraphs.push(joinLines(paragraph));
        paragraph = [];
      }
      paragraph.push(line.text);
    });
    // The page ends in the middle of a sentence, on a line as long as its others: the width, not the
    // writer, ended it (a quotation cut in two by the page break lost its speaker, issue 15).
    const last = lines.at(-1)?.text ?? "";
    const longest = Math.max(0, ...lines.map((line) => line.text.length));
    const goesOn = separated && last.length >= longest * 0.8 && !/[.!?:;"”’)]$/.test(last);
    carried = goesOn ? paragraph : [];
    if (!goesOn && paragraph.length) paragraphs.push(joinLines(paragraph));
  }
  if (carried.length) paragraphs.push(joinLines(carried));
  return paragraphs
    .map((p) =>
      p
        .replace(/[ \t\r\f\v]+/g, " ")
        .replace(/ ?\n ?/g, "\n")
        .trim(),
    )
    .filter(Boolean)
    .join("\n\n");
}

/**
 * A paragraph's wrapped lines as one line; a word hyphenated at the end of a line is joined again.
 * A line far shorter than the paragraph's longest was ended by its writer, not by the width ("FOR
 * PRESS 6 May 1976" above the text, a place and date under it): it keeps its line break, which the
 * extractor reads (issue 15: the development halves through a PDF lost four dates that way).
 */
function joinLines(lines: string[]): string {
  const longest = Math.max(...lines.map((line) => line.length));
  return lines.reduce((all, line, i) => {
    const before = lines[i - 1] ?? "";
    if (before.length < longest * OWN_LINE) return `${all}\n${line}`;
    return all.endsWith("-") ? all + line : `${all} ${line}`;
  });
}

/** A line shorter than this share of its paragraph's longest line ends where its writer ended it. */
const OWN_LINE = 0.6;
