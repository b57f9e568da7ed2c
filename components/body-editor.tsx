"use client";

import { useImperativeHandle, useRef, useState } from "react";
import { htmlToMarkdown } from "@/lib/domain/html-to-markdown";
import {
  applyMarkdownFormat,
  insertQuotation,
  insertText,
  quoteFromSelection,
  type MarkdownFormat,
} from "@/lib/domain/markdown-edits";
import { BodyPreview } from "./body-preview";
import { BodyToolbar, SHORTCUTS } from "./body-toolbar";
import { Field } from "./field";
import { applyToTextarea, selectionOf } from "./textarea-edit";
import type { QuoteFormValues } from "@/lib/validation/release";
import type { OwnFieldProps } from "./translation-original";

/** What the rest of the release form asks of the body. */
export interface BodyEditorHandle {
  /** Puts a quote's words, in quotation marks, where the body's caret was last (issue 12.3). */
  insertQuotation: (quote: string) => void;
}

export interface BodyEditorProps {
  value: string;
  onChange: (event: React.ChangeEvent<HTMLTextAreaElement>) => void;
  error: string | undefined;
  maxLength: number;
  /** "Make quote from selection": a new quote with these words (issue 12.3); none without it. */
  onMakeQuote?: (text: string) => void;
  /** False when the release has as many quotes as it may. */
  canMakeQuote: boolean;
  /** The form's quotes, which the preview marks up where the body says them. */
  quotes: readonly QuoteFormValues[];
  /** On a translation (issue 14): the text's language, and the original's body describing the field. */
  own?: OwnFieldProps;
  ref?: React.Ref<BodyEditorHandle>;
}

const HINT = "Markdown: blank line between paragraphs, *emphasis*, [links](https://…), lists with -.";

/**
 * The release body (issue 12.2): the Markdown text field with its toolbar, pasting from Word, Google
 * Docs or a web page as Markdown, turning a selected passage into a quote, and the live preview. Every
 * change goes through the field's own input event, so the form's state, autosave and the leave guard
 * treat it as typing.
 */
export function BodyEditor({
  value,
  onChange,
  error,
  maxLength,
  onMakeQuote,
  canMakeQuote,
  quotes,
  own = {},
  ref,
}: BodyEditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  // Until the person has been in the body, its caret is where the page left it (the start): a quote
  // inserted then goes at the end instead.
  const visited = useRef(false);
  const [message, setMessage] = useState<string | null>(null);

  useImperativeHandle(ref, () => ({
    insertQuotation(quote) {
      const el = area.current;
      if (!el) return;
      const at = el.value.length;
      const selection = visited.current ? selectionOf(el) : { text: el.value, start: at, end: at };
      applyToTextarea(el, insertQuotation(selection, quote));
    },
  }));

  function format(f: MarkdownFormat) {
    if (area.current) applyToTextarea(area.current, applyMarkdownFormat(f, selectionOf(area.current)));
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    const f = SHORTCUTS[event.key.toLowerCase()];
    if (!f || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    event.preventDefault();
    format(f);
  }

  function onPaste(event: React.ClipboardEvent<HTMLTextAreaElement>) {
    const html = event.clipboardData.getData("text/html");
    // Plain text (and HTML with nothing to keep) pastes as the browser pastes it.
    const markdown = html ? htmlToMarkdown(html) : "";
    if (!markdown) return;
    event.preventDefault();
    applyToTextarea(event.currentTarget, insertText(selectionOf(event.currentTarget), markdown));
  }

  function makeQuote() {
    const el = area.current;
    if (!el) return;
    const text = quoteFromSelection(el.value.slice(el.selectionStart, el.selectionEnd));
    if (!text) return setMessage("Select a passage in the body first, then make it a quote.");
    if (!canMakeQuote || !onMakeQuote) return setMessage("This release has as many quotes as it can have.");
    setMessage(null);
    onMakeQuote(text);
  }

  return (
    <div className="body-editor">
      <Field id="body" label="Body" error={error} hint={HINT} describedBy={own.describedBy}>
        {(aria) => (
          <>
            <BodyToolbar controls="body" onFormat={format} />
            <textarea
              {...aria}
              lang={own.lang}
              dir={own.dir}
              ref={area}
              name="body"
              className="body"
              value={value}
              onChange={onChange}
              onKeyDown={onKeyDown}
              onPaste={onPaste}
              onFocus={() => (visited.current = true)}
              maxLength={maxLength}
            />
            <div className="body-actions">
              {onMakeQuote ? (
                <button type="button" className="secondary" onClick={makeQuote}>
                  Make quote from selection
                </button>
              ) : null}
              {message ? (
                <p role="status" className="hint">
                  {message}
                </p>
              ) : null}
            </div>
          </>
        )}
      </Field>
      <BodyPreview source={value} quotes={quotes} />
    </div>
  );
}
