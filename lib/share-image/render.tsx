import "server-only";
import { renderAsync } from "@resvg/resvg-js";
import satori from "satori";
import { loadShareImageFonts, SHARE_IMAGE_FONT_STACK } from "./fonts";
import { cjkLocale, separateEmojiFromSpaces, textDirection } from "./script";

// The 1200×630 card that link previews show for a release, drawn with Satori (layout and text to SVG)
// and resvg (SVG to PNG), the two libraries behind next/og, called directly. next/og cannot be told
// not to fetch: for any character its fonts lack it downloads a font from Google Fonts, and for emoji
// an image from a CDN, in the middle of a request. Here nothing is ever fetched:
// - every font comes from assets/fonts (lib/share-image/fonts.ts): Latin, Cyrillic, Greek, Arabic,
//   Hebrew, Georgian, Chinese, Japanese, Korean and a monochrome emoji font;
// - loadAdditionalAsset, Satori's hook for characters no font has, answers from nothing: the
//   character is drawn as the fonts' empty box, the rest of the card as usual;
// - resvg gets paths only (Satori turns text into outlines), with system fonts off.

const SHARE_IMAGE_WIDTH = 1200;
const SHARE_IMAGE_HEIGHT = 630;

export interface ShareImageText {
  site: string;
  headline: string;
  dateline: string;
  issuer: string;
}

/** Satori's hook for characters none of our fonts has: nothing to add, and never a download. */
async function noAdditionalAsset(): Promise<[]> {
  return [];
}

/** Direction and CJK locale of one block of text, as HTML attributes Satori understands. */
function scriptProps(text: string) {
  const lang = cjkLocale(text);
  return { dir: textDirection(text), ...(lang ? { lang } : {}) };
}

function Card({ text }: { text: ShareImageText }) {
  const headlineSize = text.headline.length <= 60 ? 68 : text.headline.length <= 110 ? 56 : 46;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        // The padding is inside the 1200×630 (Satori, like a browser, defaults to content-box).
        boxSizing: "border-box",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#ffffff",
        color: "#1b1f24",
        fontFamily: SHARE_IMAGE_FONT_STACK,
        borderTop: "16px solid #0b57d0",
      }}
    >
      <div
        {...scriptProps(text.site)}
        style={{ display: "flex", fontSize: 30, fontWeight: 700, color: "#0b57d0", letterSpacing: 1 }}
      >
        {text.site}
      </div>
      <div
        {...scriptProps(text.headline)}
        style={{ display: "flex", fontSize: headlineSize, fontWeight: 700, lineHeight: 1.15 }}
      >
        {text.headline}
      </div>
      <div
        style={{
          display: "flex",
          flexDirection: "column",
          fontSize: 28,
          color: "#59636e",
          borderTop: "2px solid #d6dbe1",
          paddingTop: 24,
        }}
      >
        <div {...scriptProps(text.dateline)} style={{ display: "flex" }}>
          {text.dateline}
        </div>
        <div {...scriptProps(text.issuer)} style={{ display: "flex", color: "#1b1f24", marginTop: 8 }}>
          {text.issuer}
        </div>
      </div>
    </div>
  );
}

/** The card as a PNG, rendered completely (a failure is an exception, never a truncated image). */
export async function renderShareImage(text: ShareImageText): Promise<Buffer> {
  const prepared: ShareImageText = {
    site: separateEmojiFromSpaces(text.site),
    headline: separateEmojiFromSpaces(text.headline),
    dateline: separateEmojiFromSpaces(text.dateline),
    issuer: separateEmojiFromSpaces(text.issuer),
  };
  const svg = await satori(<Card text={prepared} />, {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts: await loadShareImageFonts(),
    loadAdditionalAsset: noAdditionalAsset,
  });
  // On libuv's thread pool rather than the event loop, so other requests are served meanwhile.
  const image = await renderAsync(svg, { font: { loadSystemFonts: false } });
  return image.asPng();
}
