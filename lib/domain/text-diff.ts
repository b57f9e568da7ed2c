// Word-level diff of two texts, for the history page: which words were kept, removed or added.
// Pure: no Next, no Prisma.
import { diffWords } from "diff";

export type TextPartKind = "same" | "added" | "removed";
export interface TextPart {
  kind: TextPartKind;
  text: string;
}

/**
 * Edits (in word tokens) beyond which the diff gives up and shows "all removed, all added": Myers'
 * algorithm grows with N·D, and two unrelated 50,000-character bodies took seconds at D = 4,000
 * against ~150 ms at 1,000 — still room for hundreds of scattered edits in one body.
 */
const MAX_EDIT_LENGTH = 1_000;

/** Word-level diff of two texts. Equal texts give one "same" part (none when both are empty). */
export function diffText(before: string, after: string): TextPart[] {
  if (before === after) return before === "" ? [] : [{ kind: "same", text: before }];
  const changes = diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return replaced(before, after);
  return merge(
    changes
      .filter((c) => c.value !== "")
      .map((c): TextPart => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value })),
  );
}

/** The whole value removed, then the whole new value added (empty sides left out). */
export function replaced(before: string, after: string): TextPart[] {
  const parts: TextPart[] = [];
  if (before !== "") parts.push({ kind: "removed", text: before });
  if (after !== "") parts.push({ kind: "added", text: after });
  return parts;
}

/** Joins neighbouring parts of the same kind, so a reader hears one "added" per run. */
function merge(parts: TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
