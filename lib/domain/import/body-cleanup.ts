// What the imported body leaves out (issue 15, import friction): the dateline that opens the first
// paragraph ("RIVERTON, March 3, 2025 – ") and the sign-offs at its end ("###", "-- End --",
// "For more information, contact …"), which the release page shows on its own (the dateline) or in
// the media contact. Left in, the published page showed the dateline twice.

export interface MediaContactProposal {
  name: string;
  email: string;
  phone: string;
}

const END_MARK = /^(?:#{3}|\*{3}|-\s*30\s*-|[-–—]*\s*(?:the\s+)?ends?\s*[-–—]*\.?|[-–—]{2,}\s*end\s*[-–—]{2,})$/i;
const CONTACT =
  /^(?:for\s+(?:more|further)\s+information|media\s+(?:contact|enquiries|inquiries)|press\s+contact|contact)\b[\s\S]*$/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /\+?\d[\d\s().\/-]{6,}\d/;

/**
 * The body without its dateline opening and trailing sign-offs, and the media contact read from a
 * "For more information, contact …" paragraph (empty strings when none is found).
 * `datelineLine` is the raw text from the start of the dateline's line to the dateline's end.
 */
export function cleanImportedBody(
  body: string,
  datelineLine: string | null,
): { body: string; contact: MediaContactProposal | null } {
  let text = body;
  const opening = datelineLine?.trim();
  if (opening && text.startsWith(opening)) {
    const rest = text.slice(opening.length);
    // The separator after a dateline: a dash, a colon, a wire name between slashes ("/PRNewswire/ --").
    const separator = /^\s*(?:\([^)\n]{1,40}\)\s*)?(?:\/[^/\n]{1,60}\/\s*)?(?:[-–—:|]+|\.)?\s*/.exec(rest)?.[0] ?? "";
    text = rest.slice(separator.length);
  }

  const paragraphs = text.split(/\n\s*\n/);
  let contact: MediaContactProposal | null = null;
  while (paragraphs.length > 1) {
    const last = paragraphs[paragraphs.length - 1]!.trim();
    if (last === "" || END_MARK.test(last)) {
      paragraphs.pop();
      continue;
    }
    if (!contact && CONTACT.test(last) && last.length <= 600) {
      contact = contactOf(last);
      paragraphs.pop();
      continue;
    }
    break;
  }
  return { body: paragraphs.join("\n\n").trim(), contact };
}

function contactOf(paragraph: string): MediaContactProposal {
  const email = EMAIL.exec(paragraph)?.[0] ?? "";
  const phone = (PHONE.exec(paragraph.replace(EMAIL, " "))?.[0] ?? "").trim();
  // The name: what follows "contact" (or the label's colon) up to the first comma, email or phone.
  const after = /\b(?:contact|enquiries|inquiries)\b\s*:?\s*([\s\S]*)$/i.exec(paragraph)?.[1] ?? "";
  const name = after
    .split(/[,;\n]|\bat\b|\bon\b|\bby\b/)[0]!
    .replace(EMAIL, "")
    .replace(PHONE, "")
    .replace(/^(?:please\s+)?(?:the\s+)?/i, "")
    .replace(/[.:\s]+$/, "")
    .trim();
  return { name: name.length <= 200 ? name : "", email, phone };
}
