import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";
import type { renderShareImage as Render, ShareImageText } from "./render";
import { cjkLocale, clip, separateEmojiFromSpaces, textDirection } from "./script";

// next/og fetched a font from Google Fonts for every character its fonts lacked, and emoji images
// from a CDN, during the request: on a server without internet the share image of an Arabic, Chinese
// or Cyrillic headline hung or came out as boxes. The renderer must draw them from the fonts in
// assets/fonts and never call fetch.

let fetchSpy: MockInstance<typeof fetch>;
let renderShareImage: typeof Render;

beforeAll(async () => {
  // Spied on before the renderer (and Satori, resvg) are even loaded: loading must not fetch either.
  fetchSpy = vi.spyOn(globalThis, "fetch").mockImplementation(async (input) => {
    throw new Error(`the share image tried to fetch ${String(input instanceof Request ? input.url : input)}`);
  });
  ({ renderShareImage } = await import("./render"));
});

afterAll(() => fetchSpy.mockRestore());

const card = (headline: string, over: Partial<ShareImageText> = {}): ShareImageText => ({
  site: "Pressroom",
  headline,
  dateline: "Baku, 4 July 2024",
  issuer: "Ministry of Foreign Affairs",
  ...over,
});

function expectCardPng(png: Buffer) {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
}

// Two headlines per script with the same number of characters in the same places. A character no font
// has is drawn as the same empty box whatever it is (or dropped, as emoji were): then the two cards
// would be the same image, pixel for pixel.
const PAIRS: Array<[string, string, string]> = [
  ["Arabic", "سلام عليكم", "شكرا جزيلا"],
  ["Chinese", "外交部长会见总统", "双方讨论交通合作"],
  ["Japanese", "外務大臣がバクーを訪問", "首相が協力について協議"],
  ["Korean", "안녕하세요", "감사합니다"],
  ["Cyrillic", "Привет мир", "Добрый дом"],
  ["Greek", "Ελλάδα", "Κύπρος"],
  ["emoji", "Summit 🤝🎉", "Summit 😀👍"],
];

describe("share image rendering (lib/share-image)", () => {
  it(
    "issue 11.12: Arabic, Chinese, Cyrillic and emoji headlines render without any network request",
    { timeout: 120_000 },
    async () => {
      for (const [script, a, b] of PAIRS) {
        expect(Array.from(a).length, `${script}: same length`).toBe(Array.from(b).length);
        const [first, second] = [await renderShareImage(card(a)), await renderShareImage(card(b))];
        expectCardPng(first);
        expect(first.equals(second), `${script}: "${a}" and "${b}" are drawn, not boxes`).toBe(false);
      }
      // The dateline and issuer lines use the same fonts.
      const issuer = await renderShareImage(
        card("Ministers meet", { issuer: "وزارة الخارجية", dateline: "Пекин, 4 July 2024" }),
      );
      expectCardPng(issuer);
      expect(fetchSpy).not.toHaveBeenCalled();
    },
  );

  it("issue 11.12: a script without a shipped font falls back to boxes, still without fetching", async () => {
    // The control for the test above: Thai has no font here, so two different Thai words give one image.
    const [a, b] = [await renderShareImage(card("กขค")), await renderShareImage(card("งจฉ"))];
    expectCardPng(a);
    expect(a.equals(b)).toBe(true);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("issue 11.12: right-to-left headlines run from the right, kana and hangul pick their CJK font", () => {
    expect(textDirection("وزير الخارجية")).toBe("rtl");
    expect(textDirection("2024: وزير الخارجية")).toBe("rtl"); // the first letter decides, as dir="auto"
    expect(textDirection("UN: وزير الخارجية")).toBe("ltr");
    expect(textDirection("שלום")).toBe("rtl");
    expect(textDirection("Привет")).toBe("ltr");
    expect(textDirection("2024 🎉")).toBe("ltr");
    expect(cjkLocale("外務大臣がバクーを訪問")).toBe("ja-JP");
    expect(cjkLocale("대한민국 外交")).toBe("ko-KR");
    expect(cjkLocale("外交部长会见总统")).toBeUndefined();
    expect(cjkLocale("Baku")).toBeUndefined();
  });

  it("issue 11.12: long text is cut between characters a reader sees, never inside an emoji", () => {
    expect(clip("short", 10)).toBe("short");
    expect(clip("one two three four", 12)).toBe("one two…");
    const flags = "🇦🇿".repeat(10);
    const cut = clip(flags, 5);
    expect(cut).toBe(`${"🇦🇿".repeat(4)}…`);
    expect(cut.isWellFormed()).toBe(true);
    expect(clip("👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧", 2)).toBe("👨‍👩‍👧…");
  });

  it("issue 11.12: a space after an emoji is measured with the text font, not the emoji font", () => {
    expect(separateEmojiFromSpaces("Flags 🇦🇿 🇨🇳 ok")).toBe("Flags 🇦🇿\u200b 🇨🇳\u200b ok");
    expect(separateEmojiFromSpaces("heart ❤️ x")).toBe("heart ❤️\u200b x");
    expect(separateEmojiFromSpaces("🎉2024 plain text")).toBe("🎉2024 plain text");
  });
});
