"use client";

import { useRef, useState } from "react";
import type { MarkdownFormat } from "@/lib/domain/markdown-edits";

// The Markdown toolbar over the release body (issue 12.2). Each button shows its name in words (a
// press officer need not know what "H" or "1." stand for, and a screen reader hears what is seen),
// bold in bold and italic in italic; shortcuts are in the tooltip.
const TOOLS: ReadonlyArray<{ format: MarkdownFormat; name: string; keys?: string }> = [
  { format: "bold", name: "Bold", keys: "Ctrl+B" },
  { format: "italic", name: "Italic", keys: "Ctrl+I" },
  { format: "link", name: "Link", keys: "Ctrl+K" },
  { format: "heading", name: "Heading" },
  { format: "bulletList", name: "Bulleted list" },
  { format: "numberedList", name: "Numbered list" },
  { format: "quote", name: "Quote" },
];

/** The shortcut keys of the text field (Ctrl or Cmd with B, I, K), as toolbar formats. */
export const SHORTCUTS: Readonly<Record<string, MarkdownFormat>> = { b: "bold", i: "italic", k: "link" };

/**
 * One stop in the Tab order, as toolbars are (WAI-ARIA): Tab reaches the last-used button, the arrow
 * keys (and Home, End) move between them, and the next Tab goes on to the text field.
 */
export function BodyToolbar({ controls, onFormat }: { controls: string; onFormat: (format: MarkdownFormat) => void }) {
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: React.KeyboardEvent) {
    const last = TOOLS.length - 1;
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = (next + TOOLS.length) % TOOLS.length;
    setCurrent(index);
    buttons.current[index]?.focus();
  }

  return (
    <div
      className="body-toolbar"
      role="toolbar"
      aria-label="Body formatting"
      aria-controls={controls}
      onKeyDown={onKeyDown}
    >
      {TOOLS.map((tool, i) => (
        <button
          key={tool.format}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          type="button"
          className={`tool-${tool.format}`}
          tabIndex={i === current ? 0 : -1}
          title={tool.keys ? `${tool.name} (${tool.keys})` : tool.name}
          // The text field keeps the focus (and its selection on screen) when a button is clicked.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            setCurrent(i);
            onFormat(tool.format);
          }}
        >
          {tool.name}
        </button>
      ))}
    </div>
  );
}
