// The quote index's words (issue 14). The body renderer (lib/domain/release-body-html.ts) also runs in the editor's live preview, a client
// component: it takes these as plain values, and this English default needs no catalog loader in the
// browser. lib/i18n/messages.test.ts checks that it says what messages/en.json says.

export interface BodyLabels {
  quotedInThisRelease: string;
  quote: (n: number) => string;
  linkToQuote: (n: number) => string;
}

export const ENGLISH_BODY_LABELS: BodyLabels = {
  quotedInThisRelease: "Quoted in this release",
  quote: (n) => `Quote ${n}`,
  linkToQuote: (n) => `Link to quote ${n}`,
};
