import { changedRange, type TextSelection } from "@/lib/domain/markdown-edits";

/** The text field's text and selection, for the pure edits of lib/domain/markdown-edits.ts. */
export const selectionOf = (area: HTMLTextAreaElement): TextSelection => ({
  text: area.value,
  start: area.selectionStart,
  end: area.selectionEnd,
});

/**
 * Puts an edit's result into the text field as typing would: through the browser's own editing
 * command, so Undo takes it back in one step and the input event reaches React (the form's state,
 * autosave and the unsaved-changes guard see it like any keystroke). Only the part that changed is
 * replaced. Where the command is not available, the text is set directly and an input event sent.
 */
export function applyToTextarea(area: HTMLTextAreaElement, next: TextSelection): void {
  const { start, end, inserted } = changedRange(area.value, next.text);
  area.focus();
  if (start !== end || inserted !== "") {
    area.setSelectionRange(start, end);
    const done = document.execCommand(inserted === "" ? "delete" : "insertText", false, inserted);
    if (!done) {
      area.setRangeText(inserted, start, end, "end");
      area.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }
  area.setSelectionRange(next.start, next.end);
}
