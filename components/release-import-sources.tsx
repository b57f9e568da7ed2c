"use client";

import { useRef, useState, type ClipboardEvent, type MouseEvent } from "react";
import { htmlToImportText } from "@/lib/domain/import/import-text";
import type { FieldErrors } from "@/lib/validation/release";
import { Field } from "./field";

const FILE_MAX_MB = 10;

/**
 * The other ways in besides pasting (issue 15): a file (Word, PDF, web page, text, Markdown) and a web
 * address. A file goes to POST /api/import/file (server actions stop at 1 MB), its text into "Raw
 * text", and the form is then submitted as "Extract": the same extraction as pasted text. An address
 * is fetched by the import action itself. A refused file or address is a message next to its field;
 * the pasted text stays.
 */
export function ImportSources({ url, errors, pending }: { url: string; errors: FieldErrors; pending: boolean }) {
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  // No name: the file itself never travels with the form (its posts stop at 1 MB), only its text.
  const fileInput = useRef<HTMLInputElement>(null);

  async function extractFromFile(event: MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form;
    const file = fileInput.current?.files?.[0];
    setFileError(null);
    if (!form || !file) return setFileError("Choose a file to extract from");
    if (file.size > FILE_MAX_MB * 1024 * 1024)
      return setFileError(`The file is larger than ${FILE_MAX_MB} MB: a release's file is smaller`);
    setReading(true);
    try {
      const body = new FormData();
      body.append("file", file);
      const response = await fetch("/api/import/file", { method: "POST", body });
      const answer = (await response.json().catch(() => ({}))) as { text?: string; message?: string };
      if (!response.ok || typeof answer.text !== "string")
        return setFileError(answer.message ?? `The file could not be read (the server answered ${response.status})`);
      const rawText = form.elements.namedItem("rawText");
      if (rawText instanceof HTMLTextAreaElement) rawText.value = answer.text;
      form.requestSubmit(form.querySelector<HTMLButtonElement>('button[name="intent"][value="extract"]'));
    } catch {
      setFileError("The file could not be sent: check the connection and try again");
    } finally {
      setReading(false);
    }
  }

  return (
    <div className="import-sources">
      <div className="row">
        <Field
          id="file"
          label="File"
          error={fileError ?? undefined}
          hint={`Word (.docx), PDF, web page, text or Markdown, up to ${FILE_MAX_MB} MB`}
        >
          {(aria) => (
            <input
              {...aria}
              ref={fileInput}
              type="file"
              accept=".docx,.pdf,.html,.htm,.txt,.md,text/*,application/pdf"
              onChange={() => setFileError(null)}
            />
          )}
        </Field>
        <div className="actions">
          <button type="button" className="secondary" disabled={pending || reading} onClick={extractFromFile}>
            Extract from file
          </button>
          {reading ? <span role="status">Reading the file…</span> : null}
        </div>
      </div>
      <div className="row">
        <Field id="url" label="URL" error={errors.url} hint="The address of the release's public page (http or https)">
          {(aria) => <input {...aria} type="url" name="url" defaultValue={url} inputMode="url" />}
        </Field>
        <div className="actions">
          <button type="submit" name="intent" value="url" className="secondary" disabled={pending}>
            Import from URL
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * Rich text pasted into "Raw text" (a web page, Word, Google Docs) keeps its paragraphs and list items:
 * the clipboard's HTML is turned into plain text with one paragraph per block, instead of the browser's
 * plain-text flavour, which often runs paragraphs together.
 */
export function pasteRichText(event: ClipboardEvent<HTMLTextAreaElement>) {
  const html = event.clipboardData.getData("text/html");
  if (!html) return;
  const text = htmlToImportText(html);
  if (!text) return;
  event.preventDefault();
  const area = event.currentTarget;
  area.setRangeText(text, area.selectionStart, area.selectionEnd, "end");
  area.dispatchEvent(new Event("input", { bubbles: true }));
}
