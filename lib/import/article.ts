import "server-only";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToImportText } from "../domain/import/import-text";

// A fetched page's article as text for the extractor: Readability (Firefox's reader view) keeps the
// story and drops menus, footers and related links; linkedom gives it a DOM on the server (no script
// runs, nothing loads). A page Readability finds no article in is read whole.

export function articleText(html: string): string {
  const { document } = parseHTML(html);
  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  const body = htmlToImportText(article?.content ?? html);
  const title = (article?.title ?? "").replace(/\s+/g, " ").trim();
  // Readability lifts the headline out of the content: it goes back on top, once.
  return title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
}
