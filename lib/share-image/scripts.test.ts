import { beforeAll, describe, expect, it } from "vitest";
import {
  boxesIn,
  distinctShapes,
  headlineBlobs,
  headlineColumns,
  inkOf,
  type Blob,
  type InkBitmap,
} from "@/test/support/glyph-ink";
import { LANGUAGES } from "../domain/languages";
import { renderShareImage } from "./render";

// Issue 14: the share image of a release in any language it can be written in shows real glyphs. A
// character no shipped font has is drawn as the font's missing-glyph box, the same hollow rectangle
// whatever the character: so each card is read back as pixels, its headline cut into glyph-sized blobs
// (test/support/glyph-ink.ts), and compared with two renders made here: a Latin-only headline (real
// glyphs for sure) and a character no font will ever have (a private-use code point: the box itself).

const card = (headline: string) => ({
  site: "Pressroom",
  headline,
  dateline: "Baku, 4 July 2024",
  issuer: "Ministry of Foreign Affairs",
});

const render = async (headline: string) => inkOf(await renderShareImage(card(headline)));

// The card's side padding (lib/share-image/render.tsx): the headline is drawn between these columns.
const LEFT_EDGE = 72;
const RIGHT_EDGE = 1200 - 72;

let box: Blob;
let latin: InkBitmap;

beforeAll(async () => {
  const notdef = headlineBlobs(await render("\uE000"));
  expect(notdef, "the missing-glyph box is one blob").toHaveLength(1);
  box = notdef[0]!;
  latin = await render("Ministers meet in Baku");
}, 60_000);

const inkedColumns = (columns: number[]) => columns.filter((c) => c > 0).length;
const firstInk = (columns: number[]) => columns.findIndex((c) => c > 0);
const lastInk = (columns: number[]) => columns.findLastIndex((c) => c > 0);

/** Drawn, not boxed: ink, no blob that is the box, and more than one shape. */
function expectRealGlyphs(bitmap: InkBitmap, label: string) {
  const blobs = headlineBlobs(bitmap);
  const columns = headlineColumns(bitmap);
  expect(inkedColumns(columns), `${label}: ink`).toBeGreaterThan(100);
  expect(boxesIn(blobs, box).length, `${label}: missing-glyph boxes`).toBe(0);
  expect(distinctShapes(blobs), `${label}: different shapes`).toBeGreaterThanOrEqual(3);
  // Nothing drawn outside the card's padding (a box wider than its glyph pushed Hebrew off the card).
  expect(firstInk(columns), `${label}: left edge`).toBeGreaterThanOrEqual(LEFT_EDGE - 4);
  expect(lastInk(columns), `${label}: right edge`).toBeLessThanOrEqual(RIGHT_EDGE + 4);
}

describe("issue 14: share images draw every script a release can be written in", () => {
  it("issue 14: the detector sees boxes: a Latin-only headline has none, one missing character is one box", async () => {
    expectRealGlyphs(latin, "Latin only");
    expect(boxesIn(headlineBlobs(await render("Ministers \uE000 meet")), box)).toHaveLength(1);
    // Four missing characters: four boxes, all one shape.
    const boxes = headlineBlobs(await render("\uE000\uE000\uE000\uE000"));
    expect(boxesIn(boxes, box)).toHaveLength(4);
    expect(distinctShapes(boxes)).toBe(1);
  });

  it(
    "issue 14: Azerbaijani, Arabic and Chinese headlines show real glyphs, compared column by column with a Latin-only render",
    { timeout: 60_000 },
    async () => {
      const latinColumns = headlineColumns(latin);

      // Azerbaijani: the Latin-only spelling differs only in ə, ı, ö, ü, ş, ğ: each is drawn, none boxed.
      const azerbaijani = await render("Nazirlər Bakıda görüşdü");
      const azerbaijaniLatin = await render("Nazirler Bakida gorusdu");
      expectRealGlyphs(azerbaijani, "Azerbaijani");
      expectRealGlyphs(azerbaijaniLatin, "Azerbaijani in Latin-only letters");
      expect(headlineColumns(azerbaijani)).not.toEqual(headlineColumns(azerbaijaniLatin));
      // "Nazirl" is the same in both: the columns agree until the letter after it (ə against e).
      const a = headlineColumns(azerbaijani);
      const l = headlineColumns(azerbaijaniLatin);
      const firstDifference = a.findIndex((count, x) => count !== l[x]);
      expect(firstDifference).toBeGreaterThan(firstInk(a) + 150);
      const schwa = headlineBlobs(azerbaijani).find((blob) => blob.x >= firstDifference - 2);
      expect(schwa, "ə is drawn").toBeDefined();
      expect(boxesIn([schwa!], box)).toHaveLength(0);

      // Arabic: drawn, and right to left: its ink ends at the right edge, where Latin's starts at the left.
      const arabic = await render("الوزراء يجتمعون في باكو");
      expectRealGlyphs(arabic, "Arabic");
      const arabicColumns = headlineColumns(arabic);
      expect(lastInk(arabicColumns)).toBeGreaterThanOrEqual(RIGHT_EDGE - 8);
      expect(firstInk(arabicColumns)).toBeGreaterThan(LEFT_EDGE + 200);
      expect(firstInk(latinColumns)).toBeLessThanOrEqual(LEFT_EDGE + 8);
      expect(lastInk(latinColumns)).toBeLessThan(RIGHT_EDGE - 200);

      // Chinese: every character its own square glyph, none of them the box.
      const chinese = await render("外交部长会见大使");
      expectRealGlyphs(chinese, "Chinese");
      expect(distinctShapes(headlineBlobs(chinese))).toBeGreaterThanOrEqual(7);
      expect(headlineColumns(chinese)).not.toEqual(latinColumns);
    },
  );

  it("issue 14: Arabic letters are shaped (joined), not drawn one by one in their isolated forms", async () => {
    // سلام with its letters joined, and the same four letters as isolated presentation forms.
    const joined = headlineColumns(await render("سلام سلام"));
    const isolated = headlineColumns(await render("\uFEB1\uFEDD\uFE8D\uFEE1 \uFEB1\uFEDD\uFE8D\uFEE1"));
    const width = (columns: number[]) => lastInk(columns) - firstInk(columns);
    expect(width(joined)).toBeLessThan(width(isolated));
    expect(joined).not.toEqual(isolated);
  });

  // One headline per language of lib/domain/languages.ts, written for this test.
  const HEADLINES: Record<string, string> = {
    en: "Ministers meet in Baku",
    az: "Nazirlər Bakıda görüşdü",
    ru: "Министры встретились",
    ar: "الوزراء يجتمعون في باكو",
    zh: "外交部长会见大使",
    kk: "Қазақстан мен Әзірбайжан",
    be: "Міністры сустрэліся ў Мінску",
    uk: "Міністри зустрілися у Києві",
    ka: "მინისტრები შეხვდნენ",
    tr: "Bakanlar Bakü'de görüştü",
    uz: "Oʻzbekiston vazirlari",
    fa: "وزیران در پایتخت دیدار کردند",
    he: "השרים נפגשו בבאקו",
    ur: "وزرا نے باکو میں ملاقات کی",
    fr: "Les ministres se sont réunis",
    de: "Außenminister trafen sich",
    es: "Los ministros se reúnen",
    pt: "Reunião dos ministros",
    it: "Riunione dei ministri è finita",
    ja: "外務大臣がバクーを訪問",
    ko: "외교부 장관이 바쿠를 방문",
  };

  it("issue 14: every language a release can be written in has a headline here", () => {
    expect(Object.keys(HEADLINES).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it.each(LANGUAGES.map((l) => [l.code, l.name] as const))(
    "issue 14: a headline in %s (%s) is drawn with real glyphs",
    async (code) => {
      expectRealGlyphs(await render(HEADLINES[code]!), code);
    },
  );
});
