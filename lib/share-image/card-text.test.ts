import { describe, expect, it } from "vitest";
import { FOOTER_ROWS, boxesIn, headlineBlobs, inkOf } from "@/test/support/glyph-ink";
import { formatDateline } from "../domain/dateline";
import { shareCardText } from "./card-text";
import { renderShareImage } from "./render";

// Issue 14: a translation's share card speaks its language, not an Azerbaijani headline over an
// English date: the dateline is written as the translation's page writes it (lib/i18n/messages.ts).

const AT = new Date("2025-03-14T12:30:00Z");
const release = (language: string, headline: string, place: string) => ({
  language,
  headline,
  issuer: "Ministry of Transport",
  datelinePlace: place,
  datelineAt: AT,
  datelineOffsetMinutes: 240,
});

describe("issue 14: the share card's words", () => {
  it("issue 14: a card's dateline is in the release's language; English is as before", () => {
    const english = shareCardText(release("en", "Ministers sign pact", "Baku"), "Pressroom");
    expect(english).toEqual({
      site: "Pressroom",
      headline: "Ministers sign pact",
      dateline: "Baku, 14 March 2025 16:30 (UTC+04:00)",
      issuer: "Ministry of Transport",
    });
    expect(english.dateline).toBe(formatDateline(AT, 240, "Baku"));
    const dateline = (language: string, place: string) =>
      shareCardText(release(language, "x", place), "Pressroom").dateline;
    expect(dateline("az", "Bakı")).toBe("Bakı, 14 mart 2025 16:30 (UTC+04:00)");
    expect(dateline("ru", "Баку")).toBe("Баку, 14 марта 2025 г. 16:30 (UTC+04:00)");
    expect(dateline("zh", "巴库")).toContain("2025年3月14日");
    // A language without a catalog gets English.
    expect(dateline("ka", "ბაქო")).toBe("ბაქო, 14 March 2025 16:30 (UTC+04:00)");
    // Right to left: the English line, which Satori draws in order (its bidi turned "16:30" into "30:16").
    expect(dateline("ar", "Baku")).toBe("Baku, 14 March 2025 16:30 (UTC+04:00)");
    // Long text is clipped as before.
    expect(shareCardText(release("en", "word ".repeat(60), "Baku"), "Pressroom").headline.length).toBeLessThanOrEqual(
      160,
    );
  });

  it(
    "issue 14: the Azerbaijani, Russian, Chinese and Arabic cards' datelines are drawn with real glyphs",
    { timeout: 60_000 },
    async () => {
      // The dateline's line only (no issuer), without the rule above it (a blob as wide as the card);
      // its grey, thin strokes need a lighter ink threshold than the headline's.
      const footer = async (dateline: string) =>
        headlineBlobs(
          await inkOf(await renderShareImage({ site: "Pressroom", headline: "x", dateline, issuer: "" }), 200),
          FOOTER_ROWS,
        ).filter((blob) => blob.width < 200);
      // The missing-glyph box at the dateline's size, and the check that finds it.
      const notdef = await footer("\uE000");
      expect(notdef).toHaveLength(1);
      const box = notdef[0]!;
      expect(boxesIn(await footer("Baku \uE000 2025"), box)).toHaveLength(1);
      for (const [language, place] of [
        ["az", "Bakı"],
        ["ru", "Баку"],
        ["zh", "巴库"],
        ["ar", "باكو"],
      ] as const) {
        const { dateline } = shareCardText(release(language, "x", place), "Pressroom");
        const blobs = await footer(dateline);
        expect(blobs.length, `${language}: drawn`).toBeGreaterThan(10);
        expect(boxesIn(blobs, box), `${language}: ${dateline}`).toHaveLength(0);
      }
    },
  );
});
