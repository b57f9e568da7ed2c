/**
 * Australian Prime Minister's transcripts: one XML file per release (wragge/pm-transcripts, and the
 * newer wragge/pm-transcripts-data in another wrapper), the body HTML inside CDATA. The text is the
 * title with its blanks collapsed, a blank line, the body's block elements as paragraphs (old
 * hard-wrapped releases keep their <br> lines) and a final newline.
 */

import { decodeEntities, htmlParagraphs, strip, type Spaces } from "../text";
import type { Candidates } from "./types";

// The releases were cached in several sessions, whose converters treated blanks differently:
// most collapsed spaces and tabs, a few kept them or also collapsed no-break spaces, and the
// 2026 transcript joined a list's items as lines of one paragraph.
const FORMS: [Spaces, boolean][] = [
  ["collapse-ascii", false],
  ["keep", false],
  ["collapse-all", true],
  ["collapse-ascii", true],
];

export const pmTranscript: Candidates = (ref, read) => {
  const xml = read.show(ref.path, ref.commit);
  const title = /<title>([\s\S]*?)<\/title>/.exec(xml)?.[1];
  const content = /<content><!\[CDATA\[([\s\S]*?)\]\]><\/content>/.exec(xml)?.[1];
  if (title === undefined || content === undefined) return [];
  const head = strip(decodeEntities(title).replace(/\s+/g, " "));
  return FORMS.map(([spaces, listLines]) => `${head}\n\n${htmlParagraphs(content, spaces, listLines).join("\n\n")}\n`);
};
