import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Font } from "satori";

// The fonts the share image draws with, all from assets/fonts (assets/fonts/README.md says where each
// file comes from). They are read from the repository, never fetched: the server may have no network,
// and a render must not wait on someone else's CDN.
//
// Each file is its own family: Satori picks one font per family and weight, then falls back glyph by
// glyph through the other fonts. The CSS stack (SHARE_IMAGE_FONT_STACK) names the alphabetic and Arabic
// families; the CJK fonts carry a `lang` instead, so that a block marked lang="ja-JP" or "ko-KR"
// (lib/share-image/script.ts) tries its own font before the others, and Han characters without a mark
// are drawn Simplified Chinese first. The emoji font comes last: monochrome, but drawn from a file.

type FontWeight = 400 | 700;

interface FontFile {
  family: string;
  /** File name in assets/fonts without "-<weight>-normal.<ext>". */
  file: string;
  ext: "woff" | "woff2";
  /** The weights shipped. A family with 400 only is emboldened by Satori where 700 is asked for. */
  weights: readonly FontWeight[];
  lang?: "zh-CN" | "ja-JP" | "ko-KR";
  /** Whether the family is named in the CSS font stack (the rest are reached as fallbacks). */
  inStack: boolean;
}

const BOTH = [400, 700] as const;

const SHARE_IMAGE_FONT_FILES: readonly FontFile[] = [
  { family: "Noto Sans", file: "noto-sans-latin", ext: "woff", weights: BOTH, inStack: true },
  { family: "Noto Sans Latin Ext", file: "noto-sans-latin-ext", ext: "woff", weights: BOTH, inStack: true },
  { family: "Noto Sans Vietnamese", file: "noto-sans-vietnamese", ext: "woff", weights: BOTH, inStack: true },
  { family: "Noto Sans Cyrillic", file: "noto-sans-cyrillic", ext: "woff2", weights: BOTH, inStack: true },
  { family: "Noto Sans Cyrillic Ext", file: "noto-sans-cyrillic-ext", ext: "woff2", weights: BOTH, inStack: true },
  { family: "Noto Sans Greek", file: "noto-sans-greek", ext: "woff2", weights: BOTH, inStack: true },
  { family: "Noto Sans Greek Ext", file: "noto-sans-greek-ext", ext: "woff2", weights: BOTH, inStack: true },
  { family: "Noto Sans Arabic", file: "noto-sans-arabic-arabic", ext: "woff2", weights: BOTH, inStack: true },
  // Issue 14: Hebrew and Georgian are languages a release can be written in (lib/domain/languages.ts).
  { family: "Noto Sans Hebrew", file: "noto-sans-hebrew-hebrew", ext: "woff2", weights: BOTH, inStack: true },
  { family: "Noto Sans Georgian", file: "noto-sans-georgian-georgian", ext: "woff2", weights: BOTH, inStack: true },
  // CJK: one regular weight each (about 1 MB a file; Satori emboldens it for the headline).
  {
    family: "Noto Sans SC",
    file: "noto-sans-sc-chinese-simplified",
    ext: "woff2",
    weights: [400],
    lang: "zh-CN",
    inStack: false,
  },
  {
    family: "Noto Sans JP",
    file: "noto-sans-jp-japanese",
    ext: "woff2",
    weights: [400],
    lang: "ja-JP",
    inStack: false,
  },
  { family: "Noto Sans KR", file: "noto-sans-kr-korean", ext: "woff2", weights: [400], lang: "ko-KR", inStack: false },
  { family: "Noto Emoji", file: "noto-emoji-emoji", ext: "woff2", weights: [400], inStack: false },
];

export const SHARE_IMAGE_FONT_STACK = SHARE_IMAGE_FONT_FILES.filter((f) => f.inStack)
  .map((f) => `"${f.family}"`)
  .join(", ");

const FONT_DIRECTORY = path.join(process.cwd(), "assets/fonts");

let loaded: Promise<Font[]> | undefined;

/**
 * The fonts, read once per process. The same array every time: Satori keeps its parsed fonts per
 * array, so a new array would parse the 3 MB again on every render.
 */
export function loadShareImageFonts(): Promise<Font[]> {
  loaded ??= Promise.all(
    SHARE_IMAGE_FONT_FILES.flatMap((f) =>
      f.weights.map(async (weight): Promise<Font> => ({
        name: f.family,
        weight,
        style: "normal",
        ...(f.lang ? { lang: f.lang } : {}),
        data: await readFile(path.join(FONT_DIRECTORY, `${f.file}-${weight}-normal.${f.ext}`)),
      })),
    ),
  );
  // A failed read must not be cached for the life of the process.
  loaded.catch(() => (loaded = undefined));
  return loaded;
}
