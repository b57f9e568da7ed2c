// Escapes text for HTML element content and quoted attribute values (emails, oEmbed snippets): the
// five characters that could end an attribute or start markup become numeric references.
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
