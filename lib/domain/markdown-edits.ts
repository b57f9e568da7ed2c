/**
 * The body toolbar's Markdown edits (issue 12.2) and the quote helpers (issue 12.3), as pure functions
 * of the text and its selection, so the editor and the tests run the same rules. Each returns the new
 * text and what should be selected afterwards; components/textarea-edit.ts applies that to the field.
 */

export interface TextSelection {
  text: string;
  start: number;
  end: number;
}

export type MarkdownFormat = "bold" | "italic" | "link" | "heading" | "bulletList" | "numberedList" | "quote";

const replace = (s: TextSelection, from: number, to: number, inserted: string, select: [number, number]) => ({
  text: s.text.slice(0, from) + inserted + s.text.slice(to),
  start: select[0],
  end: select[1],
});

/** The selection without the spaces around it: a double-click often takes the space after a word. */
function trimmed({ text, start, end }: TextSelection): TextSelection {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { text, start, end };
}

const starsBefore = (text: string, at: number) => {
  let n = 0;
  while (at - n > 0 && text[at - n - 1] === "*") n++;
  return n;
};
const starsAfter = (text: string, at: number) => {
  let n = 0;
  while (text[at + n] === "*") n++;
  return n;
};

/** Whether `stars` marker characters on both sides of a text make it bold (2 or 3) or italic (1 or 3). */
const marks = (stars: number, marker: string) => (marker === "**" ? stars >= 2 : stars % 2 === 1);

/**
 * Bold and italic: wrap the selection in the marker, or unwrap it when it is already marked (the
 * markers just inside or just outside the selection). Nothing selected: a placeholder, selected, to
 * type over. Over several lines each line is wrapped, since emphasis cannot span paragraphs.
 */
function toggleInline(sel: TextSelection, marker: "**" | "*", placeholder: string): TextSelection {
  const s = trimmed(sel);
  const { text, start, end } = s;
  const m = marker.length;
  const inner = text.slice(start, end);

  if (start === end) {
    return replace(s, start, end, marker + placeholder + marker, [start + m, start + m + placeholder.length]);
  }
  // "**word**" selected, markers and all.
  const lead = starsAfter(inner, 0);
  const trail = starsBefore(inner, inner.length);
  if (lead < inner.length && marks(Math.min(lead, trail), marker)) {
    const unwrapped = inner.slice(m, inner.length - m);
    return replace(s, start, end, unwrapped, [start, start + unwrapped.length]);
  }
  // "word" selected inside "**word**".
  if (marks(Math.min(starsBefore(text, start), starsAfter(text, end)), marker)) {
    return {
      text: text.slice(0, start - m) + inner + text.slice(end + m),
      start: start - m,
      end: end - m,
    };
  }
  const wrapped = inner
    .split("\n")
    .map((line) =>
      line.replace(/^(\s*)(.*?)(\s*)$/, (all, pre: string, words: string, post: string) =>
        words ? `${pre}${marker}${words}${marker}${post}` : all,
      ),
    )
    .join("\n");
  return replace(s, start, end, wrapped, [start, start + wrapped.length]);
}

const URL_LIKE = /^(https?:\/\/|mailto:|www\.)\S+$/i;

/**
 * A link: the selected words become its text and the address placeholder is selected, to type or
 * paste over; a selected address becomes the link's target, its text selected instead.
 */
function link(sel: TextSelection): TextSelection {
  const s = trimmed(sel);
  const { start, end } = s;
  const selected = s.text.slice(start, end);
  if (selected.includes("\n")) return sel;
  if (URL_LIKE.test(selected)) {
    const target = /^www\./i.test(selected) ? `https://${selected}` : selected;
    const placeholder = "link text";
    return replace(s, start, end, `[${placeholder}](${target})`, [start + 1, start + 1 + placeholder.length]);
  }
  const label = selected || "link text";
  const address = "https://";
  const inserted = `[${label}](${address})`;
  const at = start + label.length + 3;
  return selected
    ? replace(s, start, end, inserted, [at, at + address.length])
    : replace(s, start, end, inserted, [start + 1, start + 1 + label.length]);
}

interface LineFormat {
  /** A line already in this format (the marker to remove when toggling off). */
  marked: RegExp;
  /** Markers of other line formats that this one replaces ("- " when numbering a list). */
  replaces: RegExp;
  prefix: (index: number) => string;
  /** Whether blank lines inside the block are marked too (a quote's paragraphs stay one quote). */
  blankLines: boolean;
}

const HEADING_MARK = /^#{1,6}[ \t]+/;
const BULLET_MARK = /^[ \t]*[-*+][ \t]+/;
const NUMBER_MARK = /^[ \t]*\d{1,9}[.)][ \t]+/;
const QUOTE_MARK = /^>[ \t]?/;

const LINE_FORMATS: Record<"heading" | "bulletList" | "numberedList" | "quote", LineFormat> = {
  // The release's headline is the page's h1: the body's headings are its sections, h2.
  heading: { marked: /^##[ \t]+/, replaces: HEADING_MARK, prefix: () => "## ", blankLines: false },
  bulletList: { marked: BULLET_MARK, replaces: NUMBER_MARK, prefix: () => "- ", blankLines: false },
  numberedList: { marked: NUMBER_MARK, replaces: BULLET_MARK, prefix: (i) => `${i + 1}. `, blankLines: false },
  quote: { marked: QUOTE_MARK, replaces: /^(?!)/, prefix: () => "> ", blankLines: true },
};

const isBlank = (line: string) => line.trim() === "";

/**
 * Headings, lists and quotes mark whole lines: every line the selection touches gets the marker, or
 * loses it when all of them have it already. A new block is set apart from the paragraphs around it
 * by blank lines, or Markdown would read the next line as part of it.
 */
function toggleLines(sel: TextSelection, format: LineFormat): TextSelection {
  const { text, start, end } = sel;
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const last = end > start && text[end - 1] === "\n" ? end - 1 : end;
  const newline = text.indexOf("\n", last);
  const to = newline < 0 ? text.length : newline;
  const lines = text.slice(from, to).split("\n");
  const content = lines.filter((l) => !isBlank(l));
  const off = content.length > 0 && content.every((l) => format.marked.test(l));

  let n = 0;
  const changed = lines.map((line) => {
    if (off) return line.replace(format.marked, "");
    if (isBlank(line) && content.length > 0) return format.blankLines ? ">" : line;
    const bare = line.replace(format.marked, "").replace(format.replaces, "");
    return format.prefix(n++) + bare;
  });
  const block = changed.join("\n");

  const lineBefore = text.slice(text.lastIndexOf("\n", from - 2) + 1, Math.max(from - 1, 0));
  const lineAfter = text.slice(to + 1, text.indexOf("\n", to + 1) < 0 ? undefined : text.indexOf("\n", to + 1));
  const joins = (line: string) => format !== LINE_FORMATS.heading && format.marked.test(line);
  const padBefore = !off && from > 0 && !isBlank(lineBefore) && !joins(lineBefore) ? "\n" : "";
  const padAfter = !off && to < text.length && !isBlank(lineAfter) && !joins(lineAfter) ? "\n" : "";

  const blockStart = from + padBefore.length;
  if (start === end && lines.length === 1) {
    // A caret stays where it was in the words of its line.
    const shift = changed[0]!.length - lines[0]!.length;
    const caret = Math.max(blockStart, start + padBefore.length + shift);
    return replace(sel, from, to, padBefore + block + padAfter, [caret, caret]);
  }
  return replace(sel, from, to, padBefore + block + padAfter, [blockStart, blockStart + block.length]);
}

export function applyMarkdownFormat(format: MarkdownFormat, sel: TextSelection): TextSelection {
  switch (format) {
    case "bold":
      return toggleInline(sel, "**", "bold text");
    case "italic":
      return toggleInline(sel, "*", "italic text");
    case "link":
      return link(sel);
    default:
      return toggleLines(sel, LINE_FORMATS[format]);
  }
}

/** Replaces the selection with `inserted` (a paste), the caret after it. */
export function insertText(sel: TextSelection, inserted: string): TextSelection {
  const at = sel.start + inserted.length;
  return replace(sel, sel.start, sel.end, inserted, [at, at]);
}

/**
 * A quote's words put into the body at the caret, in quotation marks (the consistency check looks
 * for them there, lib/domain/consistency.ts), with a space on either side where the words around
 * need one. Inserted after a selection, never over it: the body loses nothing.
 */
export function insertQuotation(sel: TextSelection, quote: string): TextSelection {
  const words = quote.trim();
  if (!words) return sel;
  const at = sel.end;
  const before = sel.text[at - 1];
  const after = sel.text[at];
  const quoted = `“${words}”`;
  const spaceBefore = before !== undefined && !/[\s([{“‘"«]/.test(before) ? " " : "";
  const spaceAfter = after !== undefined && /[\p{L}\p{N}“‘"«(]/u.test(after) ? " " : "";
  // The caret right after the closing mark, where the sentence goes on.
  const caret = at + spaceBefore.length + quoted.length;
  return replace(sel, at, at, spaceBefore + quoted + spaceAfter, [caret, caret]);
}

// Double quotation marks of every style (the consistency check ignores them all). Single ones are
// apostrophes as often as marks ("the ministers' talks"), so they go only in a pair around the whole.
const DOUBLE_OPENING = /^["“”„‟«»]+/;
const DOUBLE_CLOSING = /["“”„‟«»]+$/;
const SINGLE_PAIR = /^['‘’‚‹›]([\s\S]*)['‘’‹›]$/;

/**
 * A passage selected in the body, as a quote's text: without the Markdown around it (quote markers,
 * emphasis), without the quotation marks, and ending in a full stop where the body's sentence went on
 * after a comma ("…faster than ever," said …), as quotes are printed on their own.
 */
export function quoteFromSelection(selected: string): string {
  let text = selected
    .split("\n")
    .map((line) => line.replace(/^\s*>[ \t]?/, ""))
    .join("\n")
    .replace(/\*+/g, "")
    .trim();
  text = text.replace(DOUBLE_OPENING, "").replace(DOUBLE_CLOSING, "").trim();
  text = text.replace(SINGLE_PAIR, "$1").trim();
  return text.replace(/,$/, ".");
}

/**
 * The smallest change that turns `before` into `after`: the part between their common start and
 * common end. Applying only that keeps the browser's undo step small and the caret's neighbourhood.
 */
export function changedRange(before: string, after: string): { start: number; end: number; inserted: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < max - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, end: before.length - tail, inserted: after.slice(start, after.length - tail) };
}
