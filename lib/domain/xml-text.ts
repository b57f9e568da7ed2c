// Text inside the XML documents we write (feeds, sitemaps): characters XML 1.0 cannot hold removed,
// the rest escaped, dates as crawlers want them.

// XML 1.0 forbids most control characters even when escaped; editors paste them in from Word.

const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function clean(text: string): string {
  return text.replace(INVALID_XML_CHARS, "");
}

/** Escapes text for XML and HTML content and attribute values. */
export function escapeXml(text: string): string {
  return clean(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** W3C datetime with an explicit offset, as sitemaps and Google News want it: 2024-07-04T05:00:00+00:00. */
export function w3cDateTime(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, "+00:00");
}
