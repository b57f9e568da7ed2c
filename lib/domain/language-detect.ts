// Issue 14: the import page sets "Language" from the pasted text. Press releases are long and written
// in one language, so the writing system and a few letters and common words that only one of our
// languages has are enough; when nothing stands out the answer is null (the person chooses).

const COUNT = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Common words, as whole words, of the Latin-script languages we know. */
const LATIN_WORDS: ReadonlyArray<readonly [string, RegExp]> = [
  ["en", /\b(the|and|of|to|with|said|was|were|has|have|for)\b/g],
  ["fr", /\b(le|la|les|et|des|du|une|avec|dans|pour|est)\b/g],
  ["de", /\b(der|die|das|und|mit|den|ist|für|nicht|auch)\b/g],
  ["es", /\b(el|los|las|del|con|para|una|por|que|según)\b/g],
  ["pt", /\b(os|das|dos|com|para|uma|não|foi|são|pelo)\b/g],
  ["it", /\b(il|della|delle|che|con|per|una|sono|anche|nel)\b/g],
  ["tr", /\b(ve|bir|ile|için|bu|olarak|olan|da|de)\b/g],
  ["az", /\b(və|bir|ilə|üçün|bu|olaraq|olan|da|də)\b/g],
  ["uz", /\b(va|bilan|uchun|bu|bo'yicha|boʻyicha|haqida)\b/g],
];

function latin(text: string): string | null {
  // Letters one language has and the others here do not.
  if (COUNT(text, /ə/g) >= 3) return "az";
  if (COUNT(text, /[ıİğş]/g) >= 5 && COUNT(text, /ə/g) === 0) return "tr";
  if (COUNT(text, /[oʻgʻ]ʻ|o'|g'/g) >= 5) return "uz";
  let best: string | null = null;
  let bestCount = 0;
  let second = 0;
  for (const [code, words] of LATIN_WORDS) {
    const n = COUNT(text, words);
    if (n > bestCount) {
      second = bestCount;
      best = code;
      bestCount = n;
    } else if (n > second) second = n;
  }
  // Clearly ahead, and not one stray word.
  return bestCount >= 5 && bestCount >= second * 1.5 ? best : null;
}

function cyrillic(text: string): string {
  if (COUNT(text, /[әғқңөұүһ]/g) >= 5) return "kk";
  if (COUNT(text, /ў/g) >= 2) return "be";
  // Ukrainian has ї, є, ґ and writes і where Russian has и; it has no ы or э.
  if (COUNT(text, /[їєґ]/g) >= 3 || (COUNT(text, /і/g) >= 5 && COUNT(text, /[ыэ]/g) === 0)) return "uk";
  return "ru";
}

function arabicScript(text: string): string {
  if (COUNT(text, /[ٹڈڑںے]/g) >= 3) return "ur";
  if (COUNT(text, /[پچژگک]/g) >= 5) return "fa";
  return "ar";
}

/** The language of a release's text, as one of lib/domain/languages.ts's codes, or null when unsure. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20_000).toLowerCase();
  const scripts: Array<[string, number]> = [
    ["latin", COUNT(sample, /[a-zà-ÿāəğışç]/g)],
    ["cyrillic", COUNT(sample, /[\u0400-\u04ff]/g)],
    ["arabic", COUNT(sample, /[\u0600-\u06ff]/g)],
    ["hebrew", COUNT(sample, /[\u0590-\u05ff]/g)],
    ["georgian", COUNT(sample, /[\u10a0-\u10ff]/g)],
    ["kana", COUNT(sample, /[\u3040-\u30ff]/g)],
    ["hangul", COUNT(sample, /[\uac00-\ud7af]/g)],
    ["han", COUNT(sample, /[\u4e00-\u9fff]/g)],
  ];
  const total = scripts.reduce((n, [, c]) => n + c, 0);
  if (total < 20) return null;
  const [script, count] = scripts.reduce((a, b) => (b[1] > a[1] ? b : a));
  // Japanese mixes kana with Han; Chinese has no kana.
  const kana = scripts.find(([s]) => s === "kana")![1];
  if ((script === "han" || script === "kana") && kana > total * 0.05) return "ja";
  if (count < total * 0.5) return null;
  switch (script) {
    case "latin":
      return latin(sample);
    case "cyrillic":
      return cyrillic(sample);
    case "arabic":
      return arabicScript(sample);
    case "hebrew":
      return "he";
    case "georgian":
      return "ka";
    case "hangul":
      return "ko";
    case "han":
      return "zh";
    default:
      return null;
  }
}
