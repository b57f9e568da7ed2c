// What the card needs to know about a text's script before drawing it: which way it runs and which
// CJK font should draw its Han characters. Pure, so unit tests cover it.

// Scripts written right to left (the ones a headline may plausibly be in).
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;

/** "rtl" when the first letter is from a right-to-left script, as a browser's dir="auto" decides. */
export function textDirection(text: string): "ltr" | "rtl" {
  for (const char of text) {
    if (LETTER.test(char)) return RTL_LETTER.test(char) ? "rtl" : "ltr";
  }
  return "ltr";
}

/**
 * The locale that picks the CJK font: kana mean Japanese, hangul Korean. Han characters alone stay
 * unmarked and are drawn with the Simplified Chinese font first (the same character is shaped a little
 * differently in each of the three).
 */
export function cjkLocale(text: string): "ja-JP" | "ko-KR" | undefined {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return "ja-JP";
  if (/\p{Script=Hangul}/u.test(text)) return "ko-KR";
  return undefined;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * At most `max` characters as a reader counts them (grapheme clusters: an emoji with its skin tone, a
 * flag, a letter with its accents), cut at a word boundary with "…". Never splits a surrogate pair.
 */
export function clip(text: string, max: number): string {
  const parts = Array.from(graphemes.segment(text), (s) => s.segment);
  if (parts.length <= max) return text;
  return `${parts
    .slice(0, max - 1)
    .join("")
    .replace(/\s+\S*$/u, "")}…`;
}

// The last code point of an emoji sequence: a pictograph, a skin tone, the emoji variation selector,
// a keycap, a regional indicator (flags) or the end of a tag sequence (subdivision flags).
const EMOJI_END_BEFORE_SPACE =
  /([\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\ufe0f\u20e3\u{e007f}])(?=\s)/gu;

/**
 * A zero-width space between an emoji and the space after it. Without one, Satori measures that space
 * with the emoji font, whose space is five times as wide as Noto Sans's, and the headline gets a hole
 * after every emoji. Noto Sans draws the zero-width space (as nothing); the emoji font has none.
 */
export function separateEmojiFromSpaces(text: string): string {
  return text.replace(EMOJI_END_BEFORE_SPACE, "$1\u200b");
}
