import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import { SHARE_IMAGE_CACHE_CONTROL } from "@/lib/http/cache-control";
import { cachedPublicRelease } from "@/lib/dal/public/cache";
import { formatDateline } from "@/lib/domain/dateline";
import { siteName } from "@/lib/site";

// The 1200×630 card that link previews show for a release (og:image, twitter:image, oEmbed
// thumbnail). A route handler rather than opengraph-image.tsx so that only live releases get an
// og:image tag, with an alt text naming the release.

type Context = { params: Promise<{ slug: string }> };

const SLUG = /^[a-z0-9-]{1,120}$/;
const WIDTH = 1200;
const HEIGHT = 630;

// Noto Sans from the repository (OFL), not fetched at request time: the server may have no network.
// The latin subset alone draws tofu for names such as Əliyev, Şuşa, Łódź or Dvořák, so the
// latin-ext and vietnamese subsets come too. Each subset is its own family: Satori takes one font
// per family and weight, and falls back glyph by glyph to the other families (assets/fonts/README.md).
const FONT_FAMILIES = [
  { name: "Noto Sans", subset: "latin" },
  { name: "Noto Sans Latin Ext", subset: "latin-ext" },
  { name: "Noto Sans Vietnamese", subset: "vietnamese" },
] as const;
const FONT_STACK = FONT_FAMILIES.map((f) => `"${f.name}"`).join(", ");

type Font = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };
let fonts: Promise<Font[]> | undefined;
function loadFonts() {
  const file = (name: string) => readFile(path.join(process.cwd(), "assets/fonts", name));
  fonts ??= Promise.all(
    FONT_FAMILIES.flatMap(({ name, subset }) =>
      ([400, 700] as const).map(async (weight): Promise<Font> => ({
        name,
        weight,
        style: "normal",
        data: await file(`noto-sans-${subset}-${weight}-normal.woff`),
      })),
    ),
  );
  // A failed read must not be cached for the life of the process.
  fonts.catch(() => (fonts = undefined));
  return fonts;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

function withoutEmoji(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u200d\ufe0f\u20e3]/gu, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

async function render(text: {
  site: string;
  headline: string;
  dateline: string;
  issuer: string;
}): Promise<ArrayBuffer> {
  const headlineSize = text.headline.length <= 60 ? 68 : text.headline.length <= 110 ? 56 : 46;
  const image = new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#ffffff",
        color: "#1b1f24",
        fontFamily: FONT_STACK,
        borderTop: "16px solid #0b57d0",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: "#0b57d0", letterSpacing: 1 }}>
        {text.site}
      </div>
      <div style={{ display: "flex", fontSize: headlineSize, fontWeight: 700, lineHeight: 1.15 }}>{text.headline}</div>
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
        <div style={{ display: "flex" }}>{text.dateline}</div>
        <div style={{ display: "flex", color: "#1b1f24", marginTop: 8 }}>{text.issuer}</div>
      </div>
    </div>,
    { width: WIDTH, height: HEIGHT, fonts: await loadFonts() },
  );
  return image.arrayBuffer();
}

export async function GET(request: NextRequest, { params }: Context) {
  const { slug } = await params;
  const page = SLUG.test(slug) ? await cachedPublicRelease(slug) : null;
  if (!page || page.kind !== "live")
    return new Response("Not found", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": SHARE_IMAGE_CACHE_CONTROL },
    });
  const release = page.release;
  // One URL per edition: any other query (a random ?v= to get past the proxy's cache, unknown
  // parameters) is sent to it for the price of a redirect instead of a render.
  const canonical = `?v=${release.editionNumber}`;
  if (request.nextUrl.search !== canonical) {
    return new Response(null, {
      status: 308,
      headers: { location: `${request.nextUrl.pathname}${canonical}`, "cache-control": SHARE_IMAGE_CACHE_CONTROL },
    });
  }
  const text = {
    site: clip(siteName(), 60),
    headline: clip(release.headline, 160),
    dateline: formatDateline(release.datelineAt, release.datelineOffsetMinutes, release.datelinePlace),
    issuer: clip(release.issuer, 90),
  };
  // ImageResponse renders while streaming, so a failure would be a truncated 200: render fully
  // first. Emoji are drawn from a CDN at render time; when that fails (no network), render again
  // without them rather than have no card at all.
  try {
    let png: ArrayBuffer;
    try {
      png = await render(text);
    } catch {
      png = await render(Object.fromEntries(Object.entries(text).map(([k, v]) => [k, withoutEmoji(v)])) as typeof text);
    }
    // Not ImageResponse's default "immutable, one year": an unpublished release's image must go
    // within a minute (lib/http/cache-control.ts).
    return new Response(png, { headers: { "content-type": "image/png", "cache-control": SHARE_IMAGE_CACHE_CONTROL } });
  } catch (error) {
    console.error("share image failed", slug, error);
    return new Response("Could not render the image", {
      status: 500,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}
